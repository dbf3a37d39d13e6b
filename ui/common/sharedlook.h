#pragma once

#include <QColor>

namespace Marquee {

// The colours every view family agrees on, so that "a problem", "fine" and "no longer counts" look the same at the
// desk and in the admin view. The families' looks (DeskLook, AdminLook) build their style sheets from these; the
// terminal's one events model, shared by both, takes its brushes here too. The kiosk has its own style sheet.
class SharedLook final
{
public:
    static QColor problem() { return QColor(0xb0, 0x00, 0x20); }
    static QColor fine() { return QColor(0x1b, 0x5e, 0x20); }
    static QColor inactive() { return QColor(0x88, 0x88, 0x88); }
    // A notice that needs attention but is not an error (a server near its limits).
    static QColor noticeBackground() { return QColor(0xff, 0xf4, 0xce); }
    static QColor noticeText() { return QColor(0x5c, 0x44, 0x00); }
};

} // namespace Marquee

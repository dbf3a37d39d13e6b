#pragma once

#include "common/texttone.h"

#include <QBrush>
#include <QString>

class QWidget;

namespace Marquee {

// The box office's look in one place: its few colours, and the one style sheet made from them for the desk's texts.
// Widgets only say what a text means (setTone); the item models of the desk take their brushes from here.
class DeskLook final
{
public:
    static QString styleSheet();
    // Gives a text its tone in this family's colours. The style sheet goes on the widgets that carry a tone, not
    // on the whole view: a view-wide sheet would put every spin box and date field under Qt's style-sheet style,
    // which draws them a pixel shorter than the platform style does.
    static void setTone(QWidget *widget, TextTone::Kind kind);

    // A cancelled ticket, and the status of a cancelled booking.
    static QBrush cancelledText();
    // A ticket already used at the door.
    static QBrush checkedInText();
    // The rest of a cancelled booking's row.
    static QBrush inactiveText();
};

} // namespace Marquee

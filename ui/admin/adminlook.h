#pragma once

#include "common/texttone.h"

#include <QBrush>
#include <QString>

class QWidget;

namespace Marquee {

// The admin view's look in one place: its colours, and the one style sheet made from them for the texts of its
// pages and forms. Widgets only say what a text means (setTone); the admin's item models take their brushes here.
class AdminLook final
{
public:
    static QString styleSheet();
    // Gives a text its tone in this family's colours. The style sheet goes on the widgets that carry a tone, not
    // on the whole view: a view-wide sheet would put every spin box and date field under Qt's style-sheet style,
    // which draws them a pixel shorter than the platform style does.
    static void setTone(QWidget *widget, TextTone::Kind kind);

    // A row that no longer counts: a cancelled booking, a disabled login.
    static QBrush inactiveText();
};

} // namespace Marquee

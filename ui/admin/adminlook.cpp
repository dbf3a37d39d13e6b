#include "adminlook.h"

#include <QColor>
#include <QWidget>

namespace Marquee {

namespace {

const QColor Bad(0xb0, 0x00, 0x20);
const QColor Inactive(0x88, 0x88, 0x88);

} // namespace

QString AdminLook::styleSheet()
{
    // Field errors in the forms and failures in a page's status line.
    return QStringLiteral("QLabel[tone=\"bad\"] { color: %1; }\n").arg(Bad.name());
}

void AdminLook::setTone(QWidget *widget, TextTone::Kind kind)
{
    if (!widget)
        return;
    if (widget->styleSheet().isEmpty()) {
        if (kind == TextTone::Plain)
            return; // plain text needs no sheet at all
        widget->setStyleSheet(styleSheet());
    }
    TextTone::set(widget, kind);
}

QBrush AdminLook::inactiveText()
{
    return QBrush(Inactive);
}

} // namespace Marquee

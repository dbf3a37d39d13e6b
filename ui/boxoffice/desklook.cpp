#include "desklook.h"

#include "common/sharedlook.h"

#include <QColor>
#include <QWidget>

namespace Marquee {

namespace {

// The desk's palette: a dark green for what went right, a dark red for what needs the clerk, greys for the past.
const QColor Good = SharedLook::fine();
const QColor Bad = SharedLook::problem();
const QColor CheckedIn(0x60, 0x60, 0x60);
const QColor Inactive = SharedLook::inactive();

} // namespace

QString DeskLook::styleSheet()
{
    return QStringLiteral("QLabel[tone=\"good\"] { color: %1; }\n"
                          "QLabel[tone=\"bad\"] { color: %2; }\n"
                          "QLabel[tone=\"strongGood\"] { color: %1; font-weight: bold; }\n"
                          "QLabel[tone=\"strongBad\"] { color: %2; font-weight: bold; }\n")
        .arg(Good.name(), Bad.name());
}

void DeskLook::setTone(QWidget *widget, TextTone::Kind kind)
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

QBrush DeskLook::cancelledText()
{
    return QBrush(Bad);
}

QBrush DeskLook::checkedInText()
{
    return QBrush(CheckedIn);
}

QBrush DeskLook::inactiveText()
{
    return QBrush(Inactive);
}

} // namespace Marquee

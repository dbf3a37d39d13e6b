#include "adminlook.h"

#include "common/sharedlook.h"

#include <QColor>
#include <QWidget>

namespace Marquee {

namespace {

const QColor Bad = SharedLook::problem();
const QColor Inactive = SharedLook::inactive();

} // namespace

QString AdminLook::styleSheet()
{
    // Field errors in the forms and failures in a page's status line; notices such as the server warning.
    return QStringLiteral("QLabel[tone=\"bad\"] { color: %1; }\n"
                          "QLabel[tone=\"notice\"] { background: %2; color: %3; padding: 6px 10px; }\n")
        .arg(Bad.name(), SharedLook::noticeBackground().name(), SharedLook::noticeText().name());
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

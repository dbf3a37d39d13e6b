#include "kioskpage.h"

#include <QEvent>

namespace Marquee {

KioskPage::KioskPage(QWidget *parent)
    : QWidget(parent)
{
}

void KioskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Marquee

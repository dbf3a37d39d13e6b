#include "kioskpage.h"

#include "kioskheading.h"

#include <QEvent>
#include <QKeyEvent>

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

namespace Marquee {

void KioskPage::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        goBack();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

QString KioskPage::spokenSummary() const
{
    const auto *heading = findChild<KioskHeading *>();
    return heading ? heading->text() : QString();
}

} // namespace Marquee

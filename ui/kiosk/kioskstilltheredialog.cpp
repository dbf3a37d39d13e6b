#include "kioskstilltheredialog.h"

#include "kioskflow.h"
#include "kioskstyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Marquee {

KioskStillThereDialog::KioskStillThereDialog(KioskFlow *flow, QWidget *parent)
    : QDialog(parent, Qt::Dialog | Qt::FramelessWindowHint)
    , m_flow(flow)
{
    setObjectName(QStringLiteral("kioskStillThere"));
    setModal(true);
    setMinimumWidth(560);
    m_title = KioskStyle::heading(this, QStringLiteral("kioskStillThereTitle"));
    m_text = KioskStyle::label(this);
    m_countdown = KioskStyle::label(this, nullptr, QStringLiteral("kioskStillThereCountdown"));
    m_countdown->setAlignment(Qt::AlignCenter);
    m_moreTime = KioskStyle::button(this, QStringLiteral("kioskStillThereMoreTime"), "primary");
    m_moreTime->setDefault(true);
    m_startOver = KioskStyle::button(this, QStringLiteral("kioskStillThereStartOver"));
    connect(m_moreTime, &QPushButton::clicked, this, [this] {
        dismiss();
        m_flow->moreTime();
    });
    connect(m_startOver, &QPushButton::clicked, this, [this] {
        dismiss();
        m_flow->forgetCustomer();
    });
    connect(m_flow, &KioskFlow::stillThereDone, this, &KioskStillThereDialog::dismiss);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startOver);
    buttons->addStretch();
    buttons->addWidget(m_moreTime);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_countdown);
    layout->addLayout(buttons);
    setTabOrder(m_moreTime, m_startOver);
    retranslate();
}

void KioskStillThereDialog::ask(int secondsLeft)
{
    showSecondsLeft(secondsLeft);
    if (QWidget *host = parentWidget())
        move(host->mapToGlobal(host->rect().center()) - rect().center());
    show();
    raise();
    m_moreTime->setFocus(Qt::OtherFocusReason);
}

void KioskStillThereDialog::showSecondsLeft(int secondsLeft)
{
    m_secondsLeft = secondsLeft;
    m_countdown->setText(tr("%n seconds left", nullptr, secondsLeft));
}

QString KioskStillThereDialog::question() const
{
    return m_title->text() + QStringLiteral(" ") + m_text->text() + QStringLiteral(" ") + m_countdown->text();
}

void KioskStillThereDialog::reject()
{
    // Escape means "I am here": the answer that keeps the customer.
    dismiss();
    m_flow->moreTime();
}

void KioskStillThereDialog::dismiss()
{
    if (!isVisible())
        return;
    hide();
    // The kiosk's window gets the keyboard back, and the focus where it was.
    if (QWidget *host = parentWidget()) {
        host->window()->activateWindow();
        if (QWidget *focus = host->window()->focusWidget())
            focus->setFocus(Qt::OtherFocusReason);
    }
}

void KioskStillThereDialog::retranslate()
{
    m_title->setText(tr("Are you still there?"));
    m_text->setText(tr("The kiosk will start over for the next customer soon, and forget what you entered. "
                       "Need more time?"));
    m_moreTime->setText(tr("More time"));
    m_startOver->setText(tr("Start over"));
    showSecondsLeft(m_secondsLeft);
}

void KioskStillThereDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Marquee

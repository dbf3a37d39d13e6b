#include "kioskeventpage.h"

#include "kioskeventdelegate.h"
#include "kioskflow.h"
#include "kioskstyle.h"
#include "kiosktext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Marquee {

KioskEventPage::KioskEventPage(KioskFlow *flow, QWidget *parent)
    : KioskPage(parent)
    , m_flow(flow)
{
    m_back = KioskStyle::button(this, QStringLiteral("kioskBookingBack"));
    m_heading = KioskStyle::label(this, "heading");
    m_title = KioskStyle::label(this, "big", QStringLiteral("kioskBookingEvent"));
    m_details = KioskStyle::label(this);
    // An event's title and venue are shown as written, never as markup.
    m_title->setTextFormat(Qt::PlainText);
    m_details->setTextFormat(Qt::PlainText);
    m_seatsLeft = KioskStyle::label(this, nullptr, QStringLiteral("kioskSeatsLeft"));
    m_quantityLabel = KioskStyle::label(this);
    m_less = KioskStyle::button(this, QStringLiteral("kioskLess"), "stepper");
    m_less->setText(QString(QChar(0x2212)));
    m_less->setAutoRepeat(true);
    m_quantity = KioskStyle::label(this, "big", QStringLiteral("kioskQuantity"));
    m_quantity->setAlignment(Qt::AlignCenter);
    m_quantity->setMinimumWidth(90);
    m_more = KioskStyle::button(this, QStringLiteral("kioskMore"), "stepper");
    m_more->setText(QStringLiteral("+"));
    m_more->setAutoRepeat(true);
    m_quantityHint = KioskStyle::label(this);
    m_total = KioskStyle::label(this, "big", QStringLiteral("kioskTotal"));
    m_next = KioskStyle::button(this, QStringLiteral("kioskNext"), "primary");

    connect(m_back, &QPushButton::clicked, this, [this] { m_flow->show(KioskFlow::Page::Events); });
    connect(m_less, &QPushButton::clicked, this, [this] { m_flow->setQuantity(m_flow->order().quantity - 1); });
    connect(m_more, &QPushButton::clicked, this, [this] { m_flow->setQuantity(m_flow->order().quantity + 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_flow->order().canBook())
            m_flow->show(KioskFlow::Page::Details);
    });
    connect(m_flow, &KioskFlow::orderChanged, this, &KioskEventPage::showOrder);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addSpacing(12);
    top->addWidget(m_heading, 1);

    auto *stepper = new QHBoxLayout;
    stepper->setSpacing(12);
    stepper->addWidget(m_less);
    stepper->addWidget(m_quantity);
    stepper->addWidget(m_more);
    stepper->addStretch();

    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(m_title);
    left->addWidget(m_details);
    left->addWidget(m_seatsLeft);
    left->addSpacing(16);
    left->addWidget(m_quantityLabel);
    left->addLayout(stepper);
    left->addWidget(m_quantityHint);
    left->addSpacing(8);
    left->addWidget(m_total);
    left->addStretch();

    // Next stands where Confirm stands on the details page: the finger finds the way on at the same place.
    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addStretch();
    right->addWidget(m_next);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(40);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 24);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addLayout(columns, 1);
    retranslate();
}

void KioskEventPage::retranslate()
{
    m_back->setText(tr("Back"));
    m_heading->setText(tr("Your tickets"));
    m_quantityLabel->setText(tr("How many tickets?"));
    m_next->setText(tr("Next"));
    showOrder();
}

void KioskEventPage::showOrder()
{
    const KioskOrder &order = m_flow->order();
    if (!order.event) {
        m_title->clear();
        m_details->clear();
        m_seatsLeft->clear();
        m_quantity->setText(QStringLiteral("1"));
        m_quantityHint->clear();
        m_total->clear();
        m_less->setEnabled(false);
        m_more->setEnabled(false);
        m_next->setEnabled(false);
        return;
    }
    const QLocale locale;
    const Event &event = *order.event;
    const int max = order.maxQuantity();
    m_title->setText(event.title);
    m_details->setText(event.venue + QLatin1Char('\n') + KioskText::when(event.startsAt) + QLatin1Char('\n')
                       + tr("%1 per ticket").arg(event.price.toDisplayString(locale)));
    if (!event.isOnSale()) {
        m_seatsLeft->setText(event.status == EventStatus::Active && event.remaining() <= 0
                                 ? tr("Sorry, this event has just sold out.")
                                 : tr("Sorry, this event is no longer on sale."));
        KioskStyle::setRole(m_seatsLeft, "alert");
    } else {
        m_seatsLeft->setText(KioskEventDelegate::seatsText(event.remaining()));
        KioskStyle::setRole(m_seatsLeft, nullptr);
    }
    m_quantity->setText(locale.toString(order.quantity));
    m_quantityHint->setText(tr("Up to %1 tickets per booking.").arg(locale.toString(qMax(1, max))));
    m_total->setText(KioskText::total(order.total()));
    const bool booking = m_flow->isBooking();
    m_less->setEnabled(!booking && order.quantity > 1);
    m_more->setEnabled(!booking && order.quantity < max);
    m_next->setEnabled(!booking && order.canBook());
}

} // namespace Marquee

#include "kioskconfirmationpage.h"

#include "kioskflow.h"
#include "kioskstyle.h"
#include "kiosktext.h"
#include "ticketcodespanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QVBoxLayout>

namespace Marquee {

KioskConfirmationPage::KioskConfirmationPage(KioskFlow *flow, QWidget *parent)
    : KioskPage(parent)
    , m_flow(flow)
{
    m_thanks = KioskStyle::label(this, "heading");
    m_reference = KioskStyle::label(this, "reference", QStringLiteral("kioskReference"));
    m_reference->setTextFormat(Qt::PlainText);
    m_details = KioskStyle::label(this, nullptr, QStringLiteral("kioskConfirmationDetails"));
    m_hint = KioskStyle::label(this);
    m_tickets = new TicketCodesPanel(this);
    m_tickets->setObjectName(QStringLiteral("kioskTickets"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_tickets);
    scroll->viewport()->setAutoFillBackground(false);
    m_tickets->setAutoFillBackground(false);
    QScroller::grabGesture(scroll->viewport(), QScroller::TouchGesture);
    m_done = KioskStyle::button(this, QStringLiteral("kioskDone"), "primary");
    m_done->setMinimumWidth(260);
    connect(m_done, &QPushButton::clicked, m_flow, &KioskFlow::forgetCustomer);

    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(m_thanks);
    left->addWidget(m_reference);
    left->addWidget(m_details);
    left->addWidget(m_hint);
    left->addStretch();
    left->addWidget(m_done, 0, Qt::AlignLeft);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 24, 24, 24);
    layout->setSpacing(32);
    layout->addLayout(left, 2);
    layout->addWidget(scroll, 3);
    retranslate();
}

void KioskConfirmationPage::showConfirmation(const BookingConfirmation &confirmation, const Event &event)
{
    m_confirmation = confirmation;
    m_event = event;
    m_tickets->setCodes(confirmation.ticketCodes);
    showDetails();
}

void KioskConfirmationPage::retranslate()
{
    m_thanks->setText(tr("Thank you! Your booking is confirmed."));
    m_hint->setText(tr("Show these QR codes at the door. Take a photo of them or note your booking reference."));
    m_done->setText(tr("Done"));
    showDetails();
}

void KioskConfirmationPage::forgetCustomer()
{
    m_confirmation.reset();
    m_event.reset();
    m_tickets->clear();
    showDetails();
}

void KioskConfirmationPage::showDetails()
{
    if (!m_confirmation) {
        m_reference->clear();
        m_details->clear();
        return;
    }
    m_reference->setText(KioskText::booking(KioskText::reference(*m_confirmation)));
    QStringList lines;
    if (m_event) {
        lines << QStringLiteral("<b>%1</b>").arg(m_event->title.toHtmlEscaped()) << m_event->venue.toHtmlEscaped()
              << KioskText::when(m_event->startsAt).toHtmlEscaped();
    }
    // What the database booked: its tickets and the total it charged.
    lines << KioskText::ticketCount(int(m_confirmation->ticketCodes.size()))
          << KioskText::total(m_confirmation->totalAmount);
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace Marquee

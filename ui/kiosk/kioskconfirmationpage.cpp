#include "kioskconfirmationpage.h"

#include "kioskflow.h"
#include "kioskstyle.h"
#include "kiosktext.h"
#include "ticketcodespanel.h"
#include "venue/venueformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Marquee {

KioskConfirmationPage::KioskConfirmationPage(KioskFlow *flow, QWidget *parent)
    : KioskPage(parent)
    , m_flow(flow)
{
    m_thanks = KioskStyle::heading(this, QStringLiteral("kioskConfirmationHeading"));
    m_reference = KioskStyle::label(this, "reference", QStringLiteral("kioskReference"));
    m_reference->setTextFormat(Qt::PlainText);
    m_details = KioskStyle::label(this, nullptr, QStringLiteral("kioskConfirmationDetails"));
    m_details->setTextFormat(Qt::PlainText); // the event's title and venue as written
    m_payment = KioskStyle::label(this, "notice", QStringLiteral("kioskPayBefore"));
    m_payment->setTextFormat(Qt::PlainText);
    m_payment->hide();
    m_hint = KioskStyle::label(this, nullptr, QStringLiteral("kioskConfirmationHint"));
    m_tickets = new TicketCodesPanel(this);
    m_tickets->setObjectName(QStringLiteral("kioskTickets"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_tickets);
    scroll->viewport()->setAutoFillBackground(false);
    m_tickets->setAutoFillBackground(false);
    KioskStyle::makeFlickable(scroll);
    m_done = KioskStyle::button(this, QStringLiteral("kioskDone"), "primary");
    m_done->setMinimumWidth(260);
    connect(m_done, &QPushButton::clicked, m_flow, &KioskFlow::forgetCustomer);

    // What the customer must read scrolls (larger text makes it long); Done stays in view under it.
    auto *text = new QWidget(this);
    text->setObjectName(QStringLiteral("kioskConfirmationText"));
    auto *textLayout = new QVBoxLayout(text);
    textLayout->setContentsMargins(0, 0, 8, 0);
    textLayout->setSpacing(12);
    for (QWidget *part : {static_cast<QWidget *>(m_thanks), static_cast<QWidget *>(m_reference),
                          static_cast<QWidget *>(m_details), static_cast<QWidget *>(m_payment),
                          static_cast<QWidget *>(m_hint)}) {
        part->setParent(text);
        textLayout->addWidget(part);
    }
    textLayout->addStretch();
    auto *textScroll = new QScrollArea(this);
    textScroll->setWidgetResizable(true);
    textScroll->setWidget(text);
    textScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    textScroll->setFocusPolicy(Qt::NoFocus);
    textScroll->viewport()->setAutoFillBackground(false);
    text->setAutoFillBackground(false);
    KioskStyle::makeFlickable(textScroll);

    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(textScroll, 1);
    left->addWidget(m_done, 0, Qt::AlignLeft);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 24, 24, 24);
    layout->setSpacing(32);
    layout->addLayout(left, 1);
    layout->addWidget(scroll, 1);
    retranslate();
}

void KioskConfirmationPage::showConfirmation(const BookingConfirmation &confirmation, const Event &event,
                                             const QStringList &lines)
{
    m_confirmation = confirmation;
    m_event = event;
    m_lines = lines;
    m_tickets->setCodes(confirmation.ticketCodes);
    showDetails();
}

void KioskConfirmationPage::retranslate()
{
    m_done->setText(tr("Done"));
    showDetails();
}

void KioskConfirmationPage::entered()
{
    m_done->setFocus(Qt::OtherFocusReason);
}

void KioskConfirmationPage::goBack()
{
    m_flow->forgetCustomer();
}

QString KioskConfirmationPage::spokenSummary() const
{
    if (!m_confirmation)
        return m_thanks->text();
    QStringList parts{m_thanks->text(),
                      tr("Your booking reference is %1.").arg(KioskText::spelled(KioskText::reference(*m_confirmation))),
                      m_details->text()};
    if (m_payment->isVisible())
        parts.append(m_payment->text());
    parts.append(m_hint->text());
    return parts.join(QStringLiteral(". "));
}

void KioskConfirmationPage::forgetCustomer()
{
    m_confirmation.reset();
    m_event.reset();
    m_lines.clear();
    m_tickets->clear();
    showDetails();
}

void KioskConfirmationPage::showDetails()
{
    const bool reservation = m_confirmation && m_confirmation->isReservation();
    m_thanks->setText(reservation ? tr("Your seats are held. Please pay at the box office.")
                                  : tr("Thank you! Your booking is confirmed."));
    m_hint->setText(reservation
                        ? tr("The QR codes let you in once the booking is paid. Take a photo of them or note your "
                             "booking reference.")
                        : tr("Show these QR codes at the door. Take a photo of them or note your booking reference."));
    if (!m_confirmation) {
        m_reference->clear();
        m_details->clear();
        m_payment->clear();
        m_payment->hide();
        return;
    }
    const VenueFormat format(m_flow->venue(), QLocale());
    m_reference->setText(KioskText::booking(KioskText::reference(*m_confirmation)));
    QStringList lines;
    if (m_event)
        lines << m_event->title << m_event->venue << KioskText::when(format, m_event->startsAt);
    // What the database booked: its tickets (by type or seat, as ordered) and its total.
    lines << KioskText::ticketCount(int(m_confirmation->ticketCodes.size()));
    if (m_lines.size() > 1 || (m_lines.size() == 1 && m_lines.first() != lines.last()))
        lines << m_lines;
    lines << KioskText::total(format, m_confirmation->totalAmount);
    m_details->setText(lines.join(QLatin1Char('\n')));
    if (reservation) {
        m_payment->setText(KioskText::payBefore(format, m_confirmation->expiresAt, m_confirmation->totalAmount));
        m_payment->show();
    } else {
        m_payment->clear();
        m_payment->hide();
    }
}

} // namespace Marquee

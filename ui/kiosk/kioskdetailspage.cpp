#include "kioskdetailspage.h"

#include "booking/bookingservice.h"
#include "kioskflow.h"
#include "kioskmessagelabel.h"
#include "kioskstyle.h"
#include "kiosktext.h"
#include "models/eventtablemodel.h"
#include "session/terminalsession.h"
#include "validation/validation.h"
#include "venue/venueformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Marquee {

KioskDetailsPage::KioskDetailsPage(TerminalSession *session, EventTableModel *events, KioskFlow *flow, QWidget *parent)
    : KioskPage(parent)
    , m_session(session)
    , m_events(events)
    , m_flow(flow)
{
    m_back = KioskStyle::button(this, QStringLiteral("kioskDetailsBack"));
    m_heading = KioskStyle::heading(this, QStringLiteral("kioskDetailsHeading"));
    m_event = KioskStyle::label(this, "big", QStringLiteral("kioskDetailsEvent"));
    m_eventDetails = KioskStyle::label(this);
    // An event's title and venue are shown as written, never as markup.
    m_event->setTextFormat(Qt::PlainText);
    m_eventDetails->setTextFormat(Qt::PlainText);
    m_notOnSale = KioskStyle::label(this, "alert", QStringLiteral("kioskDetailsNotOnSale"));
    m_notOnSale->hide();
    m_tickets = KioskStyle::label(this, nullptr, QStringLiteral("kioskDetailsTickets"));
    m_total = KioskStyle::label(this, "big", QStringLiteral("kioskDetailsTotal"));

    m_nameLabel = KioskStyle::label(this);
    m_name = KioskStyle::field(this, QStringLiteral("kioskName"));
    m_name->setMaxLength(Validation::MaxNameLength);
    m_nameLabel->setBuddy(m_name);
    m_nameError = new KioskMessageLabel(QStringLiteral("kioskNameError"), this);
    m_nameError->setField(m_name);
    m_phoneLabel = KioskStyle::label(this);
    m_phone = KioskStyle::field(this, QStringLiteral("kioskPhone"));
    m_phone->setMaxLength(30);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phoneLabel->setBuddy(m_phone);
    m_phoneError = new KioskMessageLabel(QStringLiteral("kioskPhoneError"), this);
    m_phoneError->setField(m_phone);
    m_message = new KioskMessageLabel(QStringLiteral("kioskBookingMessage"), this);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("kioskBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_confirm = KioskStyle::button(this, QStringLiteral("kioskConfirm"), "primary");

    connect(m_back, &QPushButton::clicked, this, &KioskDetailsPage::goBack);
    connect(m_confirm, &QPushButton::clicked, this, &KioskDetailsPage::confirm);
    connect(m_name, &QLineEdit::textEdited, m_nameError, &KioskMessageLabel::clearMessage);
    connect(m_phone, &QLineEdit::textEdited, m_phoneError, &KioskMessageLabel::clearMessage);
    connect(m_name, &QLineEdit::returnPressed, m_phone, qOverload<>(&QWidget::setFocus));
    connect(m_phone, &QLineEdit::returnPressed, this, &KioskDetailsPage::confirm);
    connect(m_flow, &KioskFlow::orderChanged, this, &KioskDetailsPage::showOrder);
    connect(m_flow, &KioskFlow::eventChosen, this, &KioskDetailsPage::clearMessages);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addSpacing(12);
    top->addWidget(m_heading, 1);

    // What is being bought, where the event page showed the event: the customer checks it before confirming.
    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(m_event);
    left->addWidget(m_eventDetails);
    left->addWidget(m_notOnSale);
    left->addSpacing(16);
    left->addWidget(m_tickets);
    left->addSpacing(8);
    left->addWidget(m_total);
    left->addStretch();

    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addWidget(m_nameLabel);
    right->addWidget(m_name);
    right->addWidget(m_nameError);
    right->addSpacing(8);
    right->addWidget(m_phoneLabel);
    right->addWidget(m_phone);
    right->addWidget(m_phoneError);
    right->addStretch();
    right->addWidget(m_message);
    right->addWidget(m_busy);
    right->addWidget(m_confirm);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(40);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 24);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addLayout(columns, 1);

    // The fields first, then Confirm, then Back: the order a customer fills the page in.
    setTabOrder(m_name, m_phone);
    setTabOrder(m_phone, m_confirm);
    setTabOrder(m_confirm, m_back);
    retranslate();
}

void KioskDetailsPage::goBack()
{
    if (!m_flow->isBooking())
        m_flow->show(m_flow->order().seated ? KioskFlow::Page::Seats : KioskFlow::Page::Event);
}

QString KioskDetailsPage::spokenSummary() const
{
    QStringList parts{m_heading->text(), m_event->text(), m_tickets->text(), m_total->text()};
    if (m_notOnSale->isVisible())
        parts.append(m_notOnSale->text());
    parts.append(tr("Type your name and phone number, then Confirm booking."));
    parts.removeAll(QString());
    return parts.join(QStringLiteral(". "));
}

void KioskDetailsPage::retranslate()
{
    m_back->setText(tr("Back"));
    m_heading->setText(tr("Your details"));
    // The examples are in the labels, not placeholders: Qt 6.4 draws a styled field's placeholder at half the
    // text's opacity (about 3:1 on white), below WCAG's 4.5:1.
    m_nameLabel->setText(tr("Your name (e.g. Somchai Jaidee)"));
    m_phoneLabel->setText(tr("Your phone number (e.g. 081 234 5678)"));
    m_confirm->setText(m_flow->isBooking() ? tr("Booking…") : tr("Confirm booking"));
    m_name->setAccessibleName(tr("Your name"));
    m_phone->setAccessibleName(tr("Your phone number"));
    m_back->setAccessibleName(tr("Back to the number of tickets"));
    showOrder();
}

void KioskDetailsPage::forgetCustomer()
{
    // A booking still on its way is not shown to the next customer: one not yet sent is not made, one the server
    // already has is made and its answer dropped (as when the customer walks away from the confirmation).
    m_booking.cancel();
    setBusy(false);
    clearMessages();
    m_name->clear();
    m_phone->clear();
}

void KioskDetailsPage::entered()
{
    if (m_name->text().isEmpty())
        m_name->setFocus();
}

void KioskDetailsPage::clearMessages()
{
    m_message->clearMessage();
    m_nameError->clearMessage();
    m_phoneError->clearMessage();
}

void KioskDetailsPage::showOrder()
{
    const KioskOrder &order = m_flow->order();
    if (!order.event) {
        m_event->clear();
        m_eventDetails->clear();
        m_notOnSale->hide();
        m_tickets->clear();
        m_total->clear();
        m_confirm->setEnabled(false);
        return;
    }
    const Event &event = *order.event;
    const VenueFormat format(m_flow->venue(), QLocale());
    m_event->setText(event.title);
    m_eventDetails->setText(event.venue + QLatin1Char('\n') + KioskText::when(format, event.startsAt));
    if (!event.isOnSale()) {
        m_notOnSale->setText(event.status == EventStatus::Active && event.remaining() <= 0
                                 ? tr("Sorry, this event has just sold out.")
                                 : tr("Sorry, this event is no longer on sale."));
        m_notOnSale->show();
    } else {
        m_notOnSale->hide();
    }
    QStringList lines = KioskText::orderLines(format, order);
    if (order.seated && order.heldUntil.isValid())
        lines << tr("Your seats are held for you until %1.").arg(KioskText::clock(format, order.heldUntil));
    m_tickets->setText(lines.join(QLatin1Char('\n')));
    m_total->setText(KioskText::total(format, order.total()));
    m_confirm->setEnabled(!m_flow->isBooking() && order.canBook());
}

void KioskDetailsPage::setBusy(bool busy)
{
    m_flow->setBooking(busy);
    m_busy->setVisible(busy);
    m_name->setReadOnly(busy);
    m_phone->setReadOnly(busy);
    m_back->setEnabled(!busy);
    m_confirm->setText(busy ? tr("Booking…") : tr("Confirm booking"));
    showOrder();
}

void KioskDetailsPage::confirm()
{
    const KioskOrder &order = m_flow->order();
    if (m_flow->isBooking() || !order.event || !m_session)
        return;
    clearMessages();

    const QString name = m_name->text().trimmed();
    const QString phone = m_phone->text().trimmed();
    bool valid = true;
    if (auto error = Validation::checkCustomerName(name)) {
        m_nameError->showError(*error);
        valid = false;
    }
    if (auto error = Validation::checkPhone(phone)) {
        m_phoneError->showError(*error);
        valid = false;
    }
    if (auto error = Validation::checkQuantity(order.quantity, order.event->maxTicketsPerBooking)) {
        m_message->showError(*error);
        valid = false;
    }
    if (!valid) {
        if (m_nameError->hasMessage())
            m_name->setFocus();
        else if (m_phoneError->hasMessage())
            m_phone->setFocus();
        return;
    }

    const Event event = *order.event;
    const QStringList lines = KioskText::orderLines(VenueFormat(m_flow->venue(), QLocale()), order);
    if (order.needsOrderLines()) {
        // Several types or seats: one book_order call, one line per type (or per seat, with the hold's token). The
        // confirmation is all the kiosk shows: no read-back of the stored booking (a desk's receipt needs that).
        const OrderRequest request = m_flow->orderAttempt(name, phone);
        setBusy(true);
        m_booking.ask(m_session->bookings().order(request), this,
                      [this, request, event, lines](Result<BookingConfirmation> result) {
                          setBusy(false);
                          if (!result) {
                              m_flow->orderFailed(request, result.error());
                              showBookingError(request.eventId, result.error());
                              return;
                          }
                          finishBooked(result.value(), event, lines);
                      });
        return;
    }
    const BookingRequest request = m_flow->bookingAttempt(name, phone);
    setBusy(true);
    m_booking.ask(m_session->bookings().book(request), this,
                  [this, request, event, lines](Result<BookingConfirmation> result) {
                      setBusy(false);
                      if (!result) {
                          m_flow->bookingFailed(request, result.error());
                          showBookingError(request.eventId, result.error());
                          return;
                      }
                      finishBooked(result.value(), event, lines);
                  });
}

void KioskDetailsPage::showBookingError(qint64 eventId, const Error &error)
{
    KioskMessageLabel *beside = m_message;
    if (error.field() == QLatin1String("name") || Error::fieldFor(error.code()) == QLatin1String("name"))
        beside = m_nameError;
    else if (error.field() == QLatin1String("phone") || Error::fieldFor(error.code()) == QLatin1String("phone"))
        beside = m_phoneError;
    beside->showError(error);
    m_events->refresh({eventId});
}

void KioskDetailsPage::finishBooked(const BookingConfirmation &confirmation, const Event &event,
                                    const QStringList &lines)
{
    // The next customer starts clean even if this one walks away now.
    const bool seated = m_flow->order().seated;
    m_name->clear();
    m_phone->clear();
    m_flow->clearOrder();
    emit booked(confirmation, event, lines, seated);
}

} // namespace Marquee

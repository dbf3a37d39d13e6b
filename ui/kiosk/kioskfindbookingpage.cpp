#include "kioskfindbookingpage.h"

#include "booking/bookingservice.h"
#include "kioskflow.h"
#include "kioskmessagelabel.h"
#include "kioskstyle.h"
#include "kiosktext.h"
#include "session/terminalsession.h"
#include "ticketcodespanel.h"
#include "validation/validation.h"
#include "venue/venueformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Marquee {

KioskFindBookingPage::KioskFindBookingPage(TerminalSession *session, KioskFlow *flow, QWidget *parent)
    : KioskPage(parent)
    , m_session(session)
    , m_flow(flow)
{
    m_back = KioskStyle::button(this, QStringLiteral("kioskFindBack"));
    m_heading = KioskStyle::heading(this, QStringLiteral("kioskFindHeading"));
    m_phoneLabel = KioskStyle::label(this);
    m_phone = KioskStyle::field(this, QStringLiteral("kioskFindPhone"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phoneLabel->setBuddy(m_phone);
    m_phoneError = new KioskMessageLabel(QStringLiteral("kioskFindPhoneError"), this);
    m_phoneError->setField(m_phone);
    m_referenceLabel = KioskStyle::label(this);
    m_reference = KioskStyle::field(this, QStringLiteral("kioskFindReference"));
    m_reference->setInputMethodHints(Qt::ImhPreferUppercase | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_reference->setMaxLength(16);
    m_referenceLabel->setBuddy(m_reference);
    m_referenceError = new KioskMessageLabel(QStringLiteral("kioskFindReferenceError"), this);
    m_referenceError->setField(m_reference);
    m_find = KioskStyle::button(this, QStringLiteral("kioskFind"), "primary");
    m_message = new KioskMessageLabel(QStringLiteral("kioskFindMessage"), this);

    m_result = new QWidget(this);
    m_result->setObjectName(QStringLiteral("kioskFindResult"));
    m_foundReference = KioskStyle::label(m_result, "foundReference", QStringLiteral("kioskFoundReference"));
    m_foundReference->setTextFormat(Qt::PlainText);
    m_foundDetails = KioskStyle::label(m_result, nullptr, QStringLiteral("kioskFoundDetails"));
    m_foundDetails->setTextFormat(Qt::PlainText); // the event's title and venue as written
    m_foundCancelled = KioskStyle::label(m_result, "alert", QStringLiteral("kioskFoundCancelled"));
    m_foundCancelled->setTextFormat(Qt::PlainText);
    m_foundTickets = new TicketCodesPanel(m_result);
    m_foundTickets->setObjectName(QStringLiteral("kioskFoundTickets"));
    auto *scroll = new QScrollArea(m_result);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_foundTickets);
    scroll->viewport()->setAutoFillBackground(false);
    m_foundTickets->setAutoFillBackground(false);
    KioskStyle::makeFlickable(scroll);
    auto *resultLayout = new QVBoxLayout(m_result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->setSpacing(0); // the reference, the booking and its state read as one block
    resultLayout->addWidget(m_foundReference);
    resultLayout->addWidget(m_foundDetails);
    resultLayout->addWidget(m_foundCancelled);
    resultLayout->addSpacing(6);
    resultLayout->addWidget(scroll, 1);
    m_result->hide();

    connect(m_back, &QPushButton::clicked, this, &KioskFindBookingPage::goBack);
    connect(m_find, &QPushButton::clicked, this, &KioskFindBookingPage::find);
    connect(m_phone, &QLineEdit::returnPressed, m_reference, qOverload<>(&QWidget::setFocus));
    connect(m_reference, &QLineEdit::returnPressed, this, &KioskFindBookingPage::find);
    connect(m_phone, &QLineEdit::textEdited, m_phoneError, &KioskMessageLabel::clearMessage);
    connect(m_reference, &QLineEdit::textEdited, m_referenceError, &KioskMessageLabel::clearMessage);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addSpacing(12);
    top->addWidget(m_heading, 1);

    auto *form = new QVBoxLayout;
    form->setSpacing(8);
    form->addWidget(m_phoneLabel);
    form->addWidget(m_phone);
    form->addWidget(m_phoneError);
    form->addSpacing(8);
    form->addWidget(m_referenceLabel);
    form->addWidget(m_reference);
    form->addWidget(m_referenceError);
    form->addSpacing(16);
    form->addWidget(m_find);
    form->addWidget(m_message);
    form->addStretch();

    auto *columns = new QHBoxLayout;
    columns->setSpacing(40);
    columns->addLayout(form, 2);
    columns->addWidget(m_result, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 24);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addLayout(columns, 1);

    setTabOrder(m_phone, m_reference);
    setTabOrder(m_reference, m_find);
    setTabOrder(m_find, m_back);
    retranslate();
}

void KioskFindBookingPage::goBack()
{
    m_flow->forgetCustomer();
}

QString KioskFindBookingPage::spokenSummary() const
{
    if (!m_found)
        return m_heading->text() + QStringLiteral(". ")
            + tr("Type the phone number you booked with and your booking reference, then Find.");
    QStringList parts{tr("Your booking reference is %1.").arg(KioskText::spelled(KioskText::reference(*m_found))),
                      m_foundDetails->text()};
    if (m_foundCancelled->isVisible())
        parts.append(m_foundCancelled->text());
    return parts.join(QStringLiteral(". "));
}

void KioskFindBookingPage::retranslate()
{
    m_back->setText(tr("Back"));
    m_heading->setText(tr("Find my booking"));
    m_phoneLabel->setText(tr("The phone number you booked with"));
    m_referenceLabel->setText(tr("Booking reference (e.g. K7QM2XPA)"));
    m_find->setText(isFinding() ? tr("Searching…") : tr("Find"));
    m_phone->setAccessibleName(tr("The phone number you booked with"));
    m_reference->setAccessibleName(tr("Booking reference"));
    showResult();
}

void KioskFindBookingPage::forgetCustomer()
{
    m_finding.cancel();
    setFinding(false);
    m_phoneError->clearMessage();
    m_referenceError->clearMessage();
    m_message->clearMessage();
    m_phone->clear();
    m_reference->clear();
    m_found.reset();
    m_foundTickets->clear();
    showResult();
}

void KioskFindBookingPage::entered()
{
    m_phone->setFocus();
}

bool KioskFindBookingPage::looksLikeReference(const QString &text)
{
    // 8 letters and digits without 0/O and 1/I; people may type lower case, spaces or a dash.
    return Validation::isWellFormedBookingReference(Validation::normalizeBookingReference(text));
}

void KioskFindBookingPage::setFinding(bool finding)
{
    m_find->setEnabled(!finding);
    m_find->setText(finding ? tr("Searching…") : tr("Find"));
}

void KioskFindBookingPage::find()
{
    if (isFinding() || !m_session)
        return;
    m_message->clearMessage();
    m_phoneError->clearMessage();
    m_referenceError->clearMessage();
    m_found.reset();
    m_foundTickets->clear();
    showResult();

    const QString phone = m_phone->text().trimmed();
    const QString reference = m_reference->text().trimmed();
    bool valid = true;
    if (auto error = Validation::checkPhone(phone)) {
        m_phoneError->showError(*error);
        valid = false;
    }
    if (!looksLikeReference(reference)) {
        m_referenceError->showMessage(
            [] { return tr("Please enter the booking reference shown on your confirmation: 8 letters and digits, e.g. K7QM2XPA."); });
        valid = false;
    }
    if (!valid)
        return;

    setFinding(true);
    m_finding.ask(m_session->bookings().findMyBooking(phone, reference), this,
                  [this](Result<Booking> result) { finishFind(result); });
}

void KioskFindBookingPage::finishFind(const Result<Booking> &result)
{
    setFinding(false);
    if (!result) {
        const Error error = result.error();
        if (error.code() == ErrorCode::BookingNotFound || error.code() == ErrorCode::NotFound) {
            m_message->showMessage([] {
                return tr("We could not find a booking with this reference and phone number. "
                          "Please check both and try again.");
            });
        } else if (error.code() == ErrorCode::PhoneInvalid) {
            m_phoneError->showError(error);
        } else if (error.code() == ErrorCode::ReferenceInvalid) {
            m_referenceError->showError(error);
        } else {
            m_message->showError(error);
        }
        return;
    }
    m_found = result.value();
    // A void booking's codes let nobody in: they are not shown as if they did.
    m_foundTickets->setTickets(m_found->isVoid() || m_found->eventStatus == EventStatus::Cancelled
                                   ? QList<Ticket>()
                                   : m_found->tickets);
    showResult();
}

void KioskFindBookingPage::showResult()
{
    m_result->setVisible(m_found.has_value());
    if (!m_found) {
        m_foundReference->clear();
        m_foundDetails->clear();
        m_foundCancelled->hide();
        return;
    }
    const Booking &booking = *m_found;
    const VenueFormat format(m_flow->venue(), QLocale());
    m_foundReference->setText(KioskText::booking(KioskText::reference(booking)));
    const QString dot = QStringLiteral(" \u00b7 ");
    QStringList lines;
    lines << booking.eventTitle;
    lines << booking.venue + dot + KioskText::when(format, booking.startsAt);
    lines << KioskText::ticketCount(booking.quantity) + dot + KioskText::total(format, booking.totalAmount);
    m_foundDetails->setText(lines.join(QLatin1Char('\n')));
    // What the booking is now, said instead of (or with) its codes.
    QString state;
    const char *role = "alert";
    if (booking.status == BookingStatus::RefundDue || booking.eventStatus == EventStatus::Cancelled)
        state = tr("This event was cancelled. These tickets are no longer valid: please ask for your refund at the box office.");
    else if (booking.status == BookingStatus::Expired)
        state = tr("This reservation was not paid in time and has lapsed. Its tickets are not valid.");
    else if (booking.status == BookingStatus::Cancelled)
        state = tr("This booking was cancelled. Its tickets are not valid.");
    else if (booking.isReservation()) {
        state = KioskText::payBefore(format, booking.expiresAt, booking.totalAmount);
        role = "notice";
    }
    KioskStyle::setRole(m_foundCancelled, role);
    m_foundCancelled->setText(state);
    m_foundCancelled->setVisible(!state.isEmpty());
}

} // namespace Marquee

#include "kioskflow.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>
#include <utility>

namespace Marquee {

KioskFlow::KioskFlow(QObject *parent)
    : QObject(parent)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(DefaultIdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &KioskFlow::idleTimedOut);
    m_warning.setSingleShot(true);
    connect(&m_warning, &QTimer::timeout, this, &KioskFlow::forgetCustomer);
    m_warningTick.setInterval(1000);
    connect(&m_warningTick, &QTimer::timeout, this, &KioskFlow::warningTick);
}

KioskFlow::~KioskFlow()
{
    setWatchingInput(false);
}

void KioskFlow::show(Page page)
{
    m_page = page;
    emit pageShown(page);
}

void KioskFlow::setIdleTimeout(int ms)
{
    m_idleMs = ms;
    m_idle.setInterval(effectiveIdleTimeout());
    if (m_idle.isActive())
        m_idle.start();
}

void KioskFlow::setWarningTime(int ms)
{
    m_warningMs = ms;
}

int KioskFlow::secondsLeft() const
{
    return m_warning.isActive() ? (m_warning.remainingTime() + 999) / 1000 : 0;
}

void KioskFlow::restartIdle()
{
    m_idle.setInterval(effectiveIdleTimeout());
    if (m_watching)
        m_idle.start();
}

void KioskFlow::setVenue(const VenueSettings &venue)
{
    if (venue == m_venue)
        return;
    m_venue = venue;
    emit venueChanged();
}

void KioskFlow::setAssistance(const KioskAssistance &assistance)
{
    if (assistance == m_assistance)
        return;
    m_assistance = assistance;
    if (!m_warning.isActive())
        restartIdle();
    emit assistanceChanged(m_assistance);
}

void KioskFlow::setWatchingInput(bool watching)
{
    if (watching == m_watching)
        return;
    m_watching = watching;
    if (watching) {
        qApp->installEventFilter(this);
        m_idle.start();
    } else {
        if (qApp)
            qApp->removeEventFilter(this);
        m_idle.stop();
        endWarning();
    }
}

void KioskFlow::setBooking(bool booking)
{
    m_booking = booking;
}

bool KioskFlow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::InputMethod:
    case QEvent::Wheel:
        // While the kiosk asks whether anyone is there, only an answer counts (a stray touch on the
        // question's background is not one).
        if (!m_warning.isActive())
            m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void KioskFlow::idleTimedOut()
{
    // Never forget a customer in the middle of a booking: the answer is on its way.
    if (m_booking) {
        m_idle.start();
        return;
    }
    // A start page nobody changed has nobody to forget.
    if (m_page == Page::Start && m_assistance == KioskAssistance()) {
        forgetCustomer();
        return;
    }
    const int warningMs = effectiveWarningTime();
    m_warning.start(warningMs);
    m_warningTick.start();
    emit stillThereAsked((warningMs + 999) / 1000);
}

void KioskFlow::warningTick()
{
    emit stillThereCountdown(secondsLeft());
}

void KioskFlow::endWarning()
{
    const bool asking = m_warning.isActive();
    m_warning.stop();
    m_warningTick.stop();
    if (asking)
        emit stillThereDone();
}

void KioskFlow::moreTime()
{
    endWarning();
    restartIdle();
}

void KioskFlow::chooseEvent(const Event &event)
{
    const bool sameEvent = m_order.event && m_order.event->id == event.id;
    m_order.event = event;
    if (!sameEvent) {
        m_order = KioskOrder();
        m_order.event = event;
        m_unansweredAttempt.reset();
        m_unansweredOrder.reset();
    }
    keepQuantityBookable();
    emit eventChosen(event.id);
    emit orderChanged();
}

void KioskFlow::updateEvent(const Event &event)
{
    if (!m_order.event || m_order.event->id != event.id)
        return;
    m_order.event = event;
    keepQuantityBookable();
    emit orderChanged();
}

void KioskFlow::keepQuantityBookable()
{
    // Seats sold elsewhere lower what may be booked; the quantity on screen follows (never below one).
    const int max = m_order.maxQuantity();
    if (max > 0)
        m_order.quantity = qBound(1, m_order.quantity, max);
}

void KioskFlow::setQuantity(int quantity)
{
    const int bounded = qBound(1, quantity, qMax(1, m_order.maxQuantity()));
    if (bounded == m_order.quantity)
        return;
    m_order.quantity = bounded;
    emit orderChanged();
}

void KioskFlow::setTicketTypes(qint64 eventId, const QList<TicketType> &types)
{
    if (!m_order.event || m_order.event->id != eventId)
        return;
    QList<TicketType> offered;
    qint64 firstId = 0;
    for (const TicketType &type : types) {
        if (!type.active)
            continue;
        if (firstId == 0)
            firstId = type.id;
        if (!type.boxOfficeOnly)
            offered.append(type);
    }
    const bool same = m_order.typesKnown && m_order.firstTypeId == firstId && m_order.ticketTypes.size() == offered.size()
                      && std::equal(offered.cbegin(), offered.cend(), m_order.ticketTypes.cbegin(),
                                    [](const TicketType &a, const TicketType &b) {
                                        return a.id == b.id && a.name == b.name && a.price == b.price;
                                    });
    m_order.ticketTypes = offered;
    m_order.firstTypeId = firstId;
    m_order.typesKnown = true;
    if (!same) {
        // What the customer already chose on the one number goes to the first type.
        m_order.typeQuantities.clear();
        if (!offered.isEmpty())
            m_order.typeQuantities.insert(offered.first().id, m_order.quantity);
    }
    emit orderChanged();
}

void KioskFlow::setSeated(qint64 eventId, bool seated)
{
    if (!m_order.event || m_order.event->id != eventId || m_order.seated == seated)
        return;
    m_order.seated = seated;
    emit orderChanged();
}

void KioskFlow::setTypeQuantity(qint64 typeId, int quantity)
{
    int others = 0;
    bool known = false;
    for (const TicketType &type : std::as_const(m_order.ticketTypes)) {
        if (type.id == typeId)
            known = true;
        else
            others += m_order.quantityOf(type.id);
    }
    if (!known)
        return;
    const int bounded = qBound(0, quantity, qMax(0, m_order.maxQuantity() - others));
    if (bounded == m_order.quantityOf(typeId))
        return;
    m_order.typeQuantities.insert(typeId, bounded);
    emit orderChanged();
}

void KioskFlow::setSeats(const QList<KioskSeatChoice> &seats, const QUuid &holdToken, const QDateTime &heldUntil)
{
    m_order.seats = seats;
    m_order.holdToken = holdToken;
    m_order.heldUntil = heldUntil;
    emit orderChanged();
}

void KioskFlow::clearOrder()
{
    m_order = KioskOrder();
    m_unansweredAttempt.reset();
    m_unansweredOrder.reset();
    emit orderChanged();
}

OrderRequest KioskFlow::orderAttempt(const QString &customerName, const QString &customerPhone)
{
    OrderRequest request; // a fresh idempotency key, unless it repeats an attempt whose outcome is unknown
    request.eventId = m_order.event ? m_order.event->id : 0;
    request.customerName = customerName;
    request.customerPhone = customerPhone;
    request.paymentMethod = PaymentMethod::Card; // a kiosk takes no cash
    if (m_order.seated) {
        for (const KioskSeatChoice &seat : std::as_const(m_order.seats)) {
            OrderLine line;
            line.seatGuid = seat.guid;
            line.ticketTypeId = seat.ticketTypeId;
            request.lines.append(line);
        }
        request.holdToken = m_order.holdToken;
    } else {
        for (const TicketType &type : std::as_const(m_order.ticketTypes)) {
            const int n = m_order.byType() ? m_order.quantityOf(type.id) : m_order.quantity;
            if (n <= 0)
                continue;
            OrderLine line;
            line.ticketTypeId = type.id;
            line.quantity = n;
            request.lines.append(line);
            if (!m_order.byType())
                break;
        }
    }
    const auto sameLines = [](const QList<OrderLine> &a, const QList<OrderLine> &b) {
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i) {
            if (a[i].ticketTypeId != b[i].ticketTypeId || a[i].quantity != b[i].quantity || a[i].seatGuid != b[i].seatGuid)
                return false;
        }
        return true;
    };
    if (m_unansweredOrder && m_unansweredOrder->eventId == request.eventId
        && sameLines(m_unansweredOrder->lines, request.lines) && m_unansweredOrder->holdToken == request.holdToken
        && m_unansweredOrder->customerName == request.customerName
        && m_unansweredOrder->customerPhone == request.customerPhone)
        request.idempotencyKey = m_unansweredOrder->idempotencyKey;
    m_unansweredOrder.reset();
    return request;
}

void KioskFlow::orderFailed(const OrderRequest &attempt, const Error &error)
{
    if (error.isTransient())
        m_unansweredOrder = attempt;
}

BookingRequest KioskFlow::bookingAttempt(const QString &customerName, const QString &customerPhone)
{
    BookingRequest request; // a fresh idempotency key: this press is a new attempt...
    request.eventId = m_order.event ? m_order.event->id : 0;
    request.quantity = m_order.quantity;
    request.customerName = customerName;
    request.customerPhone = customerPhone;
    request.paymentMethod = PaymentMethod::Card; // a kiosk takes no cash
    // ...unless it repeats an attempt whose outcome the kiosk never learned.
    if (m_unansweredAttempt && m_unansweredAttempt->eventId == request.eventId
        && m_unansweredAttempt->quantity == request.quantity
        && m_unansweredAttempt->customerName == request.customerName
        && m_unansweredAttempt->customerPhone == request.customerPhone)
        request.idempotencyKey = m_unansweredAttempt->idempotencyKey;
    m_unansweredAttempt.reset();
    return request;
}

void KioskFlow::bookingFailed(const BookingRequest &attempt, const Error &error)
{
    if (error.isTransient())
        m_unansweredAttempt = attempt;
}

void KioskFlow::forgetCustomer()
{
    endWarning();
    m_booking = false;
    m_order = KioskOrder();
    m_unansweredAttempt.reset();
    m_unansweredOrder.reset();
    const bool assisted = m_assistance != KioskAssistance();
    m_assistance = KioskAssistance();
    emit customerForgotten();
    if (assisted)
        emit assistanceChanged(m_assistance);
    emit orderChanged();
    show(Page::Start);
    restartIdle();
}

} // namespace Marquee

#include "kioskflow.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QEvent>

namespace Marquee {

KioskFlow::KioskFlow(QObject *parent)
    : QObject(parent)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(DefaultIdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &KioskFlow::idleTimedOut);
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
    m_idle.setInterval(ms);
    if (m_idle.isActive())
        m_idle.start();
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
    forgetCustomer();
}

void KioskFlow::chooseEvent(const Event &event)
{
    const bool sameEvent = m_order.event && m_order.event->id == event.id;
    m_order.event = event;
    if (!sameEvent) {
        m_order.quantity = 1;
        m_unansweredAttempt.reset();
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

void KioskFlow::clearOrder()
{
    m_order = KioskOrder();
    m_unansweredAttempt.reset();
    emit orderChanged();
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
    m_booking = false;
    m_order = KioskOrder();
    m_unansweredAttempt.reset();
    emit customerForgotten();
    emit orderChanged();
    show(Page::Start);
    if (m_watching)
        m_idle.start();
}

} // namespace Marquee

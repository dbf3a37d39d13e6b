#pragma once

#include "domain/booking.h"
#include "domain/order.h"
#include "domain/venuesettings.h"
#include "kioskassistance.h"
#include "kioskorder.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace Marquee {

class Error;

// The kiosk's flow: which page a customer is on, what they are buying on the way (the order), the booking
// attempt's idempotency key, what they turned on for themselves (speech, larger text, high contrast, more time),
// and the idle reset that forgets them after a minute without a touch — after asking "are you still there?"
// for 20 seconds, with a way to get more time (both doubled in accessibility mode). It holds no widgets:
// KioskView shows the page the flow names, and each page asks the flow to move on.
//
// A customer goes Start → Events → Event (how many of each type) → Details (name, phone, confirm) →
// Confirmation, or, for a seated event, Start → Events → Event → Seats (choose and hold seats) → Details →
// Confirmation; or Start → FindBooking. Every Back and Done leads to a page of this list, and forgetCustomer() to Start.
//
// Adding a page (accessibility options, a seat map, a reservation countdown ...):
//  1. Add it to Page below, in the order a customer meets it.
//  2. Write it as Kiosk<Name>Page, a KioskPage (kioskpage.h), in ui/kiosk/kiosk<name>page.{h,cpp}, and list both
//     files in the kiosk block of ui/CMakeLists.txt. Its retranslate() sets every string (it is called again on
//     a language switch), forgetCustomer() drops whatever the customer typed or was shown there, and entered()
//     runs each time the flow shows it. Its look goes into kiosk.qss, by kioskRole or object name.
//  3. Give it to KioskView in its constructor (addPage), and let the buttons that lead to it call
//     show(Page::<Name>). What the customer chose and a later page needs (like the order) lives here, in the
//     flow, so that the idle reset forgets it too.
//  4. Test it on its own in tests/gui/tst_kioskpages.cpp and in the whole kiosk in tests/gui/tst_kiosk.cpp.
class KioskFlow final : public QObject
{
    Q_OBJECT

public:
    enum class Page { Start, Events, Event, Seats, Details, Confirmation, FindBooking };
    Q_ENUM(Page)

    static constexpr int DefaultIdleTimeoutMs = 60 * 1000;
    static constexpr int DefaultWarningMs = 20 * 1000;

    explicit KioskFlow(QObject *parent = nullptr);
    ~KioskFlow() override;

    Page page() const { return m_page; }
    void show(Page page);

    // --- Idle reset. Input anywhere in the application counts while the kiosk watches (it is on screen). After
    // the idle timeout without input the flow asks whether the customer is still there (stillThereAsked, then
    // once a second stillThereCountdown); without an answer (moreTime()) it forgets them after the warning.
    // Both times are as set here in the normal mode and doubled in accessibility mode.
    void setIdleTimeout(int ms);
    int idleTimeout() const { return m_idleMs; }
    void setWarningTime(int ms);
    int warningTime() const { return m_warningMs; }
    // The times in force now (doubled in accessibility mode).
    int effectiveIdleTimeout() const { return m_idleMs * m_assistance.timeFactor(); }
    int effectiveWarningTime() const { return m_warningMs * m_assistance.timeFactor(); }
    bool isAskingStillThere() const { return m_warning.isActive(); }
    int secondsLeft() const;
    void setWatchingInput(bool watching);
    bool isWatchingInput() const { return m_watching; }
    // A booking is on its way: the idle reset waits for its answer, whatever the customer does meanwhile.
    void setBooking(bool booking);
    bool isBooking() const { return m_booking; }

    // --- The venue (its zone and currency, for every time and price shown) and the customer's assistance.
    void setVenue(const VenueSettings &venue);
    const VenueSettings &venue() const { return m_venue; }
    void setAssistance(const KioskAssistance &assistance);
    const KioskAssistance &assistance() const { return m_assistance; }

    // --- The order.
    const KioskOrder &order() const { return m_order; }
    // Another event starts a new order (one ticket, a new booking attempt); the same event keeps the quantity.
    void chooseEvent(const Event &event);
    // The chosen event as the database says it is now (seats sold elsewhere, cancelled ...).
    void updateEvent(const Event &event);
    // Kept between 1 and what may be booked right now.
    void setQuantity(int quantity);
    // The event's ticket types as the database has them (all of them: the kiosk offers the active ones that are
    // not box office only). The first offered type starts at one ticket, the others at none.
    void setTicketTypes(qint64 eventId, const QList<TicketType> &types);
    // Whether the event has seats (the seat page chooses them).
    void setSeated(qint64 eventId, bool seated);
    // Tickets of one type (byType()), kept between 0 and what one booking may take with the others.
    void setTypeQuantity(qint64 typeId, int quantity);
    // The seats the seat page holds for this customer (empty: none held).
    void setSeats(const QList<KioskSeatChoice> &seats, const QUuid &holdToken, const QDateTime &heldUntil);
    // The order was booked: the next customer starts clean even if this one walks away now.
    void clearOrder();

    // --- The booking attempt. One press of Confirm is one attempt with its own idempotency key, except when it
    // repeats an attempt whose outcome the kiosk never learned (the connection dropped, the server timed out):
    // the same event, quantity, name and phone again is the same attempt, and keeps its key, so the booking is
    // made at most once however often the customer presses.
    BookingRequest bookingAttempt(const QString &customerName, const QString &customerPhone);
    void bookingFailed(const BookingRequest &attempt, const Error &error);
    // The same for an order of several types or of seats (needsOrderLines()): book_order's lines, one per type
    // with tickets, or one per seat with its type and the hold's token.
    OrderRequest orderAttempt(const QString &customerName, const QString &customerPhone);
    void orderFailed(const OrderRequest &attempt, const Error &error);

public slots:
    // Back to the start page, with the order, the attempt, the assistance and everything every page holds
    // forgotten.
    void forgetCustomer();
    // The customer answered "are you still there?": the idle time starts again, in full.
    void moreTime();

signals:
    // The flow shows this page (again, when it was showing already).
    void pageShown(Marquee::KioskFlow::Page page);
    void orderChanged();
    // A new order began (another event, or the same one chosen again from the list).
    void eventChosen(qint64 eventId);
    // Each page drops what it holds of the customer.
    void customerForgotten();
    void venueChanged();
    void assistanceChanged(const Marquee::KioskAssistance &assistance);
    // Nobody touched the kiosk for the idle time: is anyone still there? (seconds until it forgets them)
    void stillThereAsked(int secondsLeft);
    void stillThereCountdown(int secondsLeft);
    // The question is over: answered, or the customer forgotten.
    void stillThereDone();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void idleTimedOut();
    void warningTick();
    void endWarning();
    void restartIdle();
    void keepQuantityBookable();

    Page m_page = Page::Start;
    int m_idleMs = DefaultIdleTimeoutMs;
    int m_warningMs = DefaultWarningMs;
    QTimer m_idle;
    QTimer m_warning;     // the whole warning
    QTimer m_warningTick; // once a second during it
    VenueSettings m_venue;
    KioskAssistance m_assistance;
    bool m_watching = false;
    bool m_booking = false;
    KioskOrder m_order;
    // The last attempt, while its outcome is unknown.
    std::optional<BookingRequest> m_unansweredAttempt;
    std::optional<OrderRequest> m_unansweredOrder;
};

} // namespace Marquee

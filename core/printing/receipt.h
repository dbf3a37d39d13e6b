#pragma once

#include "common/money.h"
#include "domain/booking.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Marquee {

// One line of a receipt: tickets of one type for one event (general admission), or one seat with its type.
struct ReceiptItem
{
    QString event;
    QDateTime startsAt;
    QString ticketType;   // empty: the event's one price
    QString seat;         // empty: general admission
    int quantity = 1;
    Money amount;         // for the whole line
};

// What a sale's receipt says. Filled by the desk at the moment of the sale (it knows what was tendered), or from
// the stored booking for a reprint (forBooking).
struct Receipt
{
    QString venue;
    // The desk's gap-free receipt number, kept by the database where the booking was paid (migrations/0030,
    // Booking::receiptNumberText); printed as "—" while empty.
    QString receiptNumber;
    QList<ReceiptItem> items;
    Money total;
    PaymentMethod payment = PaymentMethod::Cash;
    std::optional<Money> tendered; // the cash handed over, when the desk took it
    QString reference;
    QDateTime soldAt;
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // the venue's: a desk stands in the venue
    QString desk;                                      // empty prints "—"
    QString staff;
    bool reprint = false;
    QDateTime printedAt;                               // for a reprint: when it was printed again

    std::optional<Money> change() const
    {
        return tendered ? std::optional<Money>(*tendered - total) : std::nullopt;
    }

    // The receipt of a stored booking: the payment's time, desk, receipt number, staff login and total; what was
    // tendered is not stored, so it is left out (the desk fills it in at the moment of the sale).
    static Receipt forBooking(const Booking &booking, bool reprint);
};

} // namespace Marquee

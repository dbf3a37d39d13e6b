#pragma once

#include "common/money.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Marquee {

// Why money is owed back (migrations/0012).
enum class RefundReason { EventCancelled, BookingCancelled };
QString refundReasonToString(RefundReason reason);   // "event_cancelled", as stored
RefundReason refundReasonFromString(const QString &text);

// How a refund was given back.
enum class RefundMethod { Cash, Card, Transfer };
QString refundMethodToString(RefundMethod method);   // "transfer", as stored
RefundMethod refundMethodFromString(const QString &text);

// Money owed back for one paid booking: recorded as due by the database when the booking or its event was
// cancelled, and marked given by staff (how, by whom, when). Never more than was paid, one per booking.
struct Refund
{
    qint64 id = 0;
    qint64 bookingId = 0;
    QString reference;          // the booking's
    qint64 eventId = 0;
    QString eventTitle;
    QDateTime startsAt;
    QString customerName;       // the name given with the booking
    QString customerPhone;      // empty for a walk-in
    RefundReason reason = RefundReason::BookingCancelled;
    Money amount;
    QString paidMethod;         // how the customer paid: "cash" or "card" (give back the same way where possible)
    QDateTime dueSince;
    QString recordedBy;         // the login that cancelled (for an event: the one who cancelled the event)
    QDateTime refundedAt;       // invalid while still due
    QString refundedBy;
    RefundMethod refundMethod = RefundMethod::Cash;   // meaningful once given
    QString note;

    bool isDue() const { return !refundedAt.isValid(); }
};

// Which refunds an admin lists.
struct RefundQuery
{
    bool dueOnly = true;        // only those still to be given back
    qint64 eventId = 0;         // 0: every event
    int limit = 500;
    int offset = 0;
};

} // namespace Marquee

Q_DECLARE_METATYPE(Marquee::Refund)

#pragma once

#include "common/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Marquee {

// One group of sales of marquee.sales_report: a venue day, a desk (empty: no shift), the login that took the
// money, how it was paid, a ticket type (empty: admission). Counted when paid, also if cancelled since.
struct SalesLine
{
    QDate day;
    QString desk;
    QString staff;
    QString paymentMethod;   // "cash", "card", "complimentary"
    QString ticketType;
    int bookings = 0;
    int tickets = 0;
    Money amount;
};

// Refunds given back in the period (marquee.refunds_report).
struct RefundLine
{
    QDate day;
    QString staff;
    QString method;          // "cash", "card", "transfer"
    int refunds = 0;
    Money amount;
};

// Sales and refunds of a period [from, until).
struct SalesReport
{
    QDateTime from;
    QDateTime until;
    QList<SalesLine> sales;
    QList<RefundLine> refunds;
};

// One event and entrance of marquee.attendance_report (an event nobody came to: one line, no entrance, zeros).
struct AttendanceLine
{
    qint64 eventId = 0;
    QString title;
    QDateTime startsAt;
    QString status;
    int ticketsSold = 0;
    QString entrance;
    int checkedIn = 0;
    int inside = 0;
};

} // namespace Marquee

Q_DECLARE_METATYPE(Marquee::SalesReport)

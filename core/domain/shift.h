#pragma once

#include "common/money.h"

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Marquee {

// A box-office login's shift at its desk (migrations/0030): opened with a float, closed with the cash counted.
// Everything it sells, collects and pays back while open belongs to it. For an open shift the figures are those
// so far; a closed one keeps them as they were at close.
struct Shift
{
    qint64 id = 0;
    QString login;
    QString desk;
    QDateTime openedAt;
    QDateTime closedAt;          // invalid while open
    QString closedBy;
    bool forceClosed = false;    // an admin closed it for a login that forgot
    Money openingFloat;
    Money cashSales;
    Money cardSales;
    Money cashRefunds;
    Money cardRefunds;
    Money expectedCash;          // float + cash sales - cash refunds
    std::optional<Money> countedCash;
    std::optional<Money> variance;   // counted - expected
    int bookings = 0;
    int tickets = 0;
    int noSales = 0;             // the drawer opened without a sale

    bool isOpen() const { return !closedAt.isValid(); }
};

// What close_shift answered: the cash-up report. Shown (and printed) only after the count was entered.
struct CashUp
{
    qint64 shiftId = 0;
    Money openingFloat;
    Money cashSales;
    Money cardSales;
    Money cashRefunds;
    Money cardRefunds;
    Money expectedCash;
    std::optional<Money> countedCash; // empty only when an admin forced the close without a count
    std::optional<Money> variance;
    int bookings = 0;
    int tickets = 0;
};

// Which shifts an admin lists: by desk, by staff login, by the venue's day it opened (each empty/invalid: all).
struct ShiftQuery
{
    QString desk;
    QString login;
    QDate day;                   // in the venue's zone
    int limit = 500;
};

} // namespace Marquee

Q_DECLARE_METATYPE(Marquee::Shift)
Q_DECLARE_METATYPE(Marquee::CashUp)

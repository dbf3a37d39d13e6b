#pragma once

#include "domain/report.h"

#include <QList>
#include <QString>

namespace Marquee {

// What a sales report is grouped by on screen and in the files.
enum class SalesDimension { Day, Desk, Staff, PaymentMethod, TicketType };

// One row of a grouped sales report: the group's key as text (a day as yyyy-MM-dd, a login, "cash" ...;
// empty for "no shift" or "admission") and its sums, exact.
struct SalesTotal
{
    QString key;
    int bookings = 0;
    int tickets = 0;
    Money amount;
};

// Groups the database's lines by one dimension (sorted by key), and sums a whole report.
class SalesSummary final
{
public:
    static QList<SalesTotal> by(SalesDimension dimension, const QList<SalesLine> &lines);
    static SalesTotal total(const QList<SalesLine> &lines);
    static Money refunded(const QList<RefundLine> &refunds);
    // The CSV of a grouped report (UTF-8 with a byte-order mark, cells a spreadsheet cannot run as formulas):
    // the dimension's column, bookings, tickets, amount, then a total line.
    static QByteArray csv(SalesDimension dimension, const QList<SalesLine> &lines);
    static QString dimensionColumn(SalesDimension dimension);   // "day", "desk", ... (the CSV's header)
};

} // namespace Marquee

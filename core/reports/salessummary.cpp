#include "salessummary.h"

#include "booking/bookingexport.h"

#include <QMap>

namespace Marquee {

namespace {

QString keyOf(SalesDimension dimension, const SalesLine &line)
{
    switch (dimension) {
    case SalesDimension::Day: return line.day.toString(Qt::ISODate);
    case SalesDimension::Desk: return line.desk;
    case SalesDimension::Staff: return line.staff;
    case SalesDimension::PaymentMethod: return line.paymentMethod;
    case SalesDimension::TicketType: return line.ticketType;
    }
    return QString();
}

} // namespace

QList<SalesTotal> SalesSummary::by(SalesDimension dimension, const QList<SalesLine> &lines)
{
    QMap<QString, SalesTotal> groups;
    for (const SalesLine &line : lines) {
        const QString key = keyOf(dimension, line);
        SalesTotal &total = groups[key];
        total.key = key;
        total.bookings += line.bookings;
        total.tickets += line.tickets;
        total.amount = total.amount + line.amount;
    }
    return groups.values();
}

SalesTotal SalesSummary::total(const QList<SalesLine> &lines)
{
    SalesTotal total;
    for (const SalesLine &line : lines) {
        total.bookings += line.bookings;
        total.tickets += line.tickets;
        total.amount = total.amount + line.amount;
    }
    return total;
}

Money SalesSummary::refunded(const QList<RefundLine> &refunds)
{
    Money total;
    for (const RefundLine &refund : refunds)
        total = total + refund.amount;
    return total;
}

QString SalesSummary::dimensionColumn(SalesDimension dimension)
{
    switch (dimension) {
    case SalesDimension::Day: return QStringLiteral("day");
    case SalesDimension::Desk: return QStringLiteral("desk");
    case SalesDimension::Staff: return QStringLiteral("staff");
    case SalesDimension::PaymentMethod: return QStringLiteral("payment_method");
    case SalesDimension::TicketType: return QStringLiteral("ticket_type");
    }
    return QString();
}

QByteArray SalesSummary::csv(SalesDimension dimension, const QList<SalesLine> &lines)
{
    QString text = QStringLiteral("\uFEFF");
    text += BookingExport::csvLine({dimensionColumn(dimension), QStringLiteral("bookings"), QStringLiteral("tickets"),
                                    QStringLiteral("amount")});
    for (const SalesTotal &row : by(dimension, lines))
        text += BookingExport::csvLine({row.key, QString::number(row.bookings), QString::number(row.tickets),
                                        row.amount.toDecimalString()});
    const SalesTotal all = total(lines);
    text += BookingExport::csvLine({QStringLiteral("total"), QString::number(all.bookings), QString::number(all.tickets),
                                    all.amount.toDecimalString()});
    return text.toUtf8();
}

} // namespace Marquee

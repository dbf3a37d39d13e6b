#include "shiftrepository.h"

#include "database/connection.h"

#include <QSqlQuery>

namespace Marquee {

namespace {

std::optional<Money> optionalMoney(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<Money>(Money::fromDatabase(value));
}

CashUp cashUpFrom(const QSqlQuery &q)
{
    CashUp cashUp;
    cashUp.shiftId = q.value(0).toLongLong();
    cashUp.openingFloat = Money::fromDatabase(q.value(1));
    cashUp.cashSales = Money::fromDatabase(q.value(2));
    cashUp.cardSales = Money::fromDatabase(q.value(3));
    cashUp.cashRefunds = Money::fromDatabase(q.value(4));
    cashUp.cardRefunds = Money::fromDatabase(q.value(5));
    cashUp.expectedCash = Money::fromDatabase(q.value(6));
    cashUp.countedCash = optionalMoney(q.value(7));
    cashUp.variance = optionalMoney(q.value(8));
    cashUp.bookings = q.value(9).toInt();
    cashUp.tickets = q.value(10).toInt();
    return cashUp;
}

const QString CashUpColumns = QStringLiteral(
    "shift_id, opening_float, cash_sales, card_sales, cash_refunds, card_refunds, expected_cash, counted_cash, "
    "variance, bookings, tickets");

} // namespace

ShiftRepository::ShiftRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<qint64> ShiftRepository::open(const Money &openingFloat, const QString &desk)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT marquee.open_shift(:float::numeric, :desk)"));
    q.bindValue(QStringLiteral(":float"), openingFloat.toDecimalString());
    q.bindValue(QStringLiteral(":desk"), desk.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(desk.trimmed()));
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::Internal, QStringLiteral("open_shift returned no row"));
    const qint64 shiftId = q.value(0).toLongLong();
    if (auto done = Connection::committed(q); !done)
        return done.error();
    return shiftId;
}

Result<CashUp> ShiftRepository::close(const Money &countedCash)
{
    QSqlQuery q = Connection::query(m_db);
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    q.prepare(QStringLiteral("SELECT ") + CashUpColumns + QStringLiteral(" FROM marquee.close_shift(:counted::numeric)"));
    q.bindValue(QStringLiteral(":counted"), countedCash.toDecimalString());
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::NoOpenShift);
    const CashUp cashUp = cashUpFrom(q);
    if (auto done = Connection::committed(q); !done)
        return done.error();
    return cashUp;
}

Result<Shift> ShiftRepository::current()
{
    QSqlQuery q = Connection::query(m_db);
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    q.prepare(QStringLiteral("SELECT shift_id, desk, opened_at, opening_float, cash_sales, card_sales, bookings, tickets "
                             "FROM marquee.current_shift()"));
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::NoOpenShift);
    Shift shift;
    shift.id = q.value(0).toLongLong();
    shift.desk = q.value(1).toString();
    shift.openedAt = q.value(2).toDateTime();
    shift.openingFloat = Money::fromDatabase(q.value(3));
    shift.cashSales = Money::fromDatabase(q.value(4));
    shift.cardSales = Money::fromDatabase(q.value(5));
    shift.bookings = q.value(6).toInt();
    shift.tickets = q.value(7).toInt();
    return shift;
}

Result<qint64> ShiftRepository::recordNoSale()
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT marquee.record_no_sale()"));
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::Internal, QStringLiteral("record_no_sale returned no row"));
    const qint64 noSaleId = q.value(0).toLongLong();
    if (auto done = Connection::committed(q); !done)
        return done.error();
    return noSaleId;
}

Result<QList<Shift>> ShiftRepository::list(const ShiftQuery &query)
{
    QSqlQuery q = Connection::query(m_db);
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    q.prepare(QStringLiteral(
        "SELECT shift_id, login, desk, opened_at, closed_at, closed_by, force_closed, opening_float, cash_sales, "
        "card_sales, cash_refunds, card_refunds, expected_cash, counted_cash, variance, bookings, tickets, no_sales "
        "FROM marquee.list_shifts(:desk, :login, :day::date, :limit::integer)"));
    const QVariant none(QMetaType(QMetaType::QString));
    q.bindValue(QStringLiteral(":desk"), query.desk.trimmed().isEmpty() ? none : QVariant(query.desk.trimmed()));
    q.bindValue(QStringLiteral(":login"), query.login.trimmed().isEmpty() ? none : QVariant(query.login.trimmed()));
    q.bindValue(QStringLiteral(":day"), query.day.isValid() ? QVariant(query.day.toString(Qt::ISODate)) : none);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    QList<Shift> shifts;
    while (q.next()) {
        Shift shift;
        shift.id = q.value(0).toLongLong();
        shift.login = q.value(1).toString();
        shift.desk = q.value(2).toString();
        shift.openedAt = q.value(3).toDateTime();
        shift.closedAt = q.value(4).toDateTime();
        shift.closedBy = q.value(5).toString();
        shift.forceClosed = q.value(6).toBool();
        shift.openingFloat = Money::fromDatabase(q.value(7));
        shift.cashSales = Money::fromDatabase(q.value(8));
        shift.cardSales = Money::fromDatabase(q.value(9));
        shift.cashRefunds = Money::fromDatabase(q.value(10));
        shift.cardRefunds = Money::fromDatabase(q.value(11));
        shift.expectedCash = Money::fromDatabase(q.value(12));
        shift.countedCash = optionalMoney(q.value(13));
        shift.variance = optionalMoney(q.value(14));
        shift.bookings = q.value(15).toInt();
        shift.tickets = q.value(16).toInt();
        shift.noSales = q.value(17).toInt();
        shifts.append(shift);
    }
    return shifts;
}

Result<CashUp> ShiftRepository::forceClose(qint64 shiftId, std::optional<Money> countedCash)
{
    QSqlQuery q = Connection::query(m_db);
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    q.prepare(QStringLiteral("SELECT ") + CashUpColumns
              + QStringLiteral(" FROM marquee.force_close_shift(:id::bigint, :counted::numeric)"));
    q.bindValue(QStringLiteral(":id"), shiftId);
    q.bindValue(QStringLiteral(":counted"), countedCash ? QVariant(countedCash->toDecimalString())
                                                         : QVariant(QMetaType(QMetaType::QString)));
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::NoOpenShift);
    const CashUp cashUp = cashUpFrom(q);
    if (auto done = Connection::committed(q); !done)
        return done.error();
    return cashUp;
}

} // namespace Marquee

#include "refundrepository.h"

#include "database/connection.h"

#include <QSqlQuery>

namespace Marquee {

namespace {

// The desk reads events through the public listing (it has no right to revenue); a walk-in has no customer row.
const QString RefundSelect = QStringLiteral(
    "SELECT r.id, r.booking_id, b.reference, r.event_id, e.title, e.starts_at, b.customer_name, u.phone, r.reason, "
    "r.amount, r.paid_method, r.due_since, r.recorded_by, r.refunded_at, r.refunded_by, r.refund_method, r.note "
    "FROM marquee.refunds r JOIN marquee.bookings b ON b.id = r.booking_id "
    "JOIN marquee.event_listing e ON e.id = r.event_id LEFT JOIN marquee.users u ON u.id = b.user_id");

Refund refundFrom(const QSqlQuery &q)
{
    Refund refund;
    refund.id = q.value(0).toLongLong();
    refund.bookingId = q.value(1).toLongLong();
    refund.reference = q.value(2).toString();
    refund.eventId = q.value(3).toLongLong();
    refund.eventTitle = q.value(4).toString();
    refund.startsAt = q.value(5).toDateTime();
    refund.customerName = q.value(6).toString();
    refund.customerPhone = q.value(7).toString();
    refund.reason = refundReasonFromString(q.value(8).toString());
    refund.amount = Money::fromDatabase(q.value(9));
    refund.paidMethod = q.value(10).toString();
    refund.dueSince = q.value(11).toDateTime();
    refund.recordedBy = q.value(12).toString();
    refund.refundedAt = q.value(13).toDateTime();
    refund.refundedBy = q.value(14).toString();
    refund.refundMethod = refundMethodFromString(q.value(15).toString());
    refund.note = q.value(16).toString();
    return refund;
}

} // namespace

RefundRepository::RefundRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<Refund>> RefundRepository::select(const QString &where, const QList<QPair<QString, QVariant>> &binds,
                                               const QString &orderAndLimit)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(RefundSelect + QStringLiteral(" WHERE ") + where + orderAndLimit);
    for (const auto &[name, value] : binds)
        q.bindValue(name, value);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    QList<Refund> refunds;
    while (q.next())
        refunds.append(refundFrom(q));
    return refunds;
}

Result<QList<Refund>> RefundRepository::list(const RefundQuery &query)
{
    QString where = query.dueOnly ? QStringLiteral("r.refunded_at IS NULL") : QStringLiteral("true");
    QList<QPair<QString, QVariant>> binds;
    if (query.eventId > 0) {
        where += QStringLiteral(" AND r.event_id = :event");
        binds.append({QStringLiteral(":event"), query.eventId});
    }
    binds.append({QStringLiteral(":limit"), qBound(1, query.limit, 100000)});
    binds.append({QStringLiteral(":offset"), qMax(0, query.offset)});
    return select(where, binds,
                  QStringLiteral(" ORDER BY r.refunded_at IS NOT NULL, "
                                 "CASE WHEN r.refunded_at IS NULL THEN r.due_since END, r.refunded_at DESC, r.id "
                                 "LIMIT :limit OFFSET :offset"));
}

Result<Refund> RefundRepository::get(qint64 refundId)
{
    auto found = select(QStringLiteral("r.id = :id"), {{QStringLiteral(":id"), refundId}}, QString());
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(ErrorCode::RefundNotDue, QStringLiteral("refund %1").arg(refundId));
    return found->first();
}

Result<Refund> RefundRepository::forBooking(qint64 bookingId)
{
    auto found = select(QStringLiteral("r.booking_id = :booking"), {{QStringLiteral(":booking"), bookingId}}, QString());
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(ErrorCode::RefundNotDue, QStringLiteral("no refund for booking %1").arg(bookingId));
    return found->first();
}

Result<Refund> RefundRepository::markRefunded(qint64 refundId, RefundMethod method, const QString &note)
{
    if (note.trimmed().size() > 500)
        return Error(ErrorCode::NoteTooLong);
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT refund_id FROM marquee.mark_refunded(:id::bigint, :method, :note)"));
    q.bindValue(QStringLiteral(":id"), refundId);
    q.bindValue(QStringLiteral(":method"), refundMethodToString(method));
    q.bindValue(QStringLiteral(":note"), note.trimmed());
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::RefundNotDue);
    if (auto done = Connection::committed(q); !done)
        return done.error();
    return get(refundId);
}

} // namespace Marquee

#pragma once

#include "common/result.h"
#include "domain/refund.h"

#include <QList>
#include <QSqlDatabase>

namespace Marquee {

// Money owed back (marquee.refunds, migrations/0012): recorded by the database when a booking or its event is
// cancelled, listed by admins, marked given by the box office or an admin. Kiosks cannot read them.
class RefundRepository
{
public:
    explicit RefundRepository(QSqlDatabase db);

    // Due ones first by the time they became due; given ones (when asked for) newest first.
    Result<QList<Refund>> list(const RefundQuery &query);
    Result<Refund> get(qint64 refundId);
    Result<Refund> forBooking(qint64 bookingId);

    // Marks it given, by this login, now. The same call again after a lost answer returns it unchanged;
    // RefundNotDue when it was given already (or does not exist).
    Result<Refund> markRefunded(qint64 refundId, RefundMethod method, const QString &note = QString());

private:
    Result<QList<Refund>> select(const QString &where, const QList<QPair<QString, QVariant>> &binds,
                                 const QString &orderAndLimit);

    QSqlDatabase m_db;
};

} // namespace Marquee

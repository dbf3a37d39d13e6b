#pragma once

#include "domain/refund.h"
#include "service/reply.h"

#include <QList>

namespace Marquee {

class DatabaseWorker;

// What views ask about refunds: admins list what is owed (cancelled events, cancelled bookings); the desk or an
// admin marks one given when the customer has the money back. The database records every refund due by itself.
class RefundService final
{
public:
    RefundService(DatabaseWorker *reads, DatabaseWorker *writes);

    Reply<QList<Refund>> list(const RefundQuery &query);
    // The refund of one booking (RefundNotDue when it has none).
    Reply<Refund> forBooking(qint64 bookingId);
    // Given back now, by this login, in this way (cash, card, transfer); answers the refund as stored.
    Reply<Refund> markRefunded(qint64 refundId, RefundMethod method, const QString &note = QString());

private:
    DatabaseWorker *m_reads = nullptr;
    DatabaseWorker *m_writes = nullptr;
};

} // namespace Marquee

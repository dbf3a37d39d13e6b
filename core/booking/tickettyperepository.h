#pragma once

#include "common/result.h"
#include "domain/tickettype.h"

#include <QList>
#include <QSqlDatabase>

namespace Marquee {

// An event's ticket types (migrations/0021): every group reads them; admins add and change them (the database
// checks name, price, quota and that one stays active, with one sentence per refusal).
class TicketTypeRepository
{
public:
    explicit TicketTypeRepository(QSqlDatabase db);

    // In the order they are offered: sort order, then age.
    Result<QList<TicketType>> forEvent(qint64 eventId);
    // A new type (id 0) or changes to one; answers its id.
    Result<qint64> save(const TicketType &type);

private:
    QSqlDatabase m_db;
};

} // namespace Marquee

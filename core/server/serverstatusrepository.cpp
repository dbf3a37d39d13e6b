#include "serverstatusrepository.h"

#include "database/connection.h"

#include <QSqlQuery>

namespace Marquee {

ServerStatusRepository::ServerStatusRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<ServerStatus> ServerStatusRepository::current()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto r = Connection::exec(q, QStringLiteral(
            "SELECT connections_used, connections_max, connections_reserved, notification_queue_usage "
            "FROM marquee.server_status()")); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::Internal, QStringLiteral("server_status returned no row"));
    return ServerStatus{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toDouble()};
}

} // namespace Marquee

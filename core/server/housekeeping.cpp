#include "housekeeping.h"

#include "database/connection.h"

#include <QSqlQuery>

namespace Marquee {

Housekeeping::Housekeeping(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<HousekeepingAction>> Housekeeping::run()
{
    QSqlQuery q = Connection::query(m_db);
    if (auto r = Connection::exec(q, QStringLiteral("SELECT rule, pid, login, ended FROM marquee.housekeeping()")); !r)
        return r.error();
    QList<HousekeepingAction> actions;
    while (q.next())
        actions.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toBool()});
    return actions;
}

} // namespace Marquee

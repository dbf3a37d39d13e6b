#include "auditrepository.h"

#include "database/connection.h"
#include "database/sqlvalues.h"

#include <QSqlQuery>
#include <QStringList>

namespace Marquee {

AuditRepository::AuditRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<AuditEntry>> AuditRepository::list(const AuditQuery &query)
{
    QStringList where;
    QList<QPair<QString, QVariant>> binds;
    if (query.from.isValid()) {
        where << QStringLiteral("occurred_at >= :from::timestamptz");
        binds.append({QStringLiteral(":from"), Sql::timestamp(query.from)});
    }
    if (query.until.isValid()) {
        where << QStringLiteral("occurred_at < :until::timestamptz");
        binds.append({QStringLiteral(":until"), Sql::timestamp(query.until)});
    }
    if (!query.tableName.isEmpty()) {
        where << QStringLiteral("table_name = :table");
        binds.append({QStringLiteral(":table"), query.tableName});
    }
    if (!query.actor.isEmpty()) {
        where << QStringLiteral("actor = :actor");
        binds.append({QStringLiteral(":actor"), query.actor});
    }
    if (query.beforeId > 0) {
        where << QStringLiteral("id < :before");
        binds.append({QStringLiteral(":before"), query.beforeId});
    }
    QString sql = QStringLiteral(
        "SELECT id, occurred_at, actor, table_name, row_id, action, old_values::text, new_values::text "
        "FROM marquee.audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT :limit");
    QSqlQuery q = Connection::query(m_db);
    q.prepare(sql);
    for (const auto &[name, value] : std::as_const(binds))
        q.bindValue(name, value);
    q.bindValue(QStringLiteral(":limit"), qBound(1, query.limit, 10000));
    if (auto r = Connection::exec(q); !r)
        return r.error();
    QList<AuditEntry> entries;
    while (q.next()) {
        entries.append(AuditEntry{q.value(0).toLongLong(), q.value(1).toDateTime(), q.value(2).toString(),
                                  q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                  q.value(6).toString(), q.value(7).toString()});
    }
    return entries;
}

} // namespace Marquee

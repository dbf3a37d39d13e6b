#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace Marquee {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime occurredAt;
    QString actor;
    QString tableName;
    QString rowId;
    QString action;
    QString oldValues;  // JSON text
    QString newValues;  // JSON text
};

struct AuditQuery
{
    QDateTime from;
    QDateTime until;
    QString tableName;
    QString actor;
    int limit = 500;
    qint64 beforeId = 0;  // keyset paging, newest first
};

// The append-only audit log (admins read it; nobody changes it).
class AuditRepository
{
public:
    explicit AuditRepository(QSqlDatabase db);
    Result<QList<AuditEntry>> list(const AuditQuery &query);

private:
    QSqlDatabase m_db;
};

} // namespace Marquee

#pragma once

#include <QDateTime>
#include <QString>

namespace Marquee {

// One entry of the append-only audit log: who changed what, when, before and after.
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

} // namespace Marquee

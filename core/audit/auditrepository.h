#pragma once

#include "common/result.h"
#include "domain/audit.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace Marquee {

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

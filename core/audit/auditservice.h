#pragma once

#include "domain/audit.h"
#include "service/reply.h"

#include <QList>

namespace Marquee {

class DatabaseWorker;

// The append-only audit log, for admins to read.
class AuditService final
{
public:
    explicit AuditService(DatabaseWorker *reads);

    Reply<QList<AuditEntry>> list(const AuditQuery &query);

private:
    DatabaseWorker *m_reads = nullptr;
};

} // namespace Marquee

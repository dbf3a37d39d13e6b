#pragma once

#include "domain/staff.h"
#include "service/reply.h"

#include <QList>

namespace Marquee {

class DatabaseWorker;

// Staff and terminal logins, as admins manage them (through the database's own definer functions).
class StaffService final
{
public:
    StaffService(DatabaseWorker *reads, DatabaseWorker *writes);

    Reply<QList<StaffLogin>> list();
    Reply<void> create(const QString &login, const QString &password, StaffGroup group, const QString &fullName);
    Reply<void> setEnabled(const QString &login, bool enabled);
    Reply<void> resetPassword(const QString &login, const QString &password);

private:
    DatabaseWorker *m_reads = nullptr;
    DatabaseWorker *m_writes = nullptr;
};

} // namespace Marquee

#pragma once

#include "domain/report.h"
#include "service/reply.h"

namespace Marquee {

class DatabaseWorker;

// What the admin's reports page asks, on the read worker (a long report never delays a sale).
class ReportService final
{
public:
    explicit ReportService(DatabaseWorker *reads);

    Reply<SalesReport> sales(const QDateTime &from, const QDateTime &until);
    Reply<QList<AttendanceLine>> attendance(const QDateTime &from, const QDateTime &until);

private:
    DatabaseWorker *m_reads = nullptr;
};

} // namespace Marquee

#pragma once

#include "common/result.h"
#include "domain/report.h"

#include <QSqlDatabase>

namespace Marquee {

// The reports' SQL (migrations/0036): admins only; every figure is the database's, money exact.
class ReportRepository
{
public:
    explicit ReportRepository(QSqlDatabase db);

    Result<SalesReport> sales(const QDateTime &from, const QDateTime &until);
    Result<QList<AttendanceLine>> attendance(const QDateTime &from, const QDateTime &until);

private:
    QSqlDatabase m_db;
};

} // namespace Marquee

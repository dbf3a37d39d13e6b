#pragma once

#include "common/result.h"
#include "domain/staff.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace Marquee {

// Staff and terminal logins, through the SECURITY DEFINER functions only admins may call.
class StaffRepository
{
public:
    explicit StaffRepository(QSqlDatabase db);

    Result<QList<StaffLogin>> list();
    Result<void> create(const QString &login, const QString &password, StaffGroup group, const QString &fullName = {});
    Result<void> setEnabled(const QString &login, bool enabled);
    Result<void> resetPassword(const QString &login, const QString &password);

private:
    QSqlDatabase m_db;
};

} // namespace Marquee

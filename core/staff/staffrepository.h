#pragma once

#include "common/result.h"
#include "session/sessionrepository.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace Marquee {

// A staff member's or a kiosk terminal's own database login.
struct StaffLogin
{
    QString login;
    StaffGroup group = StaffGroup::None;
    QString fullName;
    bool enabled = true;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
};

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

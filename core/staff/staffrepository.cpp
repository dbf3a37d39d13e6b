#include "staffrepository.h"

#include "database/connection.h"
#include "validation/validation.h"

#include <QSqlQuery>

namespace Marquee {

namespace {

StaffGroup groupFrom(const QString &name)
{
    if (name == QLatin1String("marquee_admin"))
        return StaffGroup::Admin;
    if (name == QLatin1String("marquee_box_office"))
        return StaffGroup::BoxOffice;
    if (name == QLatin1String("marquee_kiosk"))
        return StaffGroup::Kiosk;
    if (name == QLatin1String("marquee_door"))
        return StaffGroup::Door;
    return StaffGroup::None;
}

} // namespace

StaffRepository::StaffRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<StaffLogin>> StaffRepository::list()
{
    QSqlQuery q = Connection::query(m_db);
    if (auto r = Connection::exec(q, QStringLiteral(
            "SELECT login, group_name, full_name, enabled, created_by, created_at, updated_at "
            "FROM marquee.staff_logins ORDER BY login")); !r)
        return r.error();
    QList<StaffLogin> logins;
    while (q.next()) {
        logins.append(StaffLogin{q.value(0).toString(), groupFrom(q.value(1).toString()), q.value(2).toString(),
                                 q.value(3).toBool(), q.value(4).toString(), q.value(5).toDateTime(),
                                 q.value(6).toDateTime()});
    }
    return logins;
}

Result<void> StaffRepository::create(const QString &login, const QString &password, StaffGroup group,
                                     const QString &fullName)
{
    if (!Validation::isValidLoginName(login) || password.size() < 8 || group == StaffGroup::None)
        return Error(ErrorCode::InvalidStaffLogin);
    if (auto problem = Validation::checkStaffFullName(fullName))
        return *problem;
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT marquee.create_staff_login(:login, :password, :group, :name)"));
    q.bindValue(QStringLiteral(":login"), login);
    q.bindValue(QStringLiteral(":password"), password);
    q.bindValue(QStringLiteral(":group"), staffGroupName(group));
    q.bindValue(QStringLiteral(":name"), fullName);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    return Connection::committed(q);
}

Result<void> StaffRepository::setEnabled(const QString &login, bool enabled)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT marquee.set_staff_login_enabled(:login, :enabled)"));
    q.bindValue(QStringLiteral(":login"), login);
    q.bindValue(QStringLiteral(":enabled"), enabled);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    return Connection::committed(q);
}

Result<void> StaffRepository::resetPassword(const QString &login, const QString &password)
{
    if (password.size() < 8)
        return Error(ErrorCode::InvalidStaffLogin);
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT marquee.reset_staff_password(:login, :password)"));
    q.bindValue(QStringLiteral(":login"), login);
    q.bindValue(QStringLiteral(":password"), password);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    return Connection::committed(q);
}

} // namespace Marquee

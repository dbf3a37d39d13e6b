#include "sessionrepository.h"

#include "database/connection.h"

#include <QSqlQuery>

namespace Marquee {

QString staffGroupName(StaffGroup group)
{
    switch (group) {
    case StaffGroup::Admin: return QStringLiteral("marquee_admin");
    case StaffGroup::BoxOffice: return QStringLiteral("marquee_box_office");
    case StaffGroup::Kiosk: return QStringLiteral("marquee_kiosk");
    case StaffGroup::Door: return QStringLiteral("marquee_door");
    case StaffGroup::None: break;
    }
    return QString();
}

SessionRepository::SessionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<SessionInfo> SessionRepository::current()
{
    QSqlQuery q = Connection::query(m_db);
    const bool ok = q.exec(QStringLiteral(
        "SELECT session_user::text, r.rolsuper, "
        "  (SELECT d.datdba = r.oid FROM pg_catalog.pg_database d WHERE d.datname = current_database()), "
        "  EXISTS (SELECT 1 FROM pg_catalog.pg_roles g WHERE g.rolname = 'marquee_admin') "
        "    AND pg_catalog.pg_has_role(session_user, 'marquee_admin', 'MEMBER'), "
        "  EXISTS (SELECT 1 FROM pg_catalog.pg_roles g WHERE g.rolname = 'marquee_box_office') "
        "    AND pg_catalog.pg_has_role(session_user, 'marquee_box_office', 'MEMBER'), "
        "  EXISTS (SELECT 1 FROM pg_catalog.pg_roles g WHERE g.rolname = 'marquee_kiosk') "
        "    AND pg_catalog.pg_has_role(session_user, 'marquee_kiosk', 'MEMBER'), "
        "  EXISTS (SELECT 1 FROM pg_catalog.pg_roles g WHERE g.rolname = 'marquee_door') "
        "    AND pg_catalog.pg_has_role(session_user, 'marquee_door', 'MEMBER'), "
        "  current_setting('server_version') "
        "FROM pg_catalog.pg_roles r WHERE r.rolname = session_user"));
    if (!ok)
        return Connection::errorOf(q);
    if (!q.next())
        return Error(ErrorCode::Internal, QStringLiteral("session user not found in pg_roles"));
    SessionInfo info;
    info.login = q.value(0).toString();
    info.isSuperuser = q.value(1).toBool();
    info.isDatabaseOwner = q.value(2).toBool();
    if (info.isSuperuser || info.isDatabaseOwner || q.value(3).toBool())
        info.group = StaffGroup::Admin;
    else if (q.value(4).toBool())
        info.group = StaffGroup::BoxOffice;
    else if (q.value(5).toBool())
        info.group = StaffGroup::Kiosk;
    else if (q.value(6).toBool())
        info.group = StaffGroup::Door;
    info.serverVersion = q.value(7).toString();
    return info;
}

} // namespace Marquee

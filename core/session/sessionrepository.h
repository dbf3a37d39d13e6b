#pragma once

#include "common/result.h"
#include "domain/session.h"

#include <QSqlDatabase>
#include <QString>

namespace Marquee {

class SessionRepository
{
public:
    explicit SessionRepository(QSqlDatabase db);

    // Asks the catalog, not a table of ours: a superuser or the database owner counts as admin.
    Result<SessionInfo> current();

private:
    QSqlDatabase m_db;
};

} // namespace Marquee

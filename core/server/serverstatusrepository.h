#pragma once

#include "common/result.h"
#include "domain/serverstatus.h"

#include <QSqlDatabase>

namespace Marquee {

class ServerStatusRepository
{
public:
    explicit ServerStatusRepository(QSqlDatabase db);

    // Admins only (marquee.server_status()).
    Result<ServerStatus> current();

private:
    QSqlDatabase m_db;
};

} // namespace Marquee

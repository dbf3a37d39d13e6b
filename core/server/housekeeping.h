#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Marquee {

// One thing marquee.housekeeping() did, or could not do.
struct HousekeepingAction
{
    // "lock_holder", "idle_in_transaction", "long_statement", "client_write" (a session it found stuck),
    // "cannot_read_activity", "cannot_end_sessions" (rights the schema owner lacks), "failed".
    QString rule;
    int pid = 0;
    QString login;      // empty unless the caller is an admin or the owner
    bool ended = false;

    bool isMissingRight() const
    {
        return rule == QLatin1String("cannot_read_activity") || rule == QLatin1String("cannot_end_sessions");
    }
};

// Ends terminal sessions that would stall the venue (see migrations/0005_housekeeping.sql): every
// terminal's listener runs it on its heartbeat, and `marquee guard` runs it on the server.
class Housekeeping
{
public:
    explicit Housekeeping(QSqlDatabase db);

    Result<QList<HousekeepingAction>> run();

private:
    QSqlDatabase m_db;
};

} // namespace Marquee

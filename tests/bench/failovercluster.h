#pragma once

#include "benchserver.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Marquee::Bench {

// The servers of the failover scenario, all on this machine through scripts/pg-local.sh, each on a Unix socket
// in a folder of its own (no ports to clash): a primary archiving its WAL into a folder, a base backup of it
// for a restore to a point in time, a streaming standby made with pg_basebackup, and, at the end, the restore.
// fsync stays on everywhere. Every method blocks (runs the script) and may be called from any thread, one at
// a time; the destructor stops whatever still runs.
class FailoverCluster final
{
public:
    explicit FailoverCluster(const QString &scriptPath);
    ~FailoverCluster();
    FailoverCluster(const FailoverCluster &) = delete;
    FailoverCluster &operator=(const FailoverCluster &) = delete;

    bool startPrimary();
    // A base backup of the running primary, kept for restoreTo().
    bool takeBaseBackup();
    // A streaming standby of the primary, connecting as standbyName().
    bool startStandby();
    // As a crash: pg_ctl stop -m immediate.
    bool killPrimary();
    bool promoteStandby();
    // Starts the base backup in a folder of its own and replays the archive up to `targetTime` (timestamptz).
    bool restoreTo(const QString &targetTime);

    // Admin access (the superuser over the socket) to each server; valid once it runs.
    BenchServer &primary() { return m_primary; }
    BenchServer &standby() { return m_standby; }
    BenchServer &restored() { return m_restored; }
    QString primaryFolder() const { return folder(QStringLiteral("primary")); }
    QString standbyFolder() const { return folder(QStringLiteral("standby")); }
    QString errorString() const { return m_error; }

    // What synchronous_standby_names on the primary calls the standby.
    static QString standbyName() { return QStringLiteral("marquee_standby"); }

private:
    QString folder(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }
    bool script(const QStringList &arguments);
    bool connect(BenchServer &server, const QString &name);

    QString m_script;
    QTemporaryDir m_dir;
    BenchServer m_primary;
    BenchServer m_standby;
    BenchServer m_restored;
    QStringList m_started;
    QString m_error;
};

} // namespace Marquee::Bench

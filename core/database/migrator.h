#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Marquee {

// One numbered SQL file of migrations/, embedded in the binary.
struct Migration
{
    int version = 0;
    QString name;           // "0002_booking.sql"
    QByteArray sql;
    QString checksum;       // SHA-256 of the file, hex
};

struct MigrationReport
{
    QStringList applied;    // names applied by this run, in order
    int alreadyApplied = 0;
    int schemaVersion = 0;  // after the run
    QStringList warnings;   // what the migrating role could not do (one English sentence each)
};

// Brings a database's schema up to the migrations this build carries.
// Each file runs in its own transaction and is recorded in marquee.schema_migrations with its checksum.
// That transaction first locks marquee.schema_migrations, which only its owner may lock: migrators that
// start at the same moment take turns, and each finds what the others applied. (A session advisory lock
// did this before, but any login may take any advisory key: a kiosk could stall the migrator forever.)
// A migration's own statements wait at most lockTimeout for tables other sessions hold, then fail
// with MigrationLockTimeout, changing nothing. A database that is newer than this build, or whose
// applied files differ from ours, is refused before anything runs.
class Migrator
{
public:
    explicit Migrator(QSqlDatabase db, QList<Migration> migrations = bundledMigrations());

    Result<MigrationReport> migrate();

    // How long a migration's statements may wait for a lock (default 20 s: longer than the 10 s after
    // which housekeeping ends a terminal session that holds a lock someone waits for).
    void setLockTimeout(int ms) { m_lockTimeoutMs = ms; }

    // The newest version recorded in the database (0 for an empty database).
    Result<int> schemaVersion();

    // The migrations compiled into this build (the :/migrations resource), ordered by version.
    static QList<Migration> bundledMigrations();
    static QString checksumOf(const QByteArray &sql);

private:
    Result<void> ensureHistoryTable();
    Result<void> verifyHistory(QList<int> &appliedVersions);
    Result<bool> apply(const Migration &migration);
    QStringList warnings();

    QSqlDatabase m_db;
    QList<Migration> m_migrations;
    int m_lockTimeoutMs = 20000;
};

} // namespace Marquee

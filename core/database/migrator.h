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
};

// Brings a database's schema up to the migrations this build carries.
// Each file runs in its own transaction and is recorded in marquee.schema_migrations with its checksum.
// A session advisory lock makes terminals that start at the same moment migrate exactly once: the
// others wait, then find nothing left to do. A database that is newer than this build, or whose
// applied files differ from ours, is refused before anything runs.
class Migrator
{
public:
    explicit Migrator(QSqlDatabase db, QList<Migration> migrations = bundledMigrations());

    Result<MigrationReport> migrate();

    // The newest version recorded in the database (0 for an empty database).
    Result<int> schemaVersion();

    // The migrations compiled into this build (the :/migrations resource), ordered by version.
    static QList<Migration> bundledMigrations();
    static QString checksumOf(const QByteArray &sql);

private:
    Result<void> ensureHistoryTable();
    Result<void> verifyHistory(QList<int> &appliedVersions);
    Result<void> apply(const Migration &migration);

    QSqlDatabase m_db;
    QList<Migration> m_migrations;
};

} // namespace Marquee

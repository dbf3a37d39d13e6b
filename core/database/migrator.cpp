#include "migrator.h"

#include "connection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Marquee {

Migrator::Migrator(QSqlDatabase db, QList<Migration> migrations)
    : m_db(std::move(db))
    , m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

QString Migrator::checksumOf(const QByteArray &sql)
{
    return QString::fromLatin1(QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex());
}

QList<Migration> Migrator::bundledMigrations()
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QRegularExpressionMatch match = fileName.match(name);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Migration migration;
        migration.version = match.captured(1).toInt();
        migration.name = name;
        migration.sql = file.readAll();
        migration.checksum = checksumOf(migration.sql);
        migrations.append(migration);
    }
    return migrations;
}

Result<void> Migrator::ensureHistoryTable()
{
    // Two migrators creating the table at the same instant: the second fails on the catalog's unique
    // index once the first commits (IF NOT EXISTS looked before either had it). Then it exists.
    Result<void> created;
    for (int attempt = 0; attempt < 3; ++attempt) {
        QSqlQuery query(m_db);
        created = Connection::exec(query, QStringLiteral(
            "CREATE SCHEMA IF NOT EXISTS marquee;"
            "CREATE TABLE IF NOT EXISTS marquee.schema_migrations ("
            "  version integer PRIMARY KEY,"
            "  name text NOT NULL,"
            "  checksum text NOT NULL,"
            "  applied_at timestamptz NOT NULL DEFAULT now(),"
            "  applied_by text NOT NULL DEFAULT session_user);"
            "REVOKE ALL ON marquee.schema_migrations FROM PUBLIC;"));
        const QString state = created ? QString() : created.error().sqlState();
        if (state != QLatin1String("23505") && state != QLatin1String("42P06") && state != QLatin1String("42P07"))
            break;
    }
    return created;
}

Result<void> Migrator::verifyHistory(QList<int> &appliedVersions)
{
    QSqlQuery query = Connection::query(m_db);
    if (auto r = Connection::exec(query, QStringLiteral(
            "SELECT version, name, checksum FROM marquee.schema_migrations ORDER BY version")); !r)
        return r.error();
    const int newestKnown = m_migrations.isEmpty() ? 0 : m_migrations.last().version;
    while (query.next()) {
        const int version = query.value(0).toInt();
        const QString name = query.value(1).toString();
        const QString checksum = query.value(2).toString();
        if (version > newestKnown)
            return Error(ErrorCode::SchemaTooNew,
                         QStringLiteral("database has migration %1 (%2); this build knows up to %3")
                             .arg(version).arg(name).arg(newestKnown));
        const auto known = std::find_if(m_migrations.cbegin(), m_migrations.cend(),
                                        [version](const Migration &m) { return m.version == version; });
        if (known == m_migrations.cend())
            return Error(ErrorCode::SchemaChecksumMismatch,
                         QStringLiteral("database has migration %1 (%2) that this build does not know").arg(version).arg(name));
        if (known->checksum != checksum)
            return Error(ErrorCode::SchemaChecksumMismatch,
                         QStringLiteral("migration %1 was changed after it was applied (checksum %2, file %3)")
                             .arg(name, checksum, known->checksum));
        appliedVersions.append(version);
    }
    return {};
}

// Returns false when another migrator applied it while this one waited for its turn.
Result<bool> Migrator::apply(const Migration &migration)
{
    if (!m_db.transaction())
        return Error::fromSql(m_db.lastError());
    QSqlQuery turn(m_db);
    // Waiting here is waiting for another migrator (only the owner may lock the history): no timeout.
    if (!turn.exec(QStringLiteral("SET LOCAL lock_timeout = 0"))
        || !turn.exec(QStringLiteral("LOCK TABLE marquee.schema_migrations IN SHARE ROW EXCLUSIVE MODE"))
        || !turn.exec(QStringLiteral("SELECT 1 FROM marquee.schema_migrations WHERE version = %1").arg(migration.version))) {
        const Error cause = Connection::errorOf(turn);
        m_db.rollback();
        return Error(ErrorCode::MigrationFailed, migration.name + QStringLiteral(": ") + cause.detail());
    }
    if (turn.next()) {
        turn.finish();
        m_db.commit();
        return false;
    }
    turn.finish();
    QSqlQuery query(m_db);
    // A whole file goes in one simple-protocol call: prepare() would mangle $$ bodies and ':' casts.
    if (!query.exec(QStringLiteral("SET LOCAL lock_timeout = %1").arg(m_lockTimeoutMs))
        || !query.exec(QString::fromUtf8(migration.sql))) {
        const Error cause = Connection::errorOf(query);
        m_db.rollback();
        return Error(cause.sqlState() == QLatin1String("55P03") ? ErrorCode::MigrationLockTimeout : ErrorCode::MigrationFailed,
                     migration.name + QStringLiteral(": ") + cause.detail());
    }
    QSqlQuery record(m_db);
    record.prepare(QStringLiteral("INSERT INTO marquee.schema_migrations (version, name, checksum) VALUES (:v, :n, :c)"));
    record.bindValue(QStringLiteral(":v"), migration.version);
    record.bindValue(QStringLiteral(":n"), migration.name);
    record.bindValue(QStringLiteral(":c"), migration.checksum);
    if (!record.exec()) {
        const Error cause = Connection::errorOf(record);
        m_db.rollback();
        return Error(ErrorCode::MigrationFailed, migration.name + QStringLiteral(": ") + cause.detail());
    }
    if (!m_db.commit()) {
        const Error cause = Error::fromSql(m_db.lastError());
        m_db.rollback();
        return Error(ErrorCode::MigrationFailed, migration.name + QStringLiteral(": ") + cause.detail());
    }
    return true;
}

QStringList Migrator::warnings()
{
    QStringList found;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT has_database_privilege('public', current_database(), 'TEMPORARY'), current_database()"))
        && q.next() && q.value(0).toBool())
        found << QStringLiteral("every login may still create temporary tables in database %1; as its owner, run "
                                "REVOKE TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(q.value(1).toString());
    return found;
}

Result<MigrationReport> Migrator::migrate()
{
    if (m_migrations.isEmpty())
        return Error(ErrorCode::MigrationFailed, QStringLiteral("no migrations are bundled in this build"));

    QSqlQuery quiet(m_db);
    // "schema already exists, skipping" and friends are not news for the person running this.
    quiet.exec(QStringLiteral("SET client_min_messages = warning"));

    auto run = [this]() -> Result<MigrationReport> {
        if (auto r = ensureHistoryTable(); !r)
            return r.error();
        QList<int> applied;
        if (auto r = verifyHistory(applied); !r)
            return r.error();
        MigrationReport report;
        report.alreadyApplied = int(applied.size());
        for (const Migration &migration : std::as_const(m_migrations)) {
            if (applied.contains(migration.version))
                continue;
            auto outcome = apply(migration);
            if (!outcome)
                return outcome.error();
            if (outcome.value())
                report.applied.append(migration.name);
            else
                ++report.alreadyApplied;
        }
        report.schemaVersion = m_migrations.last().version;
        report.warnings = warnings();
        return report;
    };
    return run();
}

Result<int> Migrator::schemaVersion()
{
    QSqlQuery query = Connection::query(m_db);
    if (auto r = Connection::exec(query, QStringLiteral(
            "SELECT CASE WHEN to_regclass('marquee.schema_migrations') IS NULL THEN 0 END")); !r)
        return r.error();
    if (query.next() && !query.value(0).isNull())
        return 0;
    if (auto r = Connection::exec(query, QStringLiteral("SELECT coalesce(max(version), 0) FROM marquee.schema_migrations")); !r)
        return r.error();
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace Marquee

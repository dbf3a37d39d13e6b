#include "benchserver.h"

#include "database/connection.h"
#include "database/migrator.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Marquee::Bench {

namespace {

QString superuserName()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        return QStringLiteral("postgres");
    if (const passwd *entry = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return QStringLiteral("postgres");
}

} // namespace

BenchServer::~BenchServer()
{
    stop();
}

bool BenchServer::startPrivate(const QString &scriptPath, int maxConnections)
{
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/marquee-bench-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: ") + m_dir->errorString();
        return false;
    }
    m_script = scriptPath;
    // No --fast: fsync and synchronous_commit stay on, as in production.
    QProcess script;
    QStringList arguments{scriptPath, QStringLiteral("start"), m_dir->path()};
    if (maxConnections > 0)
        arguments << QStringLiteral("--max-connections") << QString::number(maxConnections);
    script.start(QStringLiteral("bash"), arguments);
    if (!script.waitForFinished(120000) || script.exitCode() != 0) {
        m_error = QStringLiteral("pg-local.sh start failed: ") + QString::fromLocal8Bit(script.readAllStandardError());
        return false;
    }
    m_private = true;
    m_admin = ConnectionProfile();
    m_admin.host = m_dir->path();
    m_admin.port = 5432;
    m_admin.user = superuserName();
    m_admin.database = QStringLiteral("postgres");
    m_admin.applicationName = QStringLiteral("marquee-bench-admin");
    m_admin.statementTimeoutMs = 0;
    m_admin.lockTimeoutMs = 0;
    return true;
}

bool BenchServer::useExisting(const QString &connInfo)
{
    auto profile = ConnectionProfile::fromConnInfo(connInfo);
    if (!profile) {
        m_error = profile.error().detail();
        return false;
    }
    m_admin = profile.value();
    m_admin.applicationName = QStringLiteral("marquee-bench-admin");
    m_admin.statementTimeoutMs = 0;
    m_admin.lockTimeoutMs = 0;
    if (m_admin.user.isEmpty())
        m_admin.user = superuserName();
    return true;
}

void BenchServer::stop()
{
    if (m_private && m_dir) {
        QProcess script;
        script.start(QStringLiteral("bash"), {m_script, QStringLiteral("stop"), m_dir->path()});
        script.waitForFinished(60000);
    }
    m_private = false;
    m_dir.reset();
}

QString BenchServer::description() const
{
    return m_private ? QStringLiteral("private PostgreSQL (fsync on) in ") + m_admin.host
                     : QStringLiteral("given server ") + m_admin.displayName();
}

ConnectionProfile BenchServer::superuser(const QString &database) const
{
    ConnectionProfile profile = m_admin;
    profile.database = database;
    return profile;
}

ConnectionProfile BenchServer::superuserVia(const QString &database, quint16 proxyPort) const
{
    ConnectionProfile profile = superuser(database);
    profile.applicationName = QStringLiteral("marquee-bench");
    if (proxyPort != 0) {
        profile.host = QStringLiteral("127.0.0.1");
        profile.port = proxyPort;
        profile.sslMode = QStringLiteral("disable");
    }
    return profile;
}

ConnectionProfile BenchServer::terminal(const QString &database, quint16 proxyPort) const
{
    ConnectionProfile profile = superuserVia(database, proxyPort);
    profile.user = boxOfficeLogin();
    profile.password = QStringLiteral("marquee-bench");
    // The terminals' own defaults (ConnectionProfile): statement and lock timeouts as in the app.
    profile.statementTimeoutMs = ConnectionProfile().statementTimeoutMs;
    profile.lockTimeoutMs = ConnectionProfile().lockTimeoutMs;
    return profile;
}

bool BenchServer::exec(const QString &database, const QString &sql)
{
    const QString name = Connection::uniqueName(QStringLiteral("bench-admin"));
    bool ok = false;
    {
        auto db = Connection::open(superuser(database), name);
        if (!db) {
            m_error = db.error().detail();
        } else {
            QSqlQuery q(db.value());
            ok = q.exec(sql);
            if (!ok)
                m_error = q.lastError().text();
        }
    }
    Connection::close(name);
    return ok;
}

QString BenchServer::scalar(const QString &database, const QString &sql)
{
    const QString name = Connection::uniqueName(QStringLiteral("bench-admin"));
    QString value;
    {
        auto db = Connection::open(superuser(database), name);
        if (!db) {
            m_error = db.error().detail();
        } else {
            QSqlQuery q(db.value());
            if (q.exec(sql) && q.next())
                value = q.value(0).toString();
            else
                m_error = q.lastError().text();
        }
    }
    Connection::close(name);
    return value;
}

bool BenchServer::createDatabase(const QString &name)
{
    if (!exec(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name))
        || !exec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name)))
        return false;
    const QString connection = Connection::uniqueName(QStringLiteral("bench-migrate"));
    bool ok = false;
    {
        auto db = Connection::open(superuser(name), connection);
        if (!db) {
            m_error = db.error().detail();
        } else {
            Migrator migrator(db.value());
            auto report = migrator.migrate();
            ok = report.ok();
            if (!ok)
                m_error = report.error().detail();
        }
    }
    Connection::close(connection);
    if (!ok)
        return false;
    // Roles are cluster-wide: made once, reused by every scenario's database. Each login's desk has its shift open,
    // as a box office's is before it takes cash (migrations/0030, MQ017).
    return exec(name, QStringLiteral(
        "DO $$ DECLARE v_login text; BEGIN "
        "FOREACH v_login IN ARRAY ARRAY['%1'] || ARRAY(SELECT format('%2', g) FROM generate_series(0, %3 - 1) g) LOOP "
        "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_login) THEN "
        "EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE marquee_box_office', v_login, 'marquee-bench'); END IF; "
        "IF to_regclass('marquee.shifts') IS NOT NULL THEN "
        "INSERT INTO marquee.shifts (login, desk, opening_float) SELECT v_login, v_login, 0 "
        "WHERE NOT EXISTS (SELECT 1 FROM marquee.shifts s WHERE s.login = v_login AND s.closed_at IS NULL); END IF; "
        "END LOOP; END $$")
        .arg(boxOfficeLogin(), QStringLiteral("marquee_bench_desk_%s"), QString::number(DeskCount)));
}

QString BenchServer::deskLogin(int index)
{
    return QStringLiteral("marquee_bench_desk_%1").arg(index % DeskCount);
}

ConnectionProfile BenchServer::atDesk(const ConnectionProfile &terminal, int index)
{
    ConnectionProfile profile = terminal;
    if (profile.user == boxOfficeLogin())
        profile.user = deskLogin(index);
    return profile;
}

} // namespace Marquee::Bench

#include "testdatabase.h"

#include "database/connection.h"
#include "database/migrator.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QUuid>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest/QTest>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Marquee::Test {

QString TestDatabase::socketDirectory()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("MARQUEE_TEST_PGHOST"));
}

QString TestDatabase::superuserName()
{
#ifdef Q_OS_UNIX
    // The fixture's server was initialised by the postgres user when the run is root, else by us.
    if (::geteuid() == 0)
        return QStringLiteral("postgres");
    if (const passwd *entry = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("USER"), QStringLiteral("postgres"));
}

TestDatabase::TestDatabase(const QString &name, bool migrate)
    : m_databaseName(QStringLiteral("mqtest_") + name.toLower())
    , m_adminConnection(Connection::uniqueName(QStringLiteral("test-admin")))
{
    if (socketDirectory().isEmpty()) {
        m_error = QStringLiteral("MARQUEE_TEST_PGHOST is not set: run the test through ctest");
        return;
    }
    ConnectionProfile maintenance = superuserProfile();
    maintenance.database = QStringLiteral("postgres");
    {
        auto db = Connection::open(maintenance, m_adminConnection);
        if (!db) {
            m_error = db.error().detail();
            return;
        }
        QSqlQuery q(db.value());
        if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName))
            || !q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_databaseName))) {
            m_error = q.lastError().text();
        }
    }
    Connection::close(m_adminConnection);
    if (!m_error.isEmpty())
        return;

    if (migrate) {
        const QString name2 = Connection::uniqueName(QStringLiteral("test-migrate"));
        {
            QSqlDatabase db = open(name2);
            Migrator migrator(db);
            auto report = migrator.migrate();
            if (!report)
                m_error = report.error().detail();
        }
        Connection::close(name2);
        if (!m_error.isEmpty())
            return;
    }
    m_valid = true;
}

TestDatabase::~TestDatabase() = default;

ConnectionProfile TestDatabase::superuserProfile() const
{
    ConnectionProfile profile;
    profile.host = socketDirectory();
    profile.port = 5432;
    profile.database = m_databaseName;
    profile.user = superuserName();
    profile.applicationName = QStringLiteral("marquee-test");
    return profile;
}

ConnectionProfile TestDatabase::profileFor(const QString &login, const QString &password) const
{
    ConnectionProfile profile = superuserProfile();
    profile.user = login;
    profile.password = password;
    return profile;
}

QString TestDatabase::connInfo() const
{
    return QStringLiteral("host=%1 port=5432 dbname=%2 user=%3").arg(socketDirectory(), m_databaseName, superuserName());
}

QSqlDatabase TestDatabase::open(const QString &connectionName) const
{
    return open(connectionName, superuserProfile());
}

QSqlDatabase TestDatabase::open(const QString &connectionName, const ConnectionProfile &profile) const
{
    auto db = Connection::open(profile, connectionName);
    if (!db) {
        qWarning("cannot open %s: %s", qPrintable(connectionName), qPrintable(db.error().detail()));
        return QSqlDatabase::database(connectionName, false);
    }
    return db.value();
}

bool TestDatabase::exec(const QString &sql) const
{
    const QString name = Connection::uniqueName(QStringLiteral("test-exec"));
    bool ok = false;
    {
        QSqlDatabase db = open(name);
        QSqlQuery q(db);
        ok = q.exec(sql);
        if (!ok)
            qWarning("setup SQL failed: %s: %s", qPrintable(sql.left(200)), qPrintable(q.lastError().text()));
    }
    Connection::close(name);
    return ok;
}

bool TestDatabase::liftBookingLimits() const
{
    return exec(QStringLiteral("UPDATE marquee.booking_limits SET bookings_per_minute = NULL, tickets_per_customer_event = NULL"));
}

bool TestDatabase::createLogin(const QString &login, const QString &password, const QString &group) const
{
    // The password travels as a literal in this setup statement; test logins only.
    QString escaped = password;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return exec(QStringLiteral(
        "DO $$ BEGIN "
        "  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
        "    EXECUTE 'DROP OWNED BY %1'; EXECUTE 'DROP ROLE %1'; END IF; "
        "EXCEPTION WHEN others THEN NULL; END $$;"
        "DO $$ BEGIN "
        "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
        "    CREATE ROLE %1 LOGIN PASSWORD '%2'; END IF; "
        "  ALTER ROLE %1 LOGIN PASSWORD '%2'; END $$;"
        "GRANT %3 TO %1;").arg(login, escaped, group))
        && (group != QLatin1String("marquee_box_office") || openShiftFor(login));
}

bool TestDatabase::openShiftFor(const QString &login) const
{
    // As the desk itself would at the start of the day (migrations/0030): with a float of 0, so a test's cash
    // sales are what the drawer holds. Only once the schema has shifts (tst_migrator builds older ones).
    return exec(QStringLiteral(
        "DO $$ BEGIN IF to_regclass('marquee.shifts') IS NOT NULL THEN "
        "  INSERT INTO marquee.shifts (login, desk, opening_float) SELECT '%1', '%1', 0 "
        "   WHERE NOT EXISTS (SELECT 1 FROM marquee.shifts s WHERE s.login = '%1' AND s.closed_at IS NULL); "
        "END IF; END $$;").arg(login));
}

bool TestDatabase::closeShiftOf(const QString &login) const
{
    return exec(QStringLiteral(
        "SELECT marquee.force_close_shift(s.id, 0) FROM marquee.shifts s WHERE s.login = '%1' AND s.closed_at IS NULL")
                    .arg(login));
}

ConnectionProfile TestDatabase::loginProfile(const QString &group, const QString &suffix) const
{
    QString shortGroup = group;
    shortGroup.remove(QStringLiteral("marquee_"));
    // Roles are cluster-wide and tests run in parallel: the database's own name keeps them apart.
    QString login = m_databaseName.mid(int(qstrlen("mqtest_"))) + QLatin1Char('_') + shortGroup;
    if (!suffix.isEmpty())
        login += QLatin1Char('_') + suffix.toLower();
    login = login.left(63);
    static QHash<QString, QString> passwords;
    auto found = passwords.constFind(login);
    if (found == passwords.constEnd()) {
        const QString password = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!createLogin(login, password, group))
            qWarning("cannot create login %s in %s", qPrintable(login), qPrintable(group));
        found = passwords.insert(login, password);
    }
    ConnectionProfile profile = profileFor(login, *found);
    profile.applicationName = QStringLiteral("marquee-test-") + shortGroup;
    return profile;
}

int TestDatabase::terminateSessions(const QString &applicationNameLike) const
{
    const QString name = Connection::uniqueName(QStringLiteral("test-terminate"));
    int count = 0;
    {
        QSqlDatabase db = open(name);
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = :db AND pid <> pg_backend_pid() AND application_name LIKE :app"));
        q.bindValue(QStringLiteral(":db"), m_databaseName);
        q.bindValue(QStringLiteral(":app"), applicationNameLike);
        if (q.exec() && q.next())
            count = q.value(0).toInt();
    }
    Connection::close(name);
    return count;
}

} // namespace Marquee::Test

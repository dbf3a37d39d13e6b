// Nothing a kiosk can lock stalls the migrator (issue #10, point 8). A kiosk could stall `marquee
// migrate` with pg_advisory_lock on the migrator's key, and create temporary tables without limit.
// Now migrators take turns on a table only the owner may lock, a migration waits a bounded time for
// tables other sessions hold (MigrationLockTimeout, nothing applied), and TEMPORARY is revoked from
// PUBLIC (the migrator says so when it could not be).

#include "database/migrator.h"
#include "sqlsession.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QtTest/QtTest>

using namespace Marquee;
using Marquee::Test::SqlSession;

namespace {

// The bundled migrations plus one more, as the next release would bring it.
QList<Migration> withExtra(const QByteArray &sql, int *version)
{
    QList<Migration> migrations = Migrator::bundledMigrations();
    Migration extra;
    extra.version = migrations.last().version + 1;
    extra.name = QStringLiteral("%1_test_extra.sql").arg(extra.version, 4, 10, QLatin1Char('0'));
    extra.sql = sql;
    extra.checksum = Migrator::checksumOf(sql);
    migrations << extra;
    if (version)
        *version = extra.version;
    return migrations;
}

} // namespace

class TestMigrationLock : public QObject
{
    Q_OBJECT

private slots:
    void aKioskCannotStallTheMigrator()
    {
        Test::TestDatabase database(QStringLiteral("migrationlock_advisory"));
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        SqlSession kiosk(database.loginProfile(QStringLiteral("marquee_kiosk")), QStringLiteral("kiosk"));
        QVERIFY(kiosk.isOpen());
        // The old migrator's key ('MARQ'), and any other a later build might choose.
        QCOMPARE(kiosk.stateOf(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(0x4D415251)), QString());
        QCOMPARE(kiosk.stateOf(QStringLiteral("SELECT pg_advisory_lock(k) FROM generate_series(1, 50) k")), QString());
        // What the migrator locks now is refused to it.
        QCOMPARE(kiosk.stateOf(QStringLiteral("BEGIN")), QString());
        QCOMPARE(kiosk.stateOf(QStringLiteral("LOCK TABLE marquee.schema_migrations")), QStringLiteral("42501"));
        QCOMPARE(kiosk.stateOf(QStringLiteral("ROLLBACK")), QString());
        QCOMPARE(kiosk.stateOf(QStringLiteral("SELECT * FROM marquee.schema_migrations FOR UPDATE")), QStringLiteral("42501"));

        int version = 0;
        SqlSession owner(database.superuserProfile(), QStringLiteral("owner"));
        QElapsedTimer timer;
        timer.start();
        auto report = Migrator(owner.db(), withExtra("CREATE TABLE marquee.migration_probe (id int);", &version)).migrate();
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().detail()));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(report->applied.size(), 1);
        QCOMPARE(owner.value(QStringLiteral("SELECT max(version) FROM marquee.schema_migrations")).toInt(), version);
        QVERIFY(kiosk.isAlive());
    }

    void aMigrationWaitsOnlySoLongForTablesInUse()
    {
        Test::TestDatabase database(QStringLiteral("migrationlock_timeout"));
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        QVERIFY(database.exec(QStringLiteral("INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
                                             "VALUES ('Locked', 'Hall', now() + interval '5 days', 10, 1)")));
        ConnectionProfile profile = database.loginProfile(QStringLiteral("marquee_kiosk"));
        profile.statementTimeoutMs = 0;
        SqlSession kiosk(profile, QStringLiteral("kiosk"));
        QCOMPARE(kiosk.stateOf(QStringLiteral("BEGIN")), QString());
        QCOMPARE(kiosk.stateOf(QStringLiteral("SELECT * FROM marquee.book_tickets((SELECT min(id) FROM marquee.event_listing), 1, "
                                              "'Holder', '0823000001', gen_random_uuid())")),
                 QString());

        int version = 0;
        SqlSession owner(database.superuserProfile(), QStringLiteral("owner"));
        Migrator migrator(owner.db(), withExtra("ALTER TABLE marquee.bookings ADD COLUMN migration_probe integer;", &version));
        migrator.setLockTimeout(1000);
        QElapsedTimer timer;
        timer.start();
        auto report = migrator.migrate();
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code(), ErrorCode::MigrationLockTimeout);
        QVERIFY(report.error().message().contains(QStringLiteral("waited too long")));
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
        // Nothing of it was applied.
        QVERIFY(owner.value(QStringLiteral("SELECT max(version) FROM marquee.schema_migrations")).toInt() < version);
        QCOMPARE(owner.value(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'marquee' "
                                            "AND column_name = 'migration_probe'")).toInt(), 0);
        // Once the table is free, it goes through.
        QCOMPARE(kiosk.stateOf(QStringLiteral("ROLLBACK")), QString());
        auto again = migrator.migrate();
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().detail()));
        QCOMPARE(owner.value(QStringLiteral("SELECT max(version) FROM marquee.schema_migrations")).toInt(), version);
    }

    void noTemporaryTablesAndTheMigratorSaysWhenItCouldNot()
    {
        Test::TestDatabase database(QStringLiteral("migrationlock_temp"));
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        SqlSession kiosk(database.loginProfile(QStringLiteral("marquee_kiosk")), QStringLiteral("kiosk"));
        QCOMPARE(kiosk.stateOf(QStringLiteral("CREATE TEMP TABLE hoard (a int)")), QStringLiteral("42501"));
        SqlSession owner(database.superuserProfile(), QStringLiteral("owner"));
        auto clean = Migrator(owner.db()).migrate();
        QVERIFY(clean.ok());
        QVERIFY(clean->warnings.isEmpty());
        // A database whose owner granted it back (or a migrator that could not revoke it): said, not hidden.
        QVERIFY(database.exec(QStringLiteral("GRANT TEMPORARY ON DATABASE %1 TO PUBLIC").arg(database.databaseName())));
        auto warned = Migrator(owner.db()).migrate();
        QVERIFY(warned.ok());
        QCOMPARE(warned->warnings.size(), 1);
        QVERIFY(warned->warnings.first().contains(QStringLiteral("REVOKE TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(database.databaseName())));
    }
};

QTEST_GUILESS_MAIN(TestMigrationLock)
#include "tst_migrationlock.moc"

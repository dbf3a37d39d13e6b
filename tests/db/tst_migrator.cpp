#include "database/connection.h"
#include "database/migrator.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QThread>
#include <QtTest/QtTest>

#include <atomic>

using namespace Marquee;

// The migrator runs as the superuser on purpose: creating the schema, its groups and its functions is
// the owner's job, done once from the server (README, "Deploying"). tst_security's
// ownerWithoutSuperuserMigratesAnotherDatabase migrates as a CREATEROLE owner that is no superuser.
class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void bundledMigrationsAreOrdered()
    {
        const QList<Migration> migrations = Migrator::bundledMigrations();
        QVERIFY(migrations.size() >= 3);
        // Numbers rise; they may leave gaps (each piece of work has its own range: 0010-0019, 0020-0029, ...).
        for (int i = 0; i < migrations.size(); ++i) {
            QVERIFY(migrations.at(i).version > (i == 0 ? 0 : migrations.at(i - 1).version));
            QVERIFY(migrations.at(i).name.startsWith(QStringLiteral("%1_").arg(migrations.at(i).version, 4, 10, QLatin1Char('0'))));
            QCOMPARE(migrations.at(i).checksum.size(), 64);
        }
        QCOMPARE(migrations.first().version, 1);
    }

    void freshThenSecondRunChangesNothing()
    {
        Test::TestDatabase database(QStringLiteral("migrator_fresh"), false);
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        QSqlDatabase db = database.open(QStringLiteral("fresh"));
        Migrator migrator(db);
        QCOMPARE(migrator.schemaVersion().value(), 0);

        auto first = migrator.migrate();
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().detail()));
        QCOMPARE(first->applied.size(), Migrator::bundledMigrations().size());
        QCOMPARE(first->alreadyApplied, 0);

        auto second = migrator.migrate();
        QVERIFY(second.ok());
        QVERIFY(second->applied.isEmpty());
        QCOMPARE(second->alreadyApplied, Migrator::bundledMigrations().size());

        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), min(applied_at) IS NOT NULL FROM marquee.schema_migrations")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(Migrator::bundledMigrations().size()));
        for (const char *table : {"users", "events", "bookings", "tickets", "audit_log"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT to_regclass('marquee.%1') IS NOT NULL").arg(QLatin1String(table))));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toBool(), table);
        }
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void terminalsStartingAtOnceMigrateExactlyOnce()
    {
        Test::TestDatabase database(QStringLiteral("migrator_race"), false);
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        constexpr int Terminals = 6;
        std::atomic<int> failures{0};
        std::atomic<int> appliedTotal{0};
        QList<QThread *> threads;
        for (int i = 0; i < Terminals; ++i) {
            threads << QThread::create([&database, &failures, &appliedTotal, i] {
                const QString name = QStringLiteral("terminal-%1").arg(i);
                {
                    QSqlDatabase db = database.open(name);
                    Migrator migrator(db);
                    auto report = migrator.migrate();
                    if (!report)
                        ++failures;
                    else
                        appliedTotal += int(report->applied.size());
                }
                Connection::close(name);
            });
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(appliedTotal.load(), int(Migrator::bundledMigrations().size()));
    }

    void changedChecksumIsRefused()
    {
        Test::TestDatabase database(QStringLiteral("migrator_checksum"));
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        QVERIFY(database.exec(QStringLiteral("UPDATE marquee.schema_migrations SET checksum = 'deadbeef' WHERE version = 2")));
        QSqlDatabase db = database.open(QStringLiteral("checksum"));
        Migrator migrator(db);
        auto report = migrator.migrate();
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code(), ErrorCode::SchemaChecksumMismatch);
        QVERIFY(report.error().detail().contains(QStringLiteral("0002")));
        QVERIFY(!report.error().message().isEmpty());
    }

    void newerSchemaIsRefused()
    {
        Test::TestDatabase database(QStringLiteral("migrator_newer"));
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        QVERIFY(database.exec(QStringLiteral(
            "INSERT INTO marquee.schema_migrations (version, name, checksum) VALUES (999, '0999_future.sql', 'x')")));
        QSqlDatabase db = database.open(QStringLiteral("newer"));
        Migrator migrator(db);
        auto report = migrator.migrate();
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code(), ErrorCode::SchemaTooNew);
    }

    void failedMigrationLeavesNothingBehind()
    {
        Test::TestDatabase database(QStringLiteral("migrator_broken"));
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        QList<Migration> migrations = Migrator::bundledMigrations();
        Migration broken;
        broken.version = migrations.last().version + 1;
        broken.name = QStringLiteral("%1_broken.sql").arg(broken.version, 4, 10, QLatin1Char('0'));
        broken.sql = "CREATE TABLE marquee.half_done (id int); SELECT no_such_function();";
        broken.checksum = Migrator::checksumOf(broken.sql);
        migrations << broken;
        QSqlDatabase db = database.open(QStringLiteral("broken"));
        Migrator migrator(db, migrations);
        auto report = migrator.migrate();
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code(), ErrorCode::MigrationFailed);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT to_regclass('marquee.half_done') IS NULL, max(version) FROM marquee.schema_migrations")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
        QCOMPARE(q.value(1).toInt(), broken.version - 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"

#include "testdatabase.h"
#include "version.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QtTest/QtTest>

using namespace Marquee;

// The `marquee` command line as a person or a script uses it: migrate, demo-data, --version,
// and one clear sentence with a non-zero exit for every kind of failure. migrate and demo-data run
// as the superuser on purpose: they are the setup steps a DBA runs as the schema's owner (README,
// "Deploying"), never a terminal's login; tst_security migrates as an owner that is no superuser.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("cli"), false};

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run marquee(const QStringList &arguments)
    {
        QProcess process;
        process.setProgram(QProcessEnvironment::systemEnvironment().value(QStringLiteral("MARQUEE_BINARY_DIR"))
                           + QStringLiteral("/app/marquee"));
        process.setArguments(arguments);
        process.start();
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
    }

    void version()
    {
        const Run run = marquee({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("marquee ")));
        QVERIFY(run.out.contains(QStringLiteral(MARQUEE_VERSION_NUMBER)));
    }

    void badArgumentsSayWhat()
    {
        Run run = marquee({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("frobnicate")));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        run = marquee({QStringLiteral("migrate"), QStringLiteral("--db")});
        QCOMPARE(run.exitCode, 2);
        run = marquee({QStringLiteral("migrate"), QStringLiteral("--db"), QStringLiteral("port=notanumber")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        // The door's options: an entrance is a name, and only for the door; a door is not a kiosk.
        for (const QStringList &arguments : {QStringList{QStringLiteral("--door"), QStringLiteral("--entrance")},
                                             QStringList{QStringLiteral("--door"), QStringLiteral("--entrance"), QString(61, QLatin1Char('x'))},
                                             QStringList{QStringLiteral("--door"), QStringLiteral("--entrance"), QStringLiteral("North") + QChar(0x202E)},
                                             QStringList{QStringLiteral("--entrance"), QStringLiteral("North")},
                                             QStringList{QStringLiteral("--door"), QStringLiteral("--kiosk")}}) {
            run = marquee(arguments);
            QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' '))));
            QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        }
        QVERIFY(marquee({QStringLiteral("--help")}).out.contains(QStringLiteral("--entrance NAME")));
    }

    void unreachableServer()
    {
        const Run run = marquee({QStringLiteral("migrate"), QStringLiteral("--db"),
                                 QStringLiteral("host=/nonexistent-socket-dir dbname=x connect_timeout=2")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.startsWith(QStringLiteral("marquee: cannot connect: Cannot reach the database server")));
    }

    void migrateThenNothingToDo()
    {
        Run run = marquee({QStringLiteral("migrate"), QStringLiteral("--db"), m_database.connInfo()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Applied 0001_schema.sql")), qPrintable(run.out + run.err));
        QVERIFY(run.err.isEmpty());
        run = marquee({QStringLiteral("migrate"), QStringLiteral("--db"), m_database.connInfo()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("nothing to do")));
    }

    void demoDataIsRealisticAndSafeTwice()
    {
        Run run = marquee({QStringLiteral("demo-data"), QStringLiteral("--db"), m_database.connInfo()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Loaded")), qPrintable(run.out + run.err));
        QSqlDatabase db = m_database.open(QStringLiteral("check"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*) FILTER (WHERE starts_at > now()),"
            "       count(*) FILTER (WHERE status = 'cancelled'),"
            "       count(*) FILTER (WHERE status = 'active' AND capacity - tickets_sold <= capacity / 10 AND starts_at > now()),"
            "       max(starts_at) > now() + interval '60 days',"
            "       (SELECT count(*) FROM marquee.bookings), (SELECT count(DISTINCT user_id) FROM marquee.bookings)"
            " FROM marquee.events")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 30);
        QCOMPARE(q.value(1).toInt(), 1);
        QVERIFY(q.value(2).toInt() >= 3);
        QVERIFY(q.value(3).toBool());
        const int bookings = q.value(4).toInt();
        QVERIFY(bookings > 100);
        QVERIFY(q.value(5).toInt() > 50);

        run = marquee({QStringLiteral("demo-data"), QStringLiteral("--db"), m_database.connInfo()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("already loaded")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM marquee.bookings")) && q.next());
        QCOMPARE(q.value(0).toInt(), bookings);
    }

    void newerSchemaRefusedWithOneSentence()
    {
        Test::TestDatabase newer(QStringLiteral("cli_newer"));
        QVERIFY(newer.exec(QStringLiteral(
            "INSERT INTO marquee.schema_migrations (version, name, checksum) VALUES (999, '0999_future.sql', 'x')")));
        const Run run = marquee({QStringLiteral("migrate"), QStringLiteral("--db"), newer.connInfo()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("newer version of Marquee")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_cli.moc"

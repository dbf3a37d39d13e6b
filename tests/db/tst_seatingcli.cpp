#include "testdatabase.h"
#include "sqlsession.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace Marquee;

// `marquee import-seating-plan` and `export-seating-plan` as an admin runs them: the new plan's id and number of
// seats; a bad file in one sentence with nothing stored and a non-zero exit; a login that may not import refused.
class TestSeatingCommandLine : public QObject
{
    Q_OBJECT

    Test::TestDatabase m_database{QStringLiteral("seatingcli")};
    QTemporaryDir m_files;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Runs marquee as `login` (its password from the environment, as a script would give it).
    Run marquee(const QStringList &arguments, const ConnectionProfile &login = ConnectionProfile()) const
    {
        QProcess process;
        process.setProgram(QProcessEnvironment::systemEnvironment().value(QStringLiteral("MARQUEE_BINARY_DIR"))
                           + QStringLiteral("/app/marquee"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!login.password.isEmpty())
            environment.insert(QStringLiteral("PGPASSWORD"), login.password);
        process.setProcessEnvironment(environment);
        process.setArguments(arguments);
        process.start();
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString connInfoOf(const ConnectionProfile &login) const
    {
        return QStringLiteral("host=%1 port=5432 dbname=%2 user=%3")
            .arg(Test::TestDatabase::socketDirectory(), m_database.databaseName(), login.user);
    }
    ConnectionProfile admin() const { return m_database.loginProfile(QStringLiteral("marquee_admin")); }
    ConnectionProfile kiosk() const { return m_database.loginProfile(QStringLiteral("marquee_kiosk")); }

    static QString demoHall()
    {
        return QProcessEnvironment::systemEnvironment().value(QStringLiteral("MARQUEE_SOURCE_DIR"))
            + QStringLiteral("/resources/seating/demo-hall.json");
    }

    QString write(const QString &name, const QByteArray &content) const
    {
        QFile file(m_files.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

    int plans() const
    {
        Test::SqlSession session(m_database.superuserProfile(), QStringLiteral("count"));
        return session.value(QStringLiteral("SELECT count(*) FROM marquee.seating_plans")).toInt();
    }

    // "Imported seating plan 7 "Marquee Hall": 458 seats." -> 7
    static qint64 idIn(const QString &out)
    {
        static const QRegularExpression pattern(QStringLiteral("^Imported seating plan (\\d+) \".*\": (\\d+) seats\\.\\n$"));
        const QRegularExpressionMatch match = pattern.match(out);
        return match.hasMatch() ? match.captured(1).toLongLong() : 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        QVERIFY(m_files.isValid());
    }

    void helpNamesTheCommands()
    {
        const Run run = marquee({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("import-seating-plan [--name NAME] FILE")));
        QVERIFY(run.out.contains(QStringLiteral("export-seating-plan ID [FILE]")));
    }

    void importPrintsTheIdAndTheSeats()
    {
        const Run run = marquee({QStringLiteral("import-seating-plan"), QStringLiteral("--db"), connInfoOf(admin()), demoHall()},
                                admin());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const qint64 id = idIn(run.out);
        QVERIFY2(id > 0, qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("\"Marquee Hall\": 458 seats.")));
        QVERIFY(run.err.isEmpty());
        Test::SqlSession session(kiosk(), QStringLiteral("check"));
        QCOMPARE(session.value(QStringLiteral("SELECT count(*) FROM marquee.seating_seats WHERE plan_id = %1").arg(id)).toInt(), 458);
        QCOMPARE(session.value(QStringLiteral("SELECT name FROM marquee.seating_plans WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("Marquee Hall"));
    }

    void importWithAName()
    {
        const Run run = marquee({QStringLiteral("import-seating-plan"), QStringLiteral("--db"), connInfoOf(admin()),
                                 QStringLiteral("--name"), QStringLiteral("Main hall (2027)"), demoHall()},
                                admin());
        QCOMPARE(run.exitCode, 0);
        const qint64 id = idIn(run.out);
        QVERIFY(id > 0);
        Test::SqlSession session(admin(), QStringLiteral("name"));
        QCOMPARE(session.value(QStringLiteral("SELECT name FROM marquee.seating_plans WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("Main hall (2027)"));
    }

    void aBadFileIsOneSentenceAndNothingStored()
    {
        QFile demo(demoHall());
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QByteArray json = demo.readAll();
        // The balcony's row C, seat 3 names a category the plan does not have.
        const QByteArray seat = "\"seat_guid\": \"balcony-C-3\",\n       \"seat_number\": \"3\",\n       \"category\": \"Balcony\"";
        QVERIFY(json.contains(seat));
        json.replace(seat, "\"seat_guid\": \"balcony-C-3\",\n       \"seat_number\": \"3\",\n       \"category\": \"Balconey\"");
        const QString file = write(QStringLiteral("typo.json"), json);
        const int before = plans();
        const Run run = marquee({QStringLiteral("import-seating-plan"), QStringLiteral("--db"), connInfoOf(admin()), file},
                                admin());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, QStringLiteral("marquee: %1: Zone 3, row \"C\", seat 3: category \"Balconey\" is not one of the "
                                         "plan's categories.\n").arg(file));
        QCOMPARE(plans(), before);
    }

    void notJsonAndNotAFile()
    {
        const int before = plans();
        Run run = marquee({QStringLiteral("import-seating-plan"), QStringLiteral("--db"), connInfoOf(admin()),
                           write(QStringLiteral("broken.json"), "{\"name\": \"x\", ")},
                          admin());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("The file is not valid JSON")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        run = marquee({QStringLiteral("import-seating-plan"), QStringLiteral("--db"), connInfoOf(admin()),
                       m_files.filePath(QStringLiteral("nothing-here.json"))},
                      admin());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.startsWith(QStringLiteral("marquee: cannot read ")));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(plans(), before);
    }

    void badArguments()
    {
        Run run = marquee({QStringLiteral("import-seating-plan"), QStringLiteral("--db"), connInfoOf(admin())});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("needs the plan's file")));
        run = marquee({QStringLiteral("export-seating-plan"), QStringLiteral("twelve")});
        QCOMPARE(run.exitCode, 2);
        run = marquee({QStringLiteral("migrate"), QStringLiteral("--name"), QStringLiteral("x")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--name is for import-seating-plan only")));
    }

    void aKioskLoginMayNotImport()
    {
        const int before = plans();
        const Run run = marquee({QStringLiteral("import-seating-plan"), QStringLiteral("--db"), connInfoOf(kiosk()), demoHall()},
                                kiosk());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("marquee: the seating plan was not stored: Your login is not allowed to "
                                                   "do this.")),
                 qPrintable(run.err));
        QCOMPARE(plans(), before);
    }

    void exportGivesTheSamePlanBack()
    {
        Run run = marquee({QStringLiteral("import-seating-plan"), QStringLiteral("--db"), connInfoOf(admin()), demoHall()},
                          admin());
        const qint64 id = idIn(run.out);
        QVERIFY(id > 0);
        // Any login may export; to a file, then to standard output.
        const QString file = m_files.filePath(QStringLiteral("exported.json"));
        run = marquee({QStringLiteral("export-seating-plan"), QStringLiteral("--db"), connInfoOf(kiosk()),
                       QString::number(id), file},
                      kiosk());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("(458 seats)")));
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QFile original(demoHall());
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(exported.readAll()).object(), QJsonDocument::fromJson(original.readAll()).object());
        run = marquee({QStringLiteral("export-seating-plan"), QStringLiteral("--db"), connInfoOf(kiosk()), QString::number(id)},
                      kiosk());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("name")).toString(),
                 QStringLiteral("Marquee Hall"));
        // And what it wrote imports again.
        run = marquee({QStringLiteral("import-seating-plan"), QStringLiteral("--db"), connInfoOf(admin()), file}, admin());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral(": 458 seats.")));
    }

    void exportOfAPlanThatIsNotThere()
    {
        const Run run = marquee({QStringLiteral("export-seating-plan"), QStringLiteral("--db"), connInfoOf(kiosk()),
                                 QStringLiteral("987654")},
                                kiosk());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, QStringLiteral("marquee: there is no seating plan 987654.\n"));
    }
};

QTEST_GUILESS_MAIN(TestSeatingCommandLine)
#include "tst_seatingcli.moc"

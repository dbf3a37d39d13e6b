// Demo logins get random passwords (issue #10, point 11). They shared a published one, so a demo left
// running on a venue's network let anyone sign in as its admin. `marquee demo-data` now prints each
// login's random password and, with --logins-file, stores them where only its user can read them.

#include "sqlsession.h"
#include "testdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace Marquee;
using Marquee::Test::SqlSession;

class TestDemoLogins : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("demologins"), false};

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run marquee(const QStringList &arguments)
    {
        QProcess process;
        process.start(QProcessEnvironment::systemEnvironment().value(QStringLiteral("MARQUEE_BINARY_DIR")) + QStringLiteral("/app/marquee"),
                      arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void randomPasswordsPrintedAndStoredForItsUserOnly()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        // The demo logins are roles of the whole (shared test) cluster: start from none.
        QVERIFY(m_database.exec(QStringLiteral("DROP ROLE IF EXISTS demo_admin; DROP ROLE IF EXISTS demo_box_office; "
                                               "DROP ROLE IF EXISTS demo_kiosk; DROP ROLE IF EXISTS demo_door")));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("demo-logins.txt"));
        const Run run = marquee({QStringLiteral("demo-data"), QStringLiteral("--db"), m_database.connInfo(),
                                 QStringLiteral("--logins-file"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!run.out.contains(QStringLiteral("marquee-demo")));

        static const QRegularExpression printed(QStringLiteral("^  (demo_[a-z_]+)  password (\\S+)$"), QRegularExpression::MultilineOption);
        QHash<QString, QString> passwords;
        for (auto it = printed.globalMatch(run.out); it.hasNext();) {
            const auto match = it.next();
            passwords.insert(match.captured(1), match.captured(2));
        }
        QCOMPARE(passwords.size(), 4);
        QSet<QString> distinct;
        for (const QString &password : std::as_const(passwords)) {
            QCOMPARE(password.size(), 16);
            distinct.insert(password);
        }
        QCOMPARE(distinct.size(), 4);

        // Only its user may read the file; it holds the same passwords.
        const QFileInfo info(file);
        QVERIFY(info.exists());
        QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                       | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        QVERIFY(info.permissions() & QFileDevice::ReadOwner);
        QFile stored(file);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QString contents = QString::fromUtf8(stored.readAll());
        for (auto it = passwords.cbegin(); it != passwords.cend(); ++it)
            QVERIFY(contents.contains(it.key() + QLatin1Char(' ') + it.value()));

        // The passwords work; the published one does not.
        for (auto it = passwords.cbegin(); it != passwords.cend(); ++it)
            QVERIFY2(SqlSession(m_database.profileFor(it.key(), it.value()), QStringLiteral("demo")).isOpen(), qPrintable(it.key()));
        SqlSession published(m_database.profileFor(QStringLiteral("demo_admin"), QStringLiteral("marquee-demo")), QStringLiteral("old"));
        QVERIFY(!published.isOpen());
        QCOMPARE(published.openError().code(), ErrorCode::AuthenticationFailed);

        // A second run makes no logins and leaves the file alone.
        const Run again = marquee({QStringLiteral("demo-data"), QStringLiteral("--db"), m_database.connInfo(),
                                   QStringLiteral("--logins-file"), file});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("already loaded")));
        QFile unchanged(file);
        QVERIFY(unchanged.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(unchanged.readAll()), contents);
    }

    void cleanupTestCase()
    {
        m_database.terminateSessions();
    }
};

QTEST_GUILESS_MAIN(TestDemoLogins)
#include "tst_demologins.moc"

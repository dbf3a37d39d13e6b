// The application shell against a real PostgreSQL: the login's group picks the view, the banner
// follows the live connection, and the language switches while the window is open.

#include "availability/liveavailability.h"
#include "version.h"
#include "admin/adminview.h"
#include "boxoffice/boxofficeview.h"
#include "session/terminalsession.h"
#include "kiosk/kioskview.h"
#include "shell/aboutdialog.h"
#include "shell/connectingwindow.h"
#include "shell/connectionbanner.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "service/detachedthreads.h"
#include "shell/shell.h"
#include "shell/signinattempt.h"
#include "shell/signindialog.h"
#include "testdatabase.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <memory>

using namespace Marquee;

namespace {

const QString Password = QStringLiteral("shell-secret");
const QString ApplicationName = QStringLiteral("tstshell");

bool containsThai(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x0E00 && c.unicode() <= 0x0E7F)
            return true;
    }
    return false;
}

} // namespace

class TestShell final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groupOpensTheRightView_data();
    void groupOpensTheRightView();
    void viewOptionPicksAnAllowedView();
    void loginWithoutGroupIsToldSo();
    void failedConnectionOffersRetry();
    void wrongPasswordOnTheCommandLineIsToldSo();
    void signInDialogOpensTheView();
    void signInDialogRefusesAWrongPassword();
    void signInDialogSaysWhenTheServerIsUnreachable();
    void signInAttemptNeverWaitsForTheNetwork();
    void aboutSaysWhatIsRunning();
    void bannerFollowsTheConnection();
    void languageSwitchesAtRunTime();

private:
    QString connInfoFor(const QString &login, const QString &password = Password) const;
    // Fills the sign-in dialog as a person would, and presses Sign in.
    static void signInWith(SignInDialog *dialog, const QString &host, int port, const QString &database,
                           const QString &login, const QString &password);
    std::unique_ptr<Shell> openShell(const ShellOptions &options);

    std::unique_ptr<Test::TestDatabase> m_db;
    QTemporaryDir m_settings;
    QTemporaryDir m_translations;
};

void TestShell::initTestCase()
{
    // The shell reads and writes QSettings (language, last profile): keep the developer's own apart.
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("MarqueeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_shell"));

    m_db = std::make_unique<Test::TestDatabase>(QStringLiteral("tst_shell"));
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(m_db->createLogin(QStringLiteral("tst_shell_admin"), Password, QStringLiteral("marquee_admin")));
    QVERIFY(m_db->createLogin(QStringLiteral("tst_shell_box"), Password, QStringLiteral("marquee_box_office")));
    QVERIFY(m_db->createLogin(QStringLiteral("tst_shell_kiosk"), Password, QStringLiteral("marquee_kiosk")));
    QVERIFY(m_db->exec(QStringLiteral(
        "DO $$ BEGIN "
        "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tst_shell_nobody') THEN "
        "    CREATE ROLE tst_shell_nobody LOGIN PASSWORD 'shell-secret'; END IF; END $$")));
}

QString TestShell::connInfoFor(const QString &login, const QString &password) const
{
    return QStringLiteral("host='%1' dbname=%2 user=%3 password='%4' application_name=%5")
        .arg(Test::TestDatabase::socketDirectory(), m_db->databaseName(), login, password, ApplicationName);
}

void TestShell::signInWith(SignInDialog *dialog, const QString &host, int port, const QString &database,
                           const QString &login, const QString &password)
{
    dialog->findChild<QLineEdit *>(QStringLiteral("host"))->setText(host);
    dialog->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(port);
    dialog->findChild<QLineEdit *>(QStringLiteral("database"))->setText(database);
    dialog->findChild<QLineEdit *>(QStringLiteral("user"))->setText(login);
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signIn")), Qt::LeftButton);
}

std::unique_ptr<Shell> TestShell::openShell(const ShellOptions &options)
{
    auto shell = std::make_unique<Shell>(options);
    shell->start();
    return shell;
}

void TestShell::groupOpensTheRightView_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("view");
    QTest::addColumn<bool>("kioskMode");
    QTest::newRow("admin") << QStringLiteral("tst_shell_admin") << int(ViewKind::Admin) << false;
    // The superuser is let in as an admin (README: for setting up only); this row keeps that rule tested.
    QTest::newRow("superuser") << Test::TestDatabase::superuserName() << int(ViewKind::Admin) << false;
    QTest::newRow("box office") << QStringLiteral("tst_shell_box") << int(ViewKind::BoxOffice) << false;
    QTest::newRow("kiosk") << QStringLiteral("tst_shell_kiosk") << int(ViewKind::Kiosk) << true;
}

void TestShell::groupOpensTheRightView()
{
    QFETCH(QString, login);
    QFETCH(int, view);
    QFETCH(bool, kioskMode);

    ShellOptions options;
    options.hasConnInfo = true;
    options.connInfo = connInfoFor(login);
    auto shell = openShell(options);
    QVERIFY(shell->connectingWindow());
    QTRY_VERIFY_WITH_TIMEOUT(shell->mainWindow(), 15000);
    MainWindow *window = shell->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(int(window->currentViewKind()), view);
    QCOMPARE(window->isKioskMode(), kioskMode);
    switch (ViewKind(view)) {
    case ViewKind::Admin:
        QVERIFY(qobject_cast<AdminView *>(window->currentView()));
        QVERIFY(window->mayShow(ViewKind::BoxOffice));
        break;
    case ViewKind::BoxOffice:
        QVERIFY(qobject_cast<BoxOfficeView *>(window->currentView()));
        QVERIFY(!window->mayShow(ViewKind::Admin));
        break;
    case ViewKind::Kiosk:
        QVERIFY(qobject_cast<KioskView *>(window->currentView()));
        QVERIFY(!window->mayShow(ViewKind::BoxOffice));
        QVERIFY(window->isFullScreen());
        QVERIFY(!window->menuBar()->isVisible());
        break;
    case ViewKind::Door:
        QVERIFY(window->currentView());
        QVERIFY(!window->mayShow(ViewKind::BoxOffice));
        break;
    }
    // The "Connecting…" window is gone once the view is up.
    QTRY_VERIFY(!shell->connectingWindow());
    // Only the views the group allows can be switched to.
    QCOMPARE(window->showView(ViewKind::Admin), ViewKind(view) == ViewKind::Admin);
}

void TestShell::viewOptionPicksAnAllowedView()
{
    ShellOptions options;
    options.hasConnInfo = true;
    options.connInfo = connInfoFor(QStringLiteral("tst_shell_admin"));
    options.view = ViewKind::BoxOffice;
    auto shell = openShell(options);
    QTRY_VERIFY_WITH_TIMEOUT(shell->mainWindow(), 15000);
    QCOMPARE(shell->mainWindow()->currentViewKind(), ViewKind::BoxOffice);
    QVERIFY(!shell->mainWindow()->isKioskMode());

    // --view admin for a box office login: not allowed, so its own view.
    options.connInfo = connInfoFor(QStringLiteral("tst_shell_box"));
    options.view = ViewKind::Admin;
    auto boxOffice = openShell(options);
    QTRY_VERIFY_WITH_TIMEOUT(boxOffice->mainWindow(), 15000);
    QCOMPARE(boxOffice->mainWindow()->currentViewKind(), ViewKind::BoxOffice);
}

void TestShell::loginWithoutGroupIsToldSo()
{
    ShellOptions options;
    options.hasConnInfo = true;
    options.connInfo = connInfoFor(QStringLiteral("tst_shell_nobody"));
    auto shell = openShell(options);
    QVERIFY(shell->connectingWindow());
    QTRY_VERIFY_WITH_TIMEOUT(!shell->connectingWindow()->isConnecting(), 15000);
    QVERIFY(!shell->mainWindow());
    const QString message = shell->connectingWindow()->message();
    QVERIFY2(message.contains(QStringLiteral("tst_shell_nobody")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("may not use Marquee")), qPrintable(message));
}

void TestShell::failedConnectionOffersRetry()
{
    ShellOptions options;
    options.hasConnInfo = true;
    // The right login and password for a database that does not exist.
    options.connInfo = QStringLiteral("host='%1' dbname=tst_shell_no_such_db user=tst_shell_admin password='%2' connect_timeout=3")
                           .arg(Test::TestDatabase::socketDirectory(), Password);
    auto shell = openShell(options);
    QTRY_VERIFY_WITH_TIMEOUT(!shell->connectingWindow()->isConnecting(), 15000);
    QVERIFY(!shell->mainWindow());
    const QString message = shell->connectingWindow()->message();
    QVERIFY(!message.isEmpty());
    // A person's sentence, not the server's text.
    QVERIFY2(!message.contains(QStringLiteral("FATAL")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("tst_shell_no_such_db")), qPrintable(message));

    // Retry tries again (and fails again the same way).
    emit shell->connectingWindow()->retryRequested();
    QVERIFY(shell->connectingWindow()->isConnecting());
    QTRY_VERIFY_WITH_TIMEOUT(!shell->connectingWindow()->isConnecting(), 15000);
    QCOMPARE(shell->connectingWindow()->message(), message);
}

// --db with a wrong password: the server refuses it, and the window says so in its own words.
void TestShell::wrongPasswordOnTheCommandLineIsToldSo()
{
    ShellOptions options;
    options.hasConnInfo = true;
    options.connInfo = connInfoFor(QStringLiteral("tst_shell_box"), QStringLiteral("not-the-password"));
    auto shell = openShell(options);
    QTRY_VERIFY_WITH_TIMEOUT(!shell->connectingWindow()->isConnecting(), 15000);
    QVERIFY(!shell->mainWindow());
    const QString message = shell->connectingWindow()->message();
    QVERIFY2(message.contains(Error(ErrorCode::AuthenticationFailed).message()), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("not-the-password")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("FATAL")), qPrintable(message));
}

void TestShell::signInDialogOpensTheView()
{
    auto shell = openShell(ShellOptions());
    SignInDialog *dialog = shell->signInDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    signInWith(dialog, Test::TestDatabase::socketDirectory(), 5432, m_db->databaseName(), QStringLiteral("tst_shell_box"),
               Password);
    QTRY_VERIFY_WITH_TIMEOUT(shell->mainWindow(), 15000);
    QCOMPARE(shell->mainWindow()->currentViewKind(), ViewKind::BoxOffice);
    QTRY_VERIFY(!shell->signInDialog());

    // The profile is remembered for next time; the password is not (no keychain was asked for).
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("signIn/user")).toString(), QStringLiteral("tst_shell_box"));
    QCOMPARE(settings.value(QStringLiteral("signIn/database")).toString(), m_db->databaseName());
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys)
        QVERIFY2(settings.value(key).toString() != Password, qPrintable(key));

    // The next sign-in dialog starts from that profile.
    SignInDialog next(nullptr);
    QCOMPARE(next.profile().user, QStringLiteral("tst_shell_box"));
    QCOMPARE(next.profile().host, Test::TestDatabase::socketDirectory());
    QVERIFY(next.profile().password.isEmpty());
}

// A wrong password is refused by the server with its own sentence; the dialog stays, nothing opens,
// the password is selected for typing again, and the right password then signs in.
void TestShell::signInDialogRefusesAWrongPassword()
{
    auto shell = openShell(ShellOptions());
    SignInDialog *dialog = shell->signInDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("status"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
    QVERIFY(status && password);

    signInWith(dialog, Test::TestDatabase::socketDirectory(), 5432, m_db->databaseName(), QStringLiteral("tst_shell_box"),
               QStringLiteral("wrong-password"));
    const QString refused = Error(ErrorCode::AuthenticationFailed).message();
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), refused, 15000);
    QVERIFY(status->isVisible());
    QVERIFY(refused != Error(ErrorCode::CannotConnect).message());
    QVERIFY(!shell->mainWindow());
    QCOMPARE(shell->signInDialog(), dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(password->isEnabled());
    QCOMPARE(password->selectedText(), QStringLiteral("wrong-password"));

    // An empty password is refused the same way (the login needs one).
    signInWith(dialog, Test::TestDatabase::socketDirectory(), 5432, m_db->databaseName(), QStringLiteral("tst_shell_box"),
               QString());
    QTRY_VERIFY_WITH_TIMEOUT(password->isEnabled(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), refused, 15000);
    QVERIFY(!shell->mainWindow());

    signInWith(dialog, Test::TestDatabase::socketDirectory(), 5432, m_db->databaseName(), QStringLiteral("tst_shell_box"),
               Password);
    QTRY_VERIFY_WITH_TIMEOUT(shell->mainWindow(), 15000);
    QCOMPARE(shell->mainWindow()->currentViewKind(), ViewKind::BoxOffice);
}

// No server where the form points: a different sentence from a wrong password's.
void TestShell::signInDialogSaysWhenTheServerIsUnreachable()
{
    // A port of this machine where nothing listens: taken, then given back.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    auto shell = openShell(ShellOptions());
    SignInDialog *dialog = shell->signInDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("status"));
    const QString unreachable = Error(ErrorCode::CannotConnect).message();

    signInWith(dialog, QStringLiteral("127.0.0.1"), closedPort, m_db->databaseName(), QStringLiteral("tst_shell_box"), Password);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), unreachable, 15000);
    QVERIFY(!shell->mainWindow());

    // A socket folder with no server in it.
    signInWith(dialog, QStringLiteral("/nonexistent-marquee-socket-dir"), 5432, m_db->databaseName(),
               QStringLiteral("tst_shell_box"), Password);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLineEdit *>(QStringLiteral("password"))->isEnabled(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), unreachable, 15000);
    QVERIFY(status->text() != Error(ErrorCode::AuthenticationFailed).message());
    QVERIFY(!shell->mainWindow());
}

void TestShell::signInAttemptNeverWaitsForTheNetwork()
{
    // A "server" that takes the connection and then says nothing: libpq waits for it up to its connect timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ConnectionProfile profile;
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = silent.serverPort();
    profile.database = m_db->databaseName();
    profile.user = QStringLiteral("tst_shell_box");
    profile.password = Password;
    profile.connectTimeoutSeconds = 10;

    auto attempt = std::make_unique<SignInAttempt>();
    bool answered = false;
    connect(attempt.get(), &SignInAttempt::succeeded, this, [&answered] { answered = true; });
    connect(attempt.get(), &SignInAttempt::failed, this, [&answered] { answered = true; });
    attempt->start(profile);
    QVERIFY(attempt->isRunning());
    QVERIFY(QTest::qWaitFor([&silent] { return silent.hasPendingConnections(); }, 5000));

    // The window closes while the try is stuck in the network: nothing waits for it.
    QElapsedTimer timer;
    timer.start();
    attempt.reset();
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    QTest::qWait(200);
    QVERIFY(!answered);

    // Let the stuck try end (the server hangs up) before the next test.
    delete silent.nextPendingConnection();
    silent.close();
    QVERIFY(DetachedThreads::waitAll(10000));
}

void TestShell::aboutSaysWhatIsRunning()
{
    AboutDialog about(QStringLiteral("15.99"));
    QVERIFY(about.text().contains(QStringLiteral(MARQUEE_VERSION)));
    QVERIFY(about.text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(about.text().contains(QStringLiteral("15.99")));
}

void TestShell::bannerFollowsTheConnection()
{
    ShellOptions options;
    options.hasConnInfo = true;
    options.connInfo = connInfoFor(QStringLiteral("tst_shell_box"));
    auto shell = openShell(options);
    QTRY_VERIFY_WITH_TIMEOUT(shell->mainWindow(), 15000);
    MainWindow *window = shell->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    ConnectionBanner *banner = window->banner();
    QTRY_VERIFY_WITH_TIMEOUT(shell->session()->live()->isConnected(), 15000);
    QCOMPARE(banner->state(), ConnectionBanner::State::Hidden);
    QVERIFY(!banner->isVisible());

    // The server drops every connection of this terminal (a restart, a network cut).
    QVERIFY(m_db->terminateSessions(ApplicationName + QLatin1Char('%')) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(banner->state() == ConnectionBanner::State::Lost, 15000);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("reconnecting")));
    QVERIFY(window->isVisible());

    // The listener reconnects with backoff on its own; nobody clicks anything.
    QTRY_VERIFY_WITH_TIMEOUT(banner->state() != ConnectionBanner::State::Lost, 15000);
    QCOMPARE(banner->state(), ConnectionBanner::State::Restored);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("Reconnected")));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), ConnectionBanner::RestoredVisibleMs + 5000);
    QCOMPARE(banner->state(), ConnectionBanner::State::Hidden);
}

void TestShell::languageSwitchesAtRunTime()
{
    // The Thai catalogue: the one the build made for the app, else compiled here from the source .ts.
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString directory = env.value(QStringLiteral("MARQUEE_BINARY_DIR")) + QStringLiteral("/app");
    if (!QFileInfo::exists(directory + QStringLiteral("/marquee_th.qm"))) {
        QVERIFY(m_translations.isValid());
        directory = m_translations.path();
        QString lrelease = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lrelease");
        if (!QFileInfo::exists(lrelease))
            lrelease = QStringLiteral("lrelease");
        const QString ts = env.value(QStringLiteral("MARQUEE_SOURCE_DIR")) + QStringLiteral("/translations/marquee_th.ts");
        QCOMPARE(QProcess::execute(lrelease, {ts, QStringLiteral("-qm"), directory + QStringLiteral("/marquee_th.qm")}), 0);
    }

    ShellOptions options;
    options.hasConnInfo = true;
    options.connInfo = connInfoFor(QStringLiteral("tst_shell_admin"));
    options.language = QStringLiteral("en");
    auto shell = openShell(options);
    shell->language()->addSearchPath(directory);
    QTRY_VERIFY_WITH_TIMEOUT(shell->mainWindow(), 15000);
    MainWindow *window = shell->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->viewMenu()->title(), QStringLiteral("&View"));
    QCOMPARE(window->languageMenu()->title(), QStringLiteral("&Language"));

    // Language → ไทย, as a member of staff would choose it.
    QAction *thai = nullptr;
    QAction *english = nullptr;
    const QList<QAction *> actions = window->languageMenu()->actions();
    for (QAction *action : actions) {
        if (action->data().toString() == QLatin1String("th"))
            thai = action;
        else if (action->data().toString() == QLatin1String("en"))
            english = action;
    }
    QVERIFY(thai && english);
    QCOMPARE(thai->text(), QStringLiteral("ไทย"));
    thai->trigger();
    QCOMPARE(shell->language()->language(), QStringLiteral("th"));
    // LanguageChange is posted: the menu follows on the next turn of the event loop.
    QTRY_VERIFY(containsThai(window->viewMenu()->title()));
    QVERIFY(containsThai(window->languageMenu()->title()));
    QVERIFY(thai->isChecked());
    QCOMPARE(QLocale().language(), QLocale::Thai);
    QCOMPARE(LanguageSwitcher::savedLanguage(), QStringLiteral("th"));

    english->trigger();
    QTRY_COMPARE(window->viewMenu()->title(), QStringLiteral("&View"));
    QCOMPARE(window->languageMenu()->title(), QStringLiteral("&Language"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(LanguageSwitcher::savedLanguage(), QStringLiteral("en"));
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"

#include "shell.h"

#include "session/terminalsession.h"
#include "connectingwindow.h"
#include "language.h"
#include "mainwindow.h"
#include "signinattempt.h"
#include "signindialog.h"

#include <QGuiApplication>
#include <QScreen>

namespace Marquee {

Shell::Shell(const ShellOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_language(new LanguageSwitcher(this))
    , m_attempt(new SignInAttempt(this))
{
    connect(m_attempt, &SignInAttempt::succeeded, this, &Shell::open);
    connect(m_attempt, &SignInAttempt::failed, this, [this](const Error &error) {
        if (m_connecting)
            m_connecting->showError(error);
    });
}

Shell::~Shell()
{
    // The views use the session: they go first.
    delete m_window;
    delete m_dialog;
    delete m_connecting;
    delete m_session;
}

MainWindow *Shell::mainWindow() const
{
    return m_window;
}

SignInDialog *Shell::signInDialog() const
{
    return m_dialog;
}

ConnectingWindow *Shell::connectingWindow() const
{
    return m_connecting;
}

void Shell::start()
{
    const QString code = m_options.language.isEmpty() ? LanguageSwitcher::savedLanguage() : m_options.language;
    if (!code.isEmpty())
        m_language->setLanguage(code);
    if (m_options.hasConnInfo)
        connectDirectly();
    else
        showSignInDialog();
}

void Shell::connectDirectly()
{
    if (!m_connecting) {
        m_connecting = new ConnectingWindow;
        connect(m_connecting, &ConnectingWindow::retryRequested, this, &Shell::connectDirectly);
        connect(m_connecting, &ConnectingWindow::quitRequested, this, &Shell::quitRequested);
        m_connecting->resize(m_connecting->sizeHint().expandedTo(QSize(520, 200)));
        if (QScreen *screen = QGuiApplication::primaryScreen())
            m_connecting->move(screen->availableGeometry().center() - m_connecting->rect().center());
        m_connecting->show();
    }
    if (!m_directProfile) {
        auto parsed = ConnectionProfile::fromConnInfo(m_options.connInfo);
        if (!parsed) {
            m_connecting->showProblem(tr("The connection string given with --db is not valid: %1.")
                                          .arg(parsed.error().detail()));
            return;
        }
        m_directProfile = parsed.value();
    }
    m_connecting->showConnecting(m_directProfile->displayName());
    m_attempt->start(*m_directProfile);
}

void Shell::showSignInDialog()
{
    m_dialog = new SignInDialog(m_language);
    connect(m_dialog, &SignInDialog::signedIn, this, &Shell::open);
    connect(m_dialog, &QDialog::rejected, this, &Shell::quitRequested);
    m_dialog->show();
}

QString Shell::noGroupMessage(const SessionInfo &info)
{
    return tr("The login “%1” may not use Marquee: it is in none of the kiosk, door, box office or admin groups. "
              "An administrator can add it under Admin → Staff logins.").arg(info.login);
}

void Shell::open(const ConnectionProfile &profile, const SessionInfo &info)
{
    if (info.group == StaffGroup::None) {
        if (m_dialog)
            m_dialog->showProblem(noGroupMessage(info));
        if (m_connecting)
            m_connecting->showProblem(noGroupMessage(info));
        return;
    }

    m_session = new TerminalSession(profile, info, this);
    m_session->start();
    m_window = new MainWindow(m_session, m_language);
    connect(m_window, &MainWindow::quitRequested, this, &Shell::quitRequested);

    const bool kiosk = m_options.kiosk || info.group == StaffGroup::Kiosk;
    const bool door = m_options.door || info.group == StaffGroup::Door;
    m_window->setDoorEntrance(m_options.entrance);
    if (door && m_window->mayShow(ViewKind::Door)) {
        m_window->setDoorMode(true);
        m_window->showFullScreen();
    } else if (kiosk) {
        m_window->setKioskMode(true);
        m_window->showFullScreen();
    } else {
        const ViewKind first = m_options.view && m_window->mayShow(*m_options.view) ? *m_options.view
                                                                                      : m_window->defaultView();
        m_window->showView(first);
        if (QScreen *screen = QGuiApplication::primaryScreen())
            m_window->resize(screen->availableGeometry().size());
        m_window->showMaximized();
    }

    // Only now that the window is up, or the application would see its last window close.
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    if (m_connecting) {
        m_connecting->hide();
        m_connecting->deleteLater();
    }
    emit mainWindowShown(m_window);
}

} // namespace Marquee

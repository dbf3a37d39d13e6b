#pragma once

#include "session/connectionprofile.h"
#include "domain/session.h"
#include "viewkind.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Marquee {

class ConnectingWindow;
class LanguageSwitcher;
class MainWindow;
class SignInAttempt;
class SignInDialog;
class TerminalSession;

// How the application was asked to start (the command line, already parsed).
struct ShellOptions
{
    bool hasConnInfo = false;
    QString connInfo;              // --db: connect at once, no sign-in dialog (a kiosk's autostart)
    bool kiosk = false;            // --kiosk: the kiosk, full screen
    QString language;              // --lang en|th; empty: the saved choice
    std::optional<ViewKind> view;  // --view: the first view, if the login's group allows it
    bool door = false;             // --door: the door's scan page, full screen
    QString entrance;              // --entrance NAME: the entrance the door scans for
};

// The way from start to a signed-in window: sign in (dialog, or the --db string with a
// "Connecting…" window offering Retry), ask the server for the login's group, start the
// terminal session and open the right view. Owns everything it shows.
class Shell final : public QObject
{
    Q_OBJECT

public:
    explicit Shell(const ShellOptions &options, QObject *parent = nullptr);
    ~Shell() override;

    void start();

    LanguageSwitcher *language() const { return m_language; }
    TerminalSession *session() const { return m_session; }
    MainWindow *mainWindow() const;
    SignInDialog *signInDialog() const;
    ConnectingWindow *connectingWindow() const;

signals:
    void mainWindowShown(Marquee::MainWindow *window);
    // The person chose to quit (or a kiosk login left the kiosk): the application should end.
    void quitRequested();

private:
    void connectDirectly();
    void showSignInDialog();
    void open(const ConnectionProfile &profile, const SessionInfo &info);
    static QString noGroupMessage(const SessionInfo &info);

    ShellOptions m_options;
    LanguageSwitcher *m_language = nullptr;
    SignInAttempt *m_attempt = nullptr;
    QPointer<SignInDialog> m_dialog;
    QPointer<ConnectingWindow> m_connecting;
    QPointer<MainWindow> m_window;
    TerminalSession *m_session = nullptr;
    std::optional<ConnectionProfile> m_directProfile;
};

} // namespace Marquee

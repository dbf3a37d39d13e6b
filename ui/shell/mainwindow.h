#pragma once

#include "viewkind.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;

namespace Marquee {

class ConnectionBanner;
class LanguageSwitcher;
class TerminalSession;

// The window of a signed-in terminal: the connection banner on top, the view of the moment below
// (kiosk, box office or admin, as far as the login's group allows), a status bar saying who is
// signed in where. In kiosk mode it is full screen, without menus or status bar, and only a staff
// login entered in the kiosk itself gets out.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(TerminalSession *session, LanguageSwitcher *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool mayShow(ViewKind kind) const;
    // Shows that view (made on first use and kept); false if the group does not allow it.
    bool showView(ViewKind kind);
    ViewKind currentViewKind() const { return m_current; }
    QWidget *currentView() const;
    // The best view for the login: admin, then box office, then kiosk.
    ViewKind defaultView() const;

    void setKioskMode(bool on);
    bool isKioskMode() const { return m_kioskMode; }
    // The entrance the door view scans for (--entrance); set before the door view is first shown.
    void setDoorEntrance(const QString &entrance) { m_doorEntrance = entrance; }
    // A door terminal: the door view, full screen, without the status bar (the menus stay: staff may quit).
    void setDoorMode(bool on);

    ConnectionBanner *banner() const { return m_banner; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *languageMenu() const { return m_languageMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }

signals:
    // A kiosk login confirmed leaving the kiosk: nothing else is allowed, so the application ends.
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *viewFor(ViewKind kind);
    void leaveKiosk();
    void retranslate();
    void updateStatus();
    void updateLanguageActions();
    void showAbout();

    TerminalSession *m_session = nullptr;
    LanguageSwitcher *m_language = nullptr;
    ConnectionBanner *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QHash<int, QWidget *> m_views;
    ViewKind m_current = ViewKind::Kiosk;
    bool m_kioskMode = false;
    bool m_quitting = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_kioskAction = nullptr;
    QAction *m_boxOfficeAction = nullptr;
    QAction *m_adminAction = nullptr;
    QAction *m_doorAction = nullptr;
    QString m_doorEntrance;
    QActionGroup *m_viewGroup = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_about = nullptr;
    QLabel *m_statusLogin = nullptr;
    QLabel *m_statusServer = nullptr;
};

} // namespace Marquee

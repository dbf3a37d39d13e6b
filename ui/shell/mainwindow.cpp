#include "mainwindow.h"

#include "aboutdialog.h"
#include "admin/adminview.h"
#include "boxoffice/boxofficeview.h"
#include "session/terminalsession.h"
#include "connectionbanner.h"
#include "door/doorview.h"
#include "kiosk/kioskview.h"
#include "language.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Marquee {

MainWindow::MainWindow(TerminalSession *session, LanguageSwitcher *language, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_language(language)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    m_banner = new ConnectionBanner(m_session, central);
    m_stack = new QStackedWidget(central);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_fileMenu = menuBar()->addMenu(QString());
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewGroup = new QActionGroup(this);
    const auto addView = [this](ViewKind kind, Qt::Key key) {
        QAction *action = m_viewMenu->addAction(QString());
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | key));
        action->setVisible(mayShow(kind));
        action->setEnabled(mayShow(kind));
        m_viewGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, kind] { showView(kind); });
        return action;
    };
    m_kioskAction = addView(ViewKind::Kiosk, Qt::Key_1);
    m_boxOfficeAction = addView(ViewKind::BoxOffice, Qt::Key_2);
    m_adminAction = addView(ViewKind::Admin, Qt::Key_3);
    m_doorAction = addView(ViewKind::Door, Qt::Key_4);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageSwitcher::languages()) {
        QAction *action = m_languageMenu->addAction(LanguageSwitcher::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            // A member of staff chose: remembered for the next start (a kiosk customer's choice is not).
            if (m_language->setLanguage(code))
                LanguageSwitcher::saveLanguage(code);
            updateLanguageActions();
        });
    }
    connect(m_language, &LanguageSwitcher::languageChanged, this, &MainWindow::updateLanguageActions);
    updateLanguageActions();

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_about->setMenuRole(QAction::AboutRole);

    m_statusLogin = new QLabel(this);
    m_statusServer = new QLabel(this);
    statusBar()->addWidget(m_statusLogin);
    statusBar()->addPermanentWidget(m_statusServer);

    retranslate();
}

MainWindow::~MainWindow() = default;

bool MainWindow::mayShow(ViewKind kind) const
{
    const SessionInfo &info = m_session->info();
    switch (kind) {
    case ViewKind::Kiosk: return info.mayUseKiosk();
    case ViewKind::BoxOffice: return info.mayUseBoxOffice();
    case ViewKind::Admin: return info.mayUseAdmin();
    case ViewKind::Door: return info.mayUseDoor();
    }
    return false;
}

ViewKind MainWindow::defaultView() const
{
    if (mayShow(ViewKind::Admin))
        return ViewKind::Admin;
    if (mayShow(ViewKind::BoxOffice))
        return ViewKind::BoxOffice;
    if (m_session->info().group == StaffGroup::Door)
        return ViewKind::Door;
    return ViewKind::Kiosk;
}

QWidget *MainWindow::viewFor(ViewKind kind)
{
    if (QWidget *view = m_views.value(int(kind)))
        return view;
    QWidget *view = nullptr;
    switch (kind) {
    case ViewKind::Kiosk: {
        auto *kiosk = new KioskView(m_session, m_stack);
        // The customer's language is for this customer only: not saved.
        connect(kiosk, &KioskView::languageRequested, m_language, &LanguageSwitcher::setLanguage);
        connect(kiosk, &KioskView::exitRequested, this, &MainWindow::leaveKiosk);
        view = kiosk;
        break;
    }
    case ViewKind::BoxOffice:
        view = new BoxOfficeView(m_session, m_stack);
        break;
    case ViewKind::Admin:
        view = new AdminView(m_session, m_stack);
        break;
    case ViewKind::Door:
        view = new DoorView(m_session, m_doorEntrance, m_stack);
        break;
    }
    m_stack->addWidget(view);
    m_views.insert(int(kind), view);
    return view;
}

bool MainWindow::showView(ViewKind kind)
{
    if (!mayShow(kind))
        return false;
    m_current = kind;
    m_stack->setCurrentWidget(viewFor(kind));
    switch (kind) {
    case ViewKind::Kiosk: m_kioskAction->setChecked(true); break;
    case ViewKind::BoxOffice: m_boxOfficeAction->setChecked(true); break;
    case ViewKind::Admin: m_adminAction->setChecked(true); break;
    case ViewKind::Door: m_doorAction->setChecked(true); break;
    }
    retranslate();
    return true;
}

QWidget *MainWindow::currentView() const
{
    return m_stack->currentWidget();
}

void MainWindow::setKioskMode(bool on)
{
    m_kioskMode = on;
    if (on)
        showView(ViewKind::Kiosk);
    // Hidden menus also switch their shortcuts off: a customer cannot reach the staff views.
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    if (on) {
        // Without a window manager (a kiosk's bare X session) full screen is only a hint: cover the
        // screen ourselves as well.
        if (QScreen *display = screen())
            setGeometry(display->geometry());
        setWindowState(windowState() | Qt::WindowFullScreen);
    } else
        setWindowState(windowState() & ~Qt::WindowFullScreen);
}

void MainWindow::setDoorMode(bool on)
{
    if (on)
        showView(ViewKind::Door);
    statusBar()->setVisible(!on);
    if (on) {
        if (QScreen *display = screen())
            setGeometry(display->geometry());
        setWindowState(windowState() | Qt::WindowFullScreen);
    } else
        setWindowState(windowState() & ~Qt::WindowFullScreen);
}

void MainWindow::leaveKiosk()
{
    // Staff confirmed with their password. A kiosk login has nowhere else to go.
    if (!mayShow(ViewKind::BoxOffice)) {
        m_quitting = true;
        emit quitRequested();
        return;
    }
    setKioskMode(false);
    showView(defaultView());
    showMaximized();
}

void MainWindow::showAbout()
{
    AboutDialog about(m_session->info().serverVersion, this);
    about.exec();
}

void MainWindow::updateLanguageActions()
{
    const QList<QAction *> actions = m_languageGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == m_language->language());
}

void MainWindow::updateStatus()
{
    const SessionInfo &info = m_session->info();
    QString group;
    switch (info.group) {
    case StaffGroup::Admin: group = tr("administrator"); break;
    case StaffGroup::BoxOffice: group = tr("box office"); break;
    case StaffGroup::Kiosk: group = tr("kiosk"); break;
    case StaffGroup::Door: group = tr("door"); break;
    case StaffGroup::None: group = tr("no Marquee group"); break;
    }
    m_statusLogin->setText(tr("Signed in as %1 (%2)").arg(info.login, group));
    const ConnectionProfile &profile = m_session->profile();
    const QString host = profile.host.isEmpty() ? QStringLiteral("localhost") : profile.host;
    m_statusServer->setText(tr("Database %1 on %2, PostgreSQL %3")
                                .arg(profile.database, host + QLatin1Char(':') + QString::number(profile.port),
                                     info.serverVersion));
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&Terminal"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_kioskAction->setText(tr("&Kiosk"));
    m_boxOfficeAction->setText(tr("&Box office"));
    m_adminAction->setText(tr("&Admin"));
    m_doorAction->setText(tr("&Door"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Marquee"));
    QString view;
    switch (m_current) {
    case ViewKind::Kiosk: view = tr("Kiosk"); break;
    case ViewKind::BoxOffice: view = tr("Box office"); break;
    case ViewKind::Admin: view = tr("Admin"); break;
    case ViewKind::Door: view = tr("Door"); break;
    }
    setWindowTitle(tr("%1 — Marquee").arg(view));
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A customer must not close the kiosk (Alt+F4 on a keyboardless kiosk is still possible).
    if (m_kioskMode && !m_quitting) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace Marquee

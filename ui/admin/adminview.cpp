#include "adminview.h"

#include "adminlook.h"

#include "auditpage.h"
#include "customerspage.h"
#include "eventspage.h"
#include "refundspage.h"
#include "seatingpage.h"
#include "shiftspage.h"
#include "venuesettingspage.h"
#include "staffpage.h"
#include "reports/reportspage.h"

#include "server/serverservice.h"
#include "session/terminalsession.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Marquee {

AdminView::AdminView(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_events = new EventsPage(session, m_tabs);
    m_customers = new CustomersPage(session, m_tabs);
    m_staff = new StaffPage(session, m_tabs);
    m_audit = new AuditPage(session, m_tabs);
    m_refunds = new RefundsPage(session, m_tabs);
    m_shifts = new ShiftsPage(session, m_tabs);
    m_venueSettings = new VenueSettingsPage(session, m_tabs);
    m_seating = new SeatingPage(session, m_tabs);
    m_tabs->addTab(m_events, QString());
    m_tabs->addTab(m_seating, QString());
    m_tabs->addTab(m_refunds, QString());
    m_tabs->addTab(m_shifts, QString());
    m_tabs->addTab(m_customers, QString());
    m_tabs->addTab(m_staff, QString());
    m_tabs->addTab(m_venueSettings, QString());
    m_tabs->addTab(m_audit, QString());
    m_reports = new ReportsPage(session, m_tabs);
    m_tabs->addTab(m_reports, QString());
    // The audit log and the logins change behind the admin's back; show them fresh when looked at.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget *page = m_tabs->widget(index);
        if (page == m_audit)
            m_audit->reload();
        else if (page == m_staff)
            m_staff->reload();
        else if (page == m_customers)
            m_customers->reload();
        else if (page == m_refunds)
            m_refunds->reload();
        else if (page == m_shifts)
            m_shifts->reload();
        else if (page == m_venueSettings)
            m_venueSettings->reload();
        else if (page == m_seating)
            m_seating->reload();
    });
    m_serverWarning = new QLabel(this);
    m_serverWarning->setObjectName(QStringLiteral("serverWarning"));
    m_serverWarning->setWordWrap(true);
    m_serverWarning->setTextFormat(Qt::PlainText);
    AdminLook::setTone(m_serverWarning, TextTone::Notice);
    m_serverWarning->hide();
    m_serverTimer = new QTimer(this);
    m_serverTimer->setInterval(30000);
    connect(m_serverTimer, &QTimer::timeout, this, &AdminView::checkServer);
    m_serverTimer->start();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_serverWarning);
    layout->addWidget(m_tabs);
    retranslate();
    checkServer();
}

void AdminView::checkServer()
{
    m_serverCheck.ask(m_session->server().status(), this, [this](Result<ServerStatus> status) {
        // Not being allowed to ask (an older schema) or a lost connection is not a warning of its own:
        // the connection banner speaks for the connection.
        showServerStatus(status ? std::optional<ServerStatus>(status.value()) : std::nullopt);
    });
}

void AdminView::showServerStatus(const std::optional<ServerStatus> &status)
{
    m_serverStatus = status;
    QStringList warnings;
    if (m_serverStatus && m_serverStatus->nearConnectionLimit()) {
        const QLocale locale;
        warnings << tr("The database server is near its connection limit: %1 of %2 connections are in use. New terminals "
                       "may be refused; ask the database administrator to raise max_connections.")
                        .arg(locale.toString(m_serverStatus->connectionsUsed),
                             locale.toString(m_serverStatus->connectionsMax - m_serverStatus->connectionsReserved));
    }
    if (m_serverStatus && m_serverStatus->notificationQueueFilling()) {
        warnings << tr("The server's notification queue is %1% full: a session is not reading its notifications. "
                       "Marquee ends such sessions by itself; if this warning stays, ask the database administrator.")
                        .arg(QLocale().toString(m_serverStatus->notificationQueueUsage * 100, 'f', 0));
    }
    m_serverWarning->setText(warnings.join(QLatin1Char('\n')));
    m_serverWarning->setVisible(!warnings.isEmpty());
}

void AdminView::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_events), tr("&Events"));
    m_tabs->setTabText(m_tabs->indexOf(m_seating), tr("Sea&ting"));
    m_tabs->setTabText(m_tabs->indexOf(m_refunds), tr("&Refunds"));
    m_tabs->setTabText(m_tabs->indexOf(m_shifts), tr("S&hifts"));
    m_tabs->setTabText(m_tabs->indexOf(m_venueSettings), tr("&Venue settings"));
    m_tabs->setTabText(m_tabs->indexOf(m_customers), tr("C&ustomers"));
    m_tabs->setTabText(m_tabs->indexOf(m_staff), tr("&Staff logins"));
    m_tabs->setTabText(m_tabs->indexOf(m_audit), tr("&Audit log"));
    m_tabs->setTabText(m_tabs->indexOf(m_reports), tr("&Reports"));
}

void AdminView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showServerStatus(m_serverStatus);
    }
    QWidget::changeEvent(event);
}

} // namespace Marquee

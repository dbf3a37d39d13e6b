#pragma once

#include "domain/serverstatus.h"
#include "service/reply.h"

#include <optional>

#include <QWidget>

class QLabel;
class QTabWidget;
class QTimer;

namespace Marquee {

class AuditPage;
class CustomersPage;
class EventsPage;
class ReportsPage;
class RefundsPage;
class SeatingPage;
class ShiftsPage;
class VenueSettingsPage;
class StaffPage;
class TerminalSession;

// What an administrator works with: events and their sales, refunds due, the desks' shifts, customers, staff
// logins, the venue's settings and the audit log.
class AdminView final : public QWidget
{
    Q_OBJECT

public:
    explicit AdminView(TerminalSession *session, QWidget *parent = nullptr);

    EventsPage *eventsPage() const { return m_events; }
    CustomersPage *customersPage() const { return m_customers; }
    StaffPage *staffPage() const { return m_staff; }
    AuditPage *auditPage() const { return m_audit; }
    ReportsPage *reportsPage() const { return m_reports; }
    RefundsPage *refundsPage() const { return m_refunds; }
    ShiftsPage *shiftsPage() const { return m_shifts; }
    SeatingPage *seatingPage() const { return m_seating; }
    VenueSettingsPage *venueSettingsPage() const { return m_venueSettings; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *serverWarning() const { return m_serverWarning; }

    // Asks how full the server is now (the view also does so every 30 s) and shows a warning above the
    // tabs when it is near max_connections or the notification queue passes 10 %. Never modal.
    void checkServer();
    // Shows (or hides) the warning for this status.
    void showServerStatus(const std::optional<ServerStatus> &status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    TerminalSession *m_session = nullptr;
    QLabel *m_serverWarning = nullptr;
    QTimer *m_serverTimer = nullptr;
    LatestReply m_serverCheck;
    std::optional<ServerStatus> m_serverStatus;
    QTabWidget *m_tabs = nullptr;
    EventsPage *m_events = nullptr;
    CustomersPage *m_customers = nullptr;
    StaffPage *m_staff = nullptr;
    AuditPage *m_audit = nullptr;
    ReportsPage *m_reports = nullptr;
    RefundsPage *m_refunds = nullptr;
    ShiftsPage *m_shifts = nullptr;
    SeatingPage *m_seating = nullptr;
    VenueSettingsPage *m_venueSettings = nullptr;
};

} // namespace Marquee

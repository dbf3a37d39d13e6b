#pragma once

#include <QWidget>

class QTabWidget;

namespace Marquee {

class AuditPage;
class CustomersPage;
class EventsPage;
class StaffPage;
class TerminalSession;

// What an administrator works with: events and their sales, customers, staff logins and the audit log.
class AdminView final : public QWidget
{
    Q_OBJECT

public:
    explicit AdminView(TerminalSession *session, QWidget *parent = nullptr);

    EventsPage *eventsPage() const { return m_events; }
    CustomersPage *customersPage() const { return m_customers; }
    StaffPage *staffPage() const { return m_staff; }
    AuditPage *auditPage() const { return m_audit; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    TerminalSession *m_session = nullptr;
    QTabWidget *m_tabs = nullptr;
    EventsPage *m_events = nullptr;
    CustomersPage *m_customers = nullptr;
    StaffPage *m_staff = nullptr;
    AuditPage *m_audit = nullptr;
};

} // namespace Marquee

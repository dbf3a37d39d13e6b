#include "adminview.h"

#include "auditpage.h"
#include "customerspage.h"
#include "eventspage.h"
#include "staffpage.h"

#include "session/terminalsession.h"

#include <QEvent>
#include <QTabWidget>
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
    m_tabs->addTab(m_events, QString());
    m_tabs->addTab(m_customers, QString());
    m_tabs->addTab(m_staff, QString());
    m_tabs->addTab(m_audit, QString());
    // The audit log and the logins change behind the admin's back; show them fresh when looked at.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget *page = m_tabs->widget(index);
        if (page == m_audit)
            m_audit->reload();
        else if (page == m_staff)
            m_staff->reload();
        else if (page == m_customers)
            m_customers->reload();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslate();
}

void AdminView::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_events), tr("&Events"));
    m_tabs->setTabText(m_tabs->indexOf(m_customers), tr("C&ustomers"));
    m_tabs->setTabText(m_tabs->indexOf(m_staff), tr("&Staff logins"));
    m_tabs->setTabText(m_tabs->indexOf(m_audit), tr("&Audit log"));
}

void AdminView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Marquee

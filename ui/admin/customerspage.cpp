#include "customerspage.h"

#include "adminlook.h"
#include "common/texttone.h"
#include "customerform.h"
#include "customertablemodel.h"
#include "session/terminalsession.h"
#include "users/customerservice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Marquee {

CustomersPage::CustomersPage(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new CustomerTableModel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setClearButtonEnabled(true);
    m_newButton = new QPushButton(this);
    m_status = new QLabel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("customersView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(CustomerTableModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->resizeSection(CustomerTableModel::Phone, 180);
    m_view->horizontalHeader()->resizeSection(CustomerTableModel::CreatedAt, 180);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_newButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &CustomersPage::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_newButton, &QPushButton::clicked, this, &CustomersPage::newCustomer);
    retranslate();
    reload();
}

void CustomersPage::reload()
{
    // A newer search drops the answer to this one.
    m_list.ask(m_session->customers().list(m_search->text().trimmed(), 500), this, [this](Result<QList<Customer>> result) {
        if (!result) {
            AdminLook::setTone(m_status, TextTone::Bad);
            m_status->setText(result.error().message());
            return;
        }
        AdminLook::setTone(m_status, TextTone::Plain);
        m_status->setText(tr("%n customer(s)", nullptr, int(result->size())));
        m_model->setCustomers(result.value());
    });
}

void CustomersPage::newCustomer()
{
    auto *form = new CustomerForm(m_session, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &CustomerForm::saved, this, [this] { reload(); });
    form->show();
}

void CustomersPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search name or phone"));
    m_newButton->setText(tr("New customer…"));
    m_model->retranslate();
}

void CustomersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Marquee

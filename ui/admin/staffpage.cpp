#include "staffpage.h"

#include "adminlook.h"
#include "common/texttone.h"
#include "session/terminalsession.h"
#include "staff/staffservice.h"
#include "bookinglimitspanel.h"
#include "staffloginform.h"
#include "stafflogintablemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Marquee {

StaffPage::StaffPage(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new StaffLoginTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("staffView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(StaffLoginTableModel::FullName, QHeaderView::Stretch);
    m_view->horizontalHeader()->resizeSection(StaffLoginTableModel::Login, 200);
    m_view->horizontalHeader()->resizeSection(StaffLoginTableModel::Group, 160);
    m_view->horizontalHeader()->resizeSection(StaffLoginTableModel::CreatedAt, 160);
    m_newButton = new QPushButton(this);
    m_toggleButton = new QPushButton(this);
    m_passwordButton = new QPushButton(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_newButton);
    bar->addWidget(m_toggleButton);
    bar->addWidget(m_passwordButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    m_limits = new BookingLimitsPanel(session, this);
    layout->addWidget(m_limits);

    connect(m_newButton, &QPushButton::clicked, this, &StaffPage::newLogin);
    connect(m_toggleButton, &QPushButton::clicked, this, &StaffPage::toggleSelected);
    connect(m_passwordButton, &QPushButton::clicked, this, &StaffPage::askNewPassword);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StaffPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StaffPage::updateActions);
    retranslate();
    reload();
}

void StaffPage::reload()
{
    m_list.ask(m_session->staff().list(), this, [this](Result<QList<StaffLogin>> result) {
        if (!result) {
            showStatus(result.error().message(), true);
            return;
        }
        const QString selected = selectedLogin();
        m_model->setLogins(result.value());
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->loginAt(row)->login == selected)
                m_view->setCurrentIndex(m_model->index(row, 0));
        }
        emit loaded();
    });
}

QString StaffPage::selectedLogin() const
{
    const StaffLogin *login = m_model->loginAt(m_view->currentIndex().row());
    return login ? login->login : QString();
}

void StaffPage::newLogin()
{
    auto *form = new StaffLoginForm(m_session, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &StaffLoginForm::saved, this, [this](const QString &login) {
        showStatus(tr("The login %1 was created.").arg(login), false);
        reload();
    });
    form->show();
}

void StaffPage::toggleSelected()
{
    const StaffLogin *login = m_model->loginAt(m_view->currentIndex().row());
    if (login)
        setLoginEnabled(login->login, !login->enabled);
}

void StaffPage::setLoginEnabled(const QString &login, bool enabled)
{
    m_session->staff().setEnabled(login, enabled).then(this, [this, login, enabled](Result<void> result) {
        if (!result) {
            showStatus(result.error().message(), true);
            emit changed(false, result.error().message());
            return;
        }
        const QString message = enabled ? tr("%1 may sign in again.").arg(login)
                                        : tr("%1 can no longer sign in.").arg(login);
        showStatus(message, false);
        reload();
        emit changed(true, message);
    });
}

void StaffPage::askNewPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Reset password"),
                                                   tr("New password for %1 (at least 8 characters):").arg(login),
                                                   QLineEdit::Password, QString(), &ok);
    if (ok)
        resetPassword(login, password);
}

void StaffPage::resetPassword(const QString &login, const QString &password)
{
    m_session->staff().resetPassword(login, password).then(this, [this, login](Result<void> result) {
        if (!result) {
            showStatus(result.error().message(), true);
            emit changed(false, result.error().message());
            return;
        }
        const QString message = tr("The password of %1 was changed.").arg(login);
        showStatus(message, false);
        emit changed(true, message);
    });
}

void StaffPage::updateActions()
{
    const StaffLogin *login = m_model->loginAt(m_view->currentIndex().row());
    m_toggleButton->setEnabled(login != nullptr);
    m_passwordButton->setEnabled(login != nullptr);
    m_toggleButton->setText(login && !login->enabled ? tr("Enable") : tr("Disable"));
}

void StaffPage::showStatus(const QString &message, bool error)
{
    AdminLook::setTone(m_status, error ? TextTone::Bad : TextTone::Plain);
    m_status->setText(message);
}

void StaffPage::retranslate()
{
    m_newButton->setText(tr("New login…"));
    m_passwordButton->setText(tr("Reset password…"));
    updateActions();
    m_model->retranslate();
}

void StaffPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Marquee

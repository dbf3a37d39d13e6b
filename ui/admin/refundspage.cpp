#include "refundspage.h"

#include "adminlook.h"
#include "refunds/refundservice.h"
#include "refundtablemodel.h"
#include "session/terminalsession.h"
#include "venue/venueformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Marquee {

RefundsPage::RefundsPage(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new RefundTableModel(this);
    m_model->setVenue(session->venueSettings());
    m_dueOnly = new QCheckBox(this);
    m_dueOnly->setObjectName(QStringLiteral("refundsDueOnly"));
    m_dueOnly->setChecked(true);
    m_reload = new QPushButton(this);
    m_mark = new QPushButton(this);
    m_mark->setObjectName(QStringLiteral("markRefunded"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("refundsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("refundTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RefundTableModel::Event, QHeaderView::Stretch);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_dueOnly);
    bar->addStretch(1);
    bar->addWidget(m_reload);
    bar->addWidget(m_mark);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_dueOnly, &QCheckBox::toggled, this, &RefundsPage::reload);
    connect(m_reload, &QPushButton::clicked, this, &RefundsPage::reload);
    connect(m_mark, &QPushButton::clicked, this, &RefundsPage::askMark);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RefundsPage::updateActions);
    connect(session, &TerminalSession::venueSettingsChanged, this, [this](const VenueSettings &venue) {
        m_model->setVenue(venue);
    });
    // After an outage the list is current again without anyone touching it.
    connect(session, &TerminalSession::connectionRestored, this, [this] {
        if (isVisible())
            reload();
    });
    retranslate();
    updateActions();
}

void RefundsPage::retranslate()
{
    m_dueOnly->setText(tr("Only refunds still &due"));
    m_reload->setText(tr("&Refresh"));
    m_mark->setText(tr("&Mark refunded…"));
    m_model->retranslate();
}

void RefundsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RefundsPage::showStatus(const QString &message, bool error)
{
    AdminLook::setTone(m_status, error ? TextTone::Bad : TextTone::Plain);
    m_status->setText(message);
}

void RefundsPage::reload()
{
    RefundQuery query;
    query.dueOnly = m_dueOnly->isChecked();
    m_list.ask(m_session->refunds().list(query), this, [this](Result<QList<Refund>> refunds) {
        if (!refunds) {
            showStatus(refunds.error().message(), true);
            return;
        }
        m_model->setRefunds(refunds.value());
        Money total;
        for (const Refund &refund : refunds.value()) {
            if (refund.isDue())
                total = total + refund.amount;
        }
        showStatus(tr("%n refund(s) listed; %1 still to give back.", nullptr, int(refunds->size()))
                       .arg(VenueFormat(m_session->venueSettings(), QLocale()).money(total)), false);
        if (!refunds->isEmpty())
            m_table->setCurrentIndex(m_model->index(0, 0));
        updateActions();
    });
}

void RefundsPage::updateActions()
{
    const Refund *refund = m_model->refundAt(m_table->currentIndex().row());
    m_mark->setEnabled(refund && refund->isDue() && !m_busy);
}

void RefundsPage::askMark()
{
    const Refund *refund = m_model->refundAt(m_table->currentIndex().row());
    if (!refund || !refund->isDue())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Mark refunded"));
    auto *what = new QLabel(tr("%1 to %2 for booking %3.")
                                .arg(VenueFormat(m_session->venueSettings(), QLocale()).money(refund->amount),
                                     refund->customerName, refund->reference),
                            &dialog);
    what->setTextFormat(Qt::PlainText);
    auto *method = new QComboBox(&dialog);
    method->addItem(tr("Cash"), int(RefundMethod::Cash));
    method->addItem(tr("Card"), int(RefundMethod::Card));
    method->addItem(tr("Transfer"), int(RefundMethod::Transfer));
    method->setCurrentIndex(refund->paidMethod == QLatin1String("card") ? 1 : 0);
    auto *note = new QLineEdit(&dialog);
    note->setMaxLength(500);
    auto *form = new QFormLayout;
    form->addRow(tr("Given back by"), method);
    form->addRow(tr("Note"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        markCurrent(RefundMethod(method->currentData().toInt()), note->text());
}

void RefundsPage::markCurrent(RefundMethod method, const QString &note)
{
    const Refund *refund = m_model->refundAt(m_table->currentIndex().row());
    if (!refund || !refund->isDue() || m_busy)
        return;
    m_busy = true;
    updateActions();
    m_session->refunds().markRefunded(refund->id, method, note).then(this, [this](Result<Refund> given) {
        m_busy = false;
        if (!given) {
            showStatus(given.error().message(), true);
        } else {
            m_model->replaceRefund(given.value());
            showStatus(tr("Refund of booking %1 marked as given.").arg(given->reference), false);
        }
        updateActions();
    });
}

} // namespace Marquee

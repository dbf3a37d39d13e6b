#include "tickettypeseditor.h"

#include "booking/bookingservice.h"
#include "seatcategorydelegate.h"
#include "session/terminalsession.h"
#include "tickettypetablemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Marquee {

TicketTypesEditor::TicketTypesEditor(TerminalSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TicketTypeTableModel(this))
    , m_table(new QTableView(this))
    , m_categoryDelegate(new SeatCategoryDelegate(this))
    , m_add(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_status(new QLabel(this))
{
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(TicketTypeTableModel::SeatCategory, m_categoryDelegate);
    m_table->horizontalHeader()->setSectionResizeMode(TicketTypeTableModel::Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    connect(m_add, &QPushButton::clicked, this, &TicketTypesEditor::addType);
    connect(m_save, &QPushButton::clicked, this, &TicketTypesEditor::save);
    connect(m_model, &TicketTypeTableModel::rejected, this, [this](const QString &message) { showStatus(message, true); });
    retranslate();
}

void TicketTypesEditor::setEvent(qint64 eventId)
{
    m_eventId = eventId;
    reload();
}

void TicketTypesEditor::setSeatCategories(const QStringList &categories)
{
    m_categoryDelegate->setCategories(categories);
}

QStringList TicketTypesEditor::seatCategories() const
{
    return m_categoryDelegate->categories();
}

bool TicketTypesEditor::hasChanges() const
{
    return !m_model->changedRows().isEmpty();
}

void TicketTypesEditor::setSaveButtonVisible(bool visible)
{
    m_save->setVisible(visible);
}

void TicketTypesEditor::reload()
{
    if (m_eventId <= 0) {
        m_model->setTypes(0, {});
        return;
    }
    const qint64 eventId = m_eventId;
    m_load.ask(m_session.bookings().ticketTypes(eventId), this, [this, eventId](Result<QList<TicketType>> types) {
        if (!types) {
            showStatus(types.error().message(), true);
            return;
        }
        m_model->setTypes(eventId, types.value());
        emit loaded();
    });
}

void TicketTypesEditor::addType()
{
    const int row = m_model->addType(tr("New ticket type"));
    m_table->setCurrentIndex(m_model->index(row, TicketTypeTableModel::Name));
    m_table->edit(m_table->currentIndex());
}

void TicketTypesEditor::save()
{
    m_save->setEnabled(false);
    saveNext(m_model->changedRows(), QString());
}

void TicketTypesEditor::saveNext(QList<int> rows, QString failure)
{
    if (rows.isEmpty()) {
        m_save->setEnabled(true);
        const bool ok = failure.isEmpty();
        showStatus(ok ? tr("Ticket types saved.") : failure, !ok);
        emit saved(ok, ok ? tr("Ticket types saved.") : failure);
        if (ok)
            reload();
        return;
    }
    const int row = rows.takeFirst();
    m_session.bookings().saveTicketType(m_model->types().at(row)).then(this, [this, row, rows, failure](Result<qint64> id) mutable {
        if (id)
            m_model->markSaved(row, id.value());
        else if (failure.isEmpty())
            failure = id.error().message();
        saveNext(rows, failure);
    });
}

QString TicketTypesEditor::status() const
{
    return m_status->text();
}

void TicketTypesEditor::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    m_status->setProperty("error", error);
}

void TicketTypesEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TicketTypesEditor::retranslate()
{
    m_add->setText(tr("Add a ticket type"));
    m_save->setText(tr("Save ticket types"));
    m_table->setAccessibleName(tr("Ticket types of this event"));
}

} // namespace Marquee

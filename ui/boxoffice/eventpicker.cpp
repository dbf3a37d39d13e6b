#include "eventpicker.h"

#include "common/texttone.h"
#include "desklook.h"
#include "domain/event.h"
#include "models/eventfiltermodel.h"
#include "models/eventtablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Marquee {

EventPicker::EventPicker(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
{
    m_events = EventTableModel::forSession(session);
    m_filter = new EventFilterModel(m_events, this);
    m_filter->setOnSaleOnly(true);

    m_label = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("eventSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_label->setBuddy(m_search);
    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("eventList"));
    m_list->setModel(m_filter);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);
    // The search field drives the list with Up/Down; Tab goes straight on to the quantity.
    m_list->setFocusPolicy(Qt::ClickFocus);
    m_list->installEventFilter(this);
    for (int column = 0; column < EventTableModel::ColumnCount; ++column) {
        const bool shown = column == EventTableModel::StartsAt || column == EventTableModel::Title
            || column == EventTableModel::Venue || column == EventTableModel::Price || column == EventTableModel::Remaining;
        m_list->setColumnHidden(column, !shown);
    }
    QHeaderView *header = m_list->horizontalHeader();
    header->setSectionResizeMode(EventTableModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(EventTableModel::StartsAt, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EventTableModel::Price, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EventTableModel::Remaining, QHeaderView::ResizeToContents);
    header->resizeSection(EventTableModel::Venue, 180);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("eventError"));
    m_error->setWordWrap(true);
    DeskLook::setTone(m_error, TextTone::Bad);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        m_list->clearSelection();
        m_list->setCurrentIndex(QModelIndex());
        m_error->hide();
    });
    connect(m_list, &QTableView::clicked, this, [this](const QModelIndex &) { pickCurrent(); });
    connect(m_events, &QAbstractItemModel::dataChanged, this, &EventPicker::pickedEventChanged);
    connect(m_events, &QAbstractItemModel::modelReset, this, &EventPicker::pickedEventChanged);
    connect(m_filter, &EventFilterModel::pageLoaded, this, [this] {
        // The box office wants every upcoming event searchable at once, not just the first page.
        if (m_filter->canFetchMore(QModelIndex()))
            m_filter->fetchMore(QModelIndex());
        emit pickedEventChanged();
    });
    connect(m_filter, &EventFilterModel::loadFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });

    retranslate();
    EventQuery query;
    query.upcomingOnly = true;
    query.status = EventStatus::Active;
    m_filter->setQuery(query);
}

const Event *EventPicker::pickedEvent() const
{
    return m_pickedEventId > 0 ? m_events->eventById(m_pickedEventId) : nullptr;
}

void EventPicker::clear()
{
    m_pickedEventId = 0;
    m_search->clear();
    m_error->hide();
    // Newly added events and fresh seat counts for the next customer.
    m_filter->reload();
    emit pickedEventChanged();
}

void EventPicker::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EventPicker::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_search->setFocus(Qt::OtherFocusReason);
}

void EventPicker::hideError()
{
    m_error->hide();
}

void EventPicker::refreshEvent(qint64 eventId)
{
    m_events->refresh({eventId});
}

void EventPicker::retranslate()
{
    m_label->setText(tr("Event — type part of its title, Up/Down to choose, Enter to pick (F2)"));
    m_search->setPlaceholderText(tr("Search events by title or venue"));
    m_events->setLocale(QLocale());
}

void EventPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool EventPicker::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_search || watched == m_list) && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down: moveSelection(1); return true;
        case Qt::Key_Up: moveSelection(-1); return true;
        case Qt::Key_PageDown: moveSelection(10); return true;
        case Qt::Key_PageUp: moveSelection(-10); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Enter here picks the event; it must not reach the sale panel, where Enter confirms the sale.
            pickCurrent();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EventPicker::moveSelection(int delta)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_list->currentIndex();
    int row = current.isValid() ? current.row() + delta : (delta > 0 ? 0 : rows - 1);
    row = qBound(0, row, rows - 1);
    const QModelIndex target = m_filter->index(row, EventTableModel::Title);
    m_list->setCurrentIndex(target);
    m_list->selectionModel()->select(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(target);
}

void EventPicker::pickCurrent()
{
    QModelIndex current = m_list->currentIndex();
    // Enter with nothing highlighted takes the best (first) match.
    if (!current.isValid() && m_filter->rowCount() > 0)
        current = m_filter->index(0, EventTableModel::Title);
    if (!current.isValid()) {
        showError(tr("No upcoming event matches. Check the spelling or clear the search."));
        return;
    }
    pick(current.data(EventTableModel::EventIdRole).toLongLong());
}

void EventPicker::pick(qint64 eventId)
{
    m_pickedEventId = eventId;
    m_error->hide();
    m_events->refresh({eventId});
    emit pickedEventChanged();
    emit eventPicked(eventId);
}

} // namespace Marquee

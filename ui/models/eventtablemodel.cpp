#include "eventtablemodel.h"

#include "database/databaseworker.h"
#include "events/eventrepository.h"

#include <QBrush>
#include <QColor>
#include <QEvent>
#include <QFont>

namespace Marquee {

EventTableModel::EventTableModel(Source source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
}

void EventTableModel::setWorker(DatabaseWorker *worker)
{
    m_worker = worker;
}

void EventTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_hasLocale = true;
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void EventTableModel::setQuery(const EventQuery &query)
{
    m_query = query;
    reload();
}

void EventTableModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_events.clear();
    m_rowById.clear();
    m_atEnd = false;
    m_loading = false;
    endResetModel();
    requestPage(true);
}

void EventTableModel::setEvents(const QList<Event> &events)
{
    ++m_generation;
    beginResetModel();
    m_events = events;
    m_rowById.clear();
    for (int row = 0; row < m_events.size(); ++row)
        m_rowById.insert(m_events.at(row).id, row);
    m_atEnd = true;
    m_loading = false;
    endResetModel();
}

void EventTableModel::requestPage(bool first)
{
    if (!m_worker || m_loading || m_atEnd)
        return;
    m_loading = true;
    emit loadingChanged(true);
    EventQuery page = m_query;
    page.limit = first ? m_firstPageSize : m_pageSize;
    page.offset = 0;
    if (!first && !m_events.isEmpty()) {
        page.afterStartsAt = m_events.last().startsAt;
        page.afterId = m_events.last().id;
    }
    const quint64 generation = m_generation;
    const bool management = m_source == Source::Management;
    m_worker->run(this, [page, management](QSqlDatabase db) {
        EventRepository events(db);
        return management ? events.list(page) : events.listPublic(page);
    }, [this, generation, first, requested = page.limit](Result<QList<Event>> result) {
        if (generation != m_generation)
            return; // an answer to a query that has since been replaced
        m_loading = false;
        emit loadingChanged(false);
        if (!result) {
            m_atEnd = true;
            emit loadFailed(result.error().message());
            return;
        }
        appendPage(result.value(), first, requested);
    });
}

void EventTableModel::appendPage(const QList<Event> &events, bool first, int requested)
{
    if (events.size() < requested)
        m_atEnd = true;
    if (!events.isEmpty()) {
        const int firstRow = int(m_events.size());
        beginInsertRows(QModelIndex(), firstRow, firstRow + int(events.size()) - 1);
        for (const Event &event : events) {
            m_rowById.insert(event.id, int(m_events.size()));
            m_events.append(event);
        }
        endInsertRows();
    }
    emit pageLoaded(int(events.size()));
    if (first)
        emit firstPageLoaded();
}

bool EventTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && m_worker;
}

void EventTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestPage(m_events.isEmpty());
}

const Event *EventTableModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

const Event *EventTableModel::eventById(qint64 eventId) const
{
    return eventAt(rowOf(eventId));
}

void EventTableModel::applyAvailability(const QList<Availability> &availability)
{
    for (const Availability &a : availability) {
        const int row = rowOf(a.eventId);
        if (row < 0)
            continue;
        Event &event = m_events[row];
        if (event.capacity == a.capacity && event.ticketsSold == a.sold && event.status == a.status)
            continue;
        event.capacity = a.capacity;
        event.ticketsSold = a.sold;
        event.status = a.status;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void EventTableModel::applyEvent(const Event &updated)
{
    const int row = rowOf(updated.id);
    if (row < 0)
        return;
    Event merged = updated;
    if (m_source == Source::Public) {
        merged.revenue = m_events.at(row).revenue;
        merged.bookingsCount = m_events.at(row).bookingsCount;
    }
    m_events[row] = merged;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString statusText(EventStatus status)
{
    switch (status) {
    case EventStatus::Active: return EventTableModel::tr("On sale");
    case EventStatus::Cancelled: return EventTableModel::tr("Cancelled");
    case EventStatus::Completed: return EventTableModel::tr("Completed");
    }
    return QString();
}

} // namespace

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    const Event *event = index.isValid() ? eventAt(index.row()) : nullptr;
    if (!event)
        return QVariant();
    switch (role) {
    case EventIdRole: return event->id;
    case EventRole: return QVariant::fromValue(*event);
    case RemainingRole: return event->remaining();
    case SoldOutRole: return event->remaining() <= 0 || event->status != EventStatus::Active;
    case StatusRole: return int(event->status);
    default: break;
    }

    // The default locale follows the language chosen at run time (the shell sets it).
    const QLocale locale = m_hasLocale ? m_locale : QLocale();
    if (role == SortRole) {
        switch (index.column()) {
        case StartsAt: return event->startsAt;
        case Title: return event->title;
        case Venue: return event->venue;
        case Price: return event->price.minorUnits();
        case Capacity: return event->capacity;
        case Sold: return event->ticketsSold;
        case Remaining: return event->remaining();
        case Revenue: return event->revenue.minorUnits();
        case Bookings: return event->bookingsCount;
        case Status: return int(event->status);
        default: return QVariant();
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StartsAt: {
            // Seconds mean nothing on a ticket; some locales' short format still shows them.
            const QDateTime local = event->startsAt.toLocalTime();
            return QString(locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                           + locale.toString(local.time(), QStringLiteral("HH:mm")));
        }
        case Title: return event->title;
        case Venue: return event->venue;
        case Price: return event->price.toDisplayString(locale);
        case Capacity: return locale.toString(event->capacity);
        case Sold: return locale.toString(event->ticketsSold);
        case Remaining:
            if (event->status == EventStatus::Active && event->remaining() <= 0)
                return tr("Sold out");
            return locale.toString(event->remaining());
        case Revenue: return event->revenue.toDisplayString(locale);
        case Bookings: return locale.toString(event->bookingsCount);
        case Status: return statusText(event->status);
        default: return QVariant();
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Price: case Capacity: case Sold: case Remaining: case Revenue: case Bookings:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ForegroundRole) {
        if (event->status == EventStatus::Cancelled)
            return QBrush(QColor(0x88, 0x88, 0x88));
        if (index.column() == Remaining && event->remaining() <= 0)
            return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    if (role == Qt::FontRole && index.column() == Remaining && event->remaining() <= 0) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return QVariant();
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartsAt: return tr("Date");
    case Title: return tr("Title");
    case Venue: return tr("Venue");
    case Price: return tr("Price");
    case Capacity: return tr("Capacity");
    case Sold: return tr("Sold");
    case Remaining: return tr("Remaining");
    case Revenue: return tr("Revenue");
    case Bookings: return tr("Bookings");
    case Status: return tr("Status");
    default: return QVariant();
    }
}

bool EventTableModel::event(QEvent *event)
{
    // Headers and status words follow a language switch at run time.
    if (event->type() == QEvent::LanguageChange) {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_events.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    return QAbstractTableModel::event(event);
}

} // namespace Marquee

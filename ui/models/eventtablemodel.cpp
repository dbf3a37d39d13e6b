#include "eventtablemodel.h"

#include "availability/liveavailability.h"
#include "common/sharedlook.h"
#include "events/eventservice.h"
#include "session/terminalsession.h"

#include <vector>

#include <QBrush>
#include <QColor>
#include <QEvent>
#include <QFont>

namespace Marquee {

namespace {

// Admin terminals re-read changed events whole (revenue, bookings) at most this often, in one batch.
constexpr int RereadDelayMs = 250;
constexpr int RereadBatch = 200;
// Events that started longer ago than this cannot change seats any more: the listener need not watch them.
constexpr qint64 WatchAfterStartSeconds = 24 * 3600;

} // namespace

struct EventTableModel::Scope
{
    bool hasQuery = false;
    EventQuery query;
    QSet<qint64> ids;
    bool loading = false;
    bool atEnd = true;
    // The last row the database returned for this scope: the next page continues after it.
    QDateTime lastStartsAt;
    qint64 lastId = 0;
    LatestReply page;
};

EventTableModel::EventTableModel(TerminalSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_management(session && session->info().mayUseAdmin())
{
    m_reread.setSingleShot(true);
    m_reread.setInterval(RereadDelayMs);
    connect(&m_reread, &QTimer::timeout, this, &EventTableModel::rereadChanged);
    // The listener's watch list follows the rows, once per burst of changes.
    m_watch.setSingleShot(true);
    m_watch.setInterval(0);
    connect(&m_watch, &QTimer::timeout, this, &EventTableModel::watchChangedRows);
    if (!m_session)
        return;
    connect(m_session->live(), &LiveAvailability::availabilityChanged, this,
            [this](const QList<Marquee::Availability> &availability, bool) { applyAvailability(availability); });
    // A sale or cancellation made here changes revenue and bookings, which the public hint does not carry.
    connect(m_session, &TerminalSession::bookingsChanged, this, [this](qint64 eventId) {
        if (m_management && rowOf(eventId) >= 0) {
            m_changed.insert(eventId);
            m_reread.start();
        }
    });
    // Back from an outage (a server restart, a cut cable): every list asks its question again by itself, so an
    // event added, changed or cancelled meanwhile shows without anyone touching the terminal (issue #11 §6).
    connect(m_session, &TerminalSession::connectionRestored, this, [this] {
        std::vector<int> ids;
        for (const auto &entry : m_scopes) {
            if (entry.second->hasQuery)
                ids.push_back(entry.first);
        }
        for (int id : ids)
            reloadScope(id);
    });
}

EventTableModel::~EventTableModel() = default;

EventTableModel *EventTableModel::forSession(TerminalSession *session)
{
    if (!session)
        return nullptr;
    if (auto *existing = session->findChild<EventTableModel *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new EventTableModel(session, session);
}

EventTableModel::Scope *EventTableModel::scope(int id) const
{
    auto found = m_scopes.find(id);
    return found == m_scopes.end() ? nullptr : found->second.get();
}

int EventTableModel::addScope()
{
    const int id = m_nextScope++;
    m_scopes.emplace(id, std::make_unique<Scope>());
    return id;
}

void EventTableModel::removeScope(int id)
{
    m_scopes.erase(id);
    dropRowsOutsideScopes();
}

void EventTableModel::setScopeQuery(int id, const EventQuery &query)
{
    Scope *s = scope(id);
    if (!s)
        return;
    s->hasQuery = true;
    s->query = query;
    reloadScope(id);
}

EventQuery EventTableModel::scopeQuery(int id) const
{
    const Scope *s = scope(id);
    return s ? s->query : EventQuery();
}

void EventTableModel::reloadScope(int id)
{
    Scope *s = scope(id);
    if (!s || !s->hasQuery)
        return;
    s->page.cancel();
    const bool wasLoading = s->loading;
    s->ids.clear();
    s->atEnd = false;
    s->loading = false;
    s->lastStartsAt = QDateTime();
    s->lastId = 0;
    if (wasLoading)
        emit scopeLoadingChanged(id, false);
    // Rows of this scope leave its view now; those no other view holds leave the model.
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    dropRowsOutsideScopes();
    requestPage(id, true);
}

bool EventTableModel::inScope(int id, qint64 eventId) const
{
    const Scope *s = scope(id);
    if (!s)
        return false;
    return !s->hasQuery || s->ids.contains(eventId);
}

bool EventTableModel::scopeCanFetchMore(int id) const
{
    const Scope *s = scope(id);
    return s && s->hasQuery && !s->atEnd && !s->loading && m_session;
}

void EventTableModel::scopeFetchMore(int id)
{
    const Scope *s = scope(id);
    if (s && s->hasQuery)
        requestPage(id, s->ids.isEmpty() && !s->lastId);
}

bool EventTableModel::isScopeLoading(int id) const
{
    const Scope *s = scope(id);
    return s && s->loading;
}

void EventTableModel::addToScope(int id, const Event &event)
{
    Scope *s = scope(id);
    if (s)
        s->ids.insert(event.id);
    touchRow(upsert(event));
    m_watch.start();
}

void EventTableModel::requestPage(int id, bool first)
{
    Scope *s = scope(id);
    if (!s || !m_session || s->loading || s->atEnd)
        return;
    s->loading = true;
    emit scopeLoadingChanged(id, true);
    EventQuery page = s->query;
    page.limit = first ? m_firstPageSize : m_pageSize;
    page.offset = 0;
    if (!first && s->lastId) {
        page.afterStartsAt = s->lastStartsAt;
        page.afterId = s->lastId;
    }
    s->page.ask(m_session->events().list(page), this, [this, id, first, requested = page.limit](Result<QList<Event>> result) {
        receivePage(id, first, requested, result);
    });
}

void EventTableModel::receivePage(int id, bool first, int requested, const Result<QList<Event>> &result)
{
    Scope *s = scope(id);
    if (!s)
        return;
    s->loading = false;
    emit scopeLoadingChanged(id, false);
    if (!result) {
        s->atEnd = true;
        emit scopeLoadFailed(id, result.error().message());
        return;
    }
    const QList<Event> &events = result.value();
    if (events.size() < requested)
        s->atEnd = true;
    if (!events.isEmpty()) {
        s->lastStartsAt = events.last().startsAt;
        s->lastId = events.last().id;
    }
    // Membership first, so the proxies accept the rows as they arrive.
    for (const Event &event : events)
        s->ids.insert(event.id);
    for (const Event &event : events)
        touchRow(upsert(event));
    m_watch.start();
    emit scopeLoaded(id, int(events.size()), first);
}

int EventTableModel::upsert(const Event &event)
{
    const int row = rowOf(event.id);
    if (row >= 0) {
        Event merged = event;
        if (!m_management) {
            merged.revenue = m_events.at(row).revenue;
            merged.bookingsCount = m_events.at(row).bookingsCount;
        }
        m_events[row] = merged;
        return row;
    }
    const int newRow = int(m_events.size());
    beginInsertRows(QModelIndex(), newRow, newRow);
    m_rowById.insert(event.id, newRow);
    m_events.append(event);
    endInsertRows();
    return -1; // inserted: nothing to touch
}

void EventTableModel::touchRow(int row)
{
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void EventTableModel::dropRowsOutsideScopes()
{
    // From the end, so the rows before keep their numbers while removing.
    bool removed = false;
    for (int row = int(m_events.size()) - 1; row >= 0; --row) {
        const qint64 id = m_events.at(row).id;
        bool held = false;
        for (const auto &[scopeId, s] : m_scopes) {
            if (!s->hasQuery || s->ids.contains(id)) {
                held = true;
                break;
            }
        }
        if (held)
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        m_events.removeAt(row);
        endRemoveRows();
        removed = true;
    }
    if (removed) {
        m_rowById.clear();
        for (int row = 0; row < m_events.size(); ++row)
            m_rowById.insert(m_events.at(row).id, row);
        m_watch.start();
    }
}

void EventTableModel::watchChangedRows()
{
    if (!m_session)
        return;
    const QDateTime stillChanging = QDateTime::currentDateTimeUtc().addSecs(-WatchAfterStartSeconds);
    QList<qint64> ids;
    for (const Event &event : std::as_const(m_events)) {
        if (event.status == EventStatus::Active && event.startsAt > stillChanging)
            ids.append(event.id);
    }
    m_session->live()->watch(ids);
}

void EventTableModel::setEvents(const QList<Event> &events)
{
    beginResetModel();
    m_events = events;
    m_rowById.clear();
    for (int row = 0; row < m_events.size(); ++row)
        m_rowById.insert(m_events.at(row).id, row);
    endResetModel();
}

void EventTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_hasLocale = true;
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
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
        if (event.capacity == a.capacity && event.ticketsSold == a.sold && event.ticketsReserved == a.reserved
            && event.status == a.status)
            continue;
        if (m_management)
            m_changed.insert(a.eventId); // sales moved: revenue and bookings (not in the hint) did too
        event.capacity = a.capacity;
        event.ticketsSold = a.sold;
        event.ticketsReserved = a.reserved;
        event.status = a.status;
        touchRow(row);
    }
    if (!m_changed.isEmpty() && !m_reread.isActive())
        m_reread.start();
}

void EventTableModel::applyEvent(const Event &updated)
{
    touchRow(rowOf(updated.id) >= 0 ? upsert(updated) : -1);
}

void EventTableModel::refresh(const QList<qint64> &eventIds)
{
    if (m_session)
        m_session->live()->refresh(eventIds);
}

void EventTableModel::rereadChanged()
{
    // One batch at a time: the answer starts the next one if more changed meanwhile.
    if (!m_session || m_changed.isEmpty() || m_rereading)
        return;
    QList<qint64> ids;
    for (auto it = m_changed.begin(); it != m_changed.end() && ids.size() < RereadBatch;) {
        ids.append(*it);
        it = m_changed.erase(it);
    }
    m_rereading = true;
    m_session->events().byIds(ids).then(this, [this](Result<QList<Event>> result) {
        m_rereading = false;
        if (result) {
            for (const Event &event : result.value())
                applyEvent(event);
        }
        if (!m_changed.isEmpty())
            m_reread.start();
    });
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
            // Seconds mean nothing on a ticket; some locales' short format still shows them. The venue's clock,
            // whatever this terminal's zone.
            const QDateTime local = m_session ? event->startsAt.toTimeZone(m_session->venueSettings().timeZone())
                                              : event->startsAt.toLocalTime();
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
        case Status:
            // Nothing left (sold, or held by live reservations): what the admin needs to see first.
            if (event->status == EventStatus::Active && event->remaining() <= 0)
                return tr("Sold out");
            return statusText(event->status);
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
            return QBrush(SharedLook::inactive());
        if (index.column() == Remaining && event->remaining() <= 0)
            return QBrush(SharedLook::problem());
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

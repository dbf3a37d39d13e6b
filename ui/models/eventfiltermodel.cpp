#include "eventfiltermodel.h"

#include "eventtablemodel.h"

namespace Marquee {

EventFilterModel::EventFilterModel(EventTableModel *events, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_events(events)
    , m_scope(events->addScope())
{
    setSourceModel(events);
    setSortRole(EventTableModel::SortRole);
    setDynamicSortFilter(true);
    sort(EventTableModel::StartsAt, Qt::AscendingOrder);
    connect(events, &EventTableModel::scopeLoaded, this, [this](int scope, int rows, bool first) {
        if (scope != m_scope)
            return;
        emit pageLoaded(rows);
        if (first)
            emit firstPageLoaded();
    });
    connect(events, &EventTableModel::scopeLoadFailed, this, [this](int scope, const QString &message) {
        if (scope == m_scope)
            emit loadFailed(message);
    });
    connect(events, &EventTableModel::scopeLoadingChanged, this, [this](int scope, bool loading) {
        if (scope == m_scope)
            emit loadingChanged(loading);
    });
}

EventFilterModel::~EventFilterModel()
{
    // The shared model may outlive this view; it forgets what only this view held.
    if (m_events)
        m_events->removeScope(m_scope);
}

void EventFilterModel::setQuery(const EventQuery &query)
{
    m_events->setScopeQuery(m_scope, query);
    invalidateFilter();
}

EventQuery EventFilterModel::query() const
{
    return m_events->scopeQuery(m_scope);
}

void EventFilterModel::reload()
{
    m_events->reloadScope(m_scope);
    invalidateFilter();
}

bool EventFilterModel::isLoading() const
{
    return m_events->isScopeLoading(m_scope);
}

void EventFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void EventFilterModel::setStatusFilter(std::optional<EventStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void EventFilterModel::setDateFilter(const QDate &from, const QDate &until)
{
    m_from = from;
    m_until = until;
    invalidateFilter();
}

void EventFilterModel::setOnSaleOnly(bool onSaleOnly)
{
    m_onSaleOnly = onSaleOnly;
    invalidateFilter();
}

bool EventFilterModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_events->scopeCanFetchMore(m_scope);
}

void EventFilterModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_events->scopeFetchMore(m_scope);
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const Event *event = sourceParent.isValid() ? nullptr : m_events->eventAt(sourceRow);
    if (!event || !m_events->inScope(m_scope, event->id))
        return false;
    if (!m_search.isEmpty() && !event->title.contains(m_search, Qt::CaseInsensitive)
        && !event->venue.contains(m_search, Qt::CaseInsensitive))
        return false;
    if (m_status && event->status != *m_status)
        return false;
    const QDate day = event->startsAt.toLocalTime().date();
    if (m_from.isValid() && day < m_from)
        return false;
    if (m_until.isValid() && day > m_until)
        return false;
    if (m_onSaleOnly && (event->status != EventStatus::Active || event->startsAt <= QDateTime::currentDateTimeUtc()))
        return false;
    return true;
}

bool EventFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(EventTableModel::SortRole);
    const QVariant b = right.data(EventTableModel::SortRole);
    const auto order = QVariant::compare(a, b);
    if (order != QPartialOrdering::Equivalent)
        return order == QPartialOrdering::Less;
    // Keyset order: start, then id.
    return left.data(EventTableModel::EventIdRole).toLongLong() < right.data(EventTableModel::EventIdRole).toLongLong();
}

} // namespace Marquee

#include "eventfiltermodel.h"

#include "eventtablemodel.h"

namespace Marquee {

EventFilterModel::EventFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EventTableModel::SortRole);
    setDynamicSortFilter(true);
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

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *events = qobject_cast<const EventTableModel *>(sourceModel());
    const Event *event = events ? events->eventAt(sourceRow) : nullptr;
    if (!event || sourceParent.isValid())
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
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace Marquee

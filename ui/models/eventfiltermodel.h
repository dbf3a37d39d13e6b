#pragma once

#include "domain/event.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace Marquee {

// Sorting and instant filtering of the loaded events, with typed setters.
// (The database does the heavy filtering through EventQuery; this narrows what is on screen.)
class EventFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setStatusFilter(std::optional<EventStatus> status);
    void setDateFilter(const QDate &from, const QDate &until);
    void setOnSaleOnly(bool onSaleOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    std::optional<EventStatus> m_status;
    QDate m_from;
    QDate m_until;
    bool m_onSaleOnly = false;
};

} // namespace Marquee

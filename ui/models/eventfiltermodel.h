#pragma once

#include "domain/event.h"

#include <QDate>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <optional>

namespace Marquee {

class EventTableModel;

// One view's window on the terminal's events: its own question to the database (a scope of the shared
// EventTableModel: loaded page by page as the view scrolls), sorted by start, with typed instant filters on top
// (search as you type, a date range, on sale only) that narrow what is on screen without asking the server.
class EventFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterModel(EventTableModel *events, QObject *parent = nullptr);
    ~EventFilterModel() override;

    EventTableModel *events() const { return m_events; }

    // What this view asks the database for; reloads from the first page.
    void setQuery(const EventQuery &query);
    EventQuery query() const;
    void reload();
    bool isLoading() const;

    void setSearchText(const QString &text);
    void setStatusFilter(std::optional<EventStatus> status);
    void setDateFilter(const QDate &from, const QDate &until);
    void setOnSaleOnly(bool onSaleOnly);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void firstPageLoaded();
    void pageLoaded(int rows);
    void loadFailed(const QString &message);
    void loadingChanged(bool loading);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QPointer<EventTableModel> m_events;
    int m_scope = 0;
    QString m_search;
    std::optional<EventStatus> m_status;
    QDate m_from;
    QDate m_until;
    bool m_onSaleOnly = false;
};

} // namespace Marquee

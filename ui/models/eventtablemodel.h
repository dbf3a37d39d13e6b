#pragma once

#include "database/databaseworker.h"
#include "common/error.h"
#include "domain/availability.h"
#include "domain/event.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QPointer>

namespace Marquee {

class DatabaseWorker;

// Events as rows, loaded in pages from a worker thread (keyset paging on start time, id), kept
// live by availability updates. Used by the admin table (management source: revenue, bookings) and
// by the kiosk and box office lists (public source). A page that arrives for an older query than
// the current one is dropped, not shown.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StartsAt, Title, Venue, Price, Capacity, Sold, Remaining, Revenue, Bookings, Status, ColumnCount };
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        EventRole,          // the whole Event as a QVariant
        RemainingRole,      // int
        SoldOutRole,        // bool: nothing left, or not on sale
        StatusRole,         // EventStatus as int
        SortRole            // a value that sorts naturally (dates, numbers)
    };
    Q_ENUM(Column)

    enum class Source { Management, Public };

    explicit EventTableModel(Source source, QObject *parent = nullptr);

    // Where pages are read from. Without a worker the model only shows what setEvents() gave it.
    void setWorker(DatabaseWorker *worker);
    void setFirstPageSize(int rows) { m_firstPageSize = rows; }
    void setPageSize(int rows) { m_pageSize = rows; }

    // Replaces the filter and reloads from the first page.
    void setQuery(const EventQuery &query);
    EventQuery query() const { return m_query; }
    void reload();

    // Shows these events (no paging): for tests and the benchmark.
    void setEvents(const QList<Event> &events);

    const Event *eventAt(int row) const;
    const Event *eventById(qint64 eventId) const;
    int rowOf(qint64 eventId) const { return m_rowById.value(eventId, -1); }
    bool isLoading() const { return m_loading; }
    void setLocale(const QLocale &locale);

    // Applies re-read availability. Rows of other events are untouched.
    void applyAvailability(const QList<Marquee::Availability> &availability);
    // Replaces one row with a re-read event (after an edit).
    void applyEvent(const Event &event);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void firstPageLoaded();
    void pageLoaded(int rows);
    void loadFailed(const QString &message);
    void loadingChanged(bool loading);

protected:
    bool event(QEvent *event) override;

private:
    void requestPage(bool first);
    void appendPage(const QList<Event> &events, bool first, int requested);

    Source m_source;
    QPointer<DatabaseWorker> m_worker;
    EventQuery m_query;
    QList<Event> m_events;
    QHash<qint64, int> m_rowById;
    QLocale m_locale;
    bool m_hasLocale = false;
    int m_firstPageSize = 100;
    int m_pageSize = 1000;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_atEnd = true;
};

} // namespace Marquee

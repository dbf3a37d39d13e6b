#pragma once

#include "domain/availability.h"
#include "domain/event.h"
#include "service/reply.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QTimer>

#include <memory>
#include <unordered_map>

namespace Marquee {

class TerminalSession;

// The events one terminal knows, with their seats: one model per terminal, the one availability truth every view
// of that terminal shows (through an EventFilterModel each).
//
// Each view asks its own question of the database through a *scope* (upcoming events for the kiosk and the
// desk, the admin's search with its filters): pages of the answer are loaded with keyset paging and join this
// one list, so an event two views show is held, and kept live, once. A view's proxy shows exactly the rows the
// database returned for its scope — no client-side re-filtering of what the server decided — plus whatever
// instant narrowing the view adds. Availability hints re-read by the listener are applied here, once per
// terminal; on an admin terminal (revenue, bookings) a changed event is re-read whole, batched. Rows that no
// scope holds any more are dropped, and the listener stops watching them.
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

    // The terminal's one model, made on first use and owned by the session (it goes with it).
    static EventTableModel *forSession(TerminalSession *session);

    // Without a session the model only shows what setEvents() gives it (tests, the benchmark).
    // Views use forSession(): a second model for the same session would be a second truth.
    explicit EventTableModel(TerminalSession *session, QObject *parent = nullptr);
    ~EventTableModel() override;

    // Whether rows carry the management figures (an admin terminal).
    bool isManagement() const { return m_management; }
    void setFirstPageSize(int rows) { m_firstPageSize = rows; }
    void setPageSize(int rows) { m_pageSize = rows; }

    // --- Scopes: one per view (EventFilterModel does this for its view).
    int addScope();
    void removeScope(int scope);
    // Replaces the scope's question and loads its first page.
    void setScopeQuery(int scope, const EventQuery &query);
    EventQuery scopeQuery(int scope) const;
    void reloadScope(int scope);
    // A scope without a query (never set) holds every row: for models filled by setEvents().
    bool inScope(int scope, qint64 eventId) const;
    bool scopeCanFetchMore(int scope) const;
    void scopeFetchMore(int scope);
    bool isScopeLoading(int scope) const;
    // Adds an event the database just returned (an admin created it) to the model and to the scope.
    void addToScope(int scope, const Event &event);

    // Shows these events (no paging, no session): for tests and the benchmark.
    void setEvents(const QList<Event> &events);

    const Event *eventAt(int row) const;
    const Event *eventById(qint64 eventId) const;
    int rowOf(qint64 eventId) const { return m_rowById.value(eventId, -1); }
    void setLocale(const QLocale &locale);

    // Applies re-read availability. Rows of other events are untouched.
    void applyAvailability(const QList<Marquee::Availability> &availability);
    // Replaces one row with a re-read event (after an edit).
    void applyEvent(const Event &event);
    // Re-reads these events now (the count on screen may be seconds old).
    void refresh(const QList<qint64> &eventIds);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void scopeLoaded(int scope, int rows, bool firstPage);
    void scopeLoadFailed(int scope, const QString &message);
    void scopeLoadingChanged(int scope, bool loading);

protected:
    bool event(QEvent *event) override;

private:
    struct Scope;
    Scope *scope(int id) const;
    void requestPage(int scopeId, bool first);
    void receivePage(int scopeId, bool first, int requested, const Result<QList<Event>> &result);
    // Inserts or updates a row; returns its row.
    int upsert(const Event &event);
    void touchRow(int row);
    void dropRowsOutsideScopes();
    void watchChangedRows();
    void rereadChanged();

    TerminalSession *m_session = nullptr;
    bool m_management = false;
    QList<Event> m_events;
    QHash<qint64, int> m_rowById;
    std::unordered_map<int, std::unique_ptr<Scope>> m_scopes;
    int m_nextScope = 1;
    QLocale m_locale;
    bool m_hasLocale = false;
    int m_firstPageSize = 100;
    int m_pageSize = 1000;
    // Admin terminals: events whose figures changed, re-read whole in one batch.
    QSet<qint64> m_changed;
    QTimer m_reread;
    bool m_rereading = false;
    QTimer m_watch;
};

} // namespace Marquee

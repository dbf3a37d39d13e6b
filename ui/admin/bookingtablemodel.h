#pragma once

#include "database/databaseworker.h"
#include "domain/booking.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Marquee {

class DatabaseWorker;

// The bookings of one event, oldest first, loaded in pages from a worker thread. A page that
// arrives for an event no longer shown is dropped.
class BookingTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { BookedAt, Reference, Customer, Phone, Tickets, Amount, Payment, SoldBy, Status, CheckedIn, ColumnCount };
    enum Role { BookingIdRole = Qt::UserRole + 1 };

    explicit BookingTableModel(QObject *parent = nullptr);

    void setWorker(DatabaseWorker *worker) { m_worker = worker; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // Shows the bookings of this event (0: none), from the first page.
    void setEventId(qint64 eventId);
    qint64 eventId() const { return m_eventId; }
    void reload();
    void retranslate();

    const Booking *bookingAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void pageLoaded(int rows);
    void loadFailed(const QString &message);

private:
    void requestPage();

    QPointer<DatabaseWorker> m_worker;
    QList<Booking> m_bookings;
    qint64 m_eventId = 0;
    int m_pageSize = 500;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_atEnd = true;
};

} // namespace Marquee

#pragma once

#include "domain/booking.h"
#include "service/reply.h"

#include <QAbstractTableModel>
#include <QList>

namespace Marquee {

class BookingService;

// The bookings of one event, oldest first, loaded in pages through the booking service. A page that arrives for an
// event no longer shown is dropped (asking for another event cancels the page on its way).
class BookingTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { BookedAt, Reference, Customer, Phone, Tickets, Amount, Payment, SoldBy, Status, CheckedIn, ColumnCount };
    enum Role { BookingIdRole = Qt::UserRole + 1 };

    explicit BookingTableModel(QObject *parent = nullptr);

    void setService(BookingService *bookings) { m_service = bookings; }
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

    BookingService *m_service = nullptr;
    LatestReply m_page;
    QList<Booking> m_bookings;
    qint64 m_eventId = 0;
    int m_pageSize = 500;
    bool m_loading = false;
    bool m_atEnd = true;
};

} // namespace Marquee

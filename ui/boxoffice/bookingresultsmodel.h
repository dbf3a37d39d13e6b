#pragma once

#include "domain/booking.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace Marquee {

// Bookings found at the box office (by ticket code, reference or phone), one per row.
class BookingResultsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Reference, EventTitle, StartsAt, Customer, Phone, Quantity, Total, Payment, Status, BookedAt, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        BookingIdRole = Qt::UserRole + 1,
        CancelledRole
    };

    explicit BookingResultsModel(QObject *parent = nullptr);

    void setBookings(const QList<Booking> &bookings);
    // Replaces the row of the same booking (after a cancellation or a check-in).
    void replaceBooking(const Booking &booking);
    const Booking *bookingAt(int row) const;
    int rowOf(qint64 bookingId) const;
    void setLocale(const QLocale &locale);
    // Headers and status words follow a language switch.
    void retranslate();

    static QString paymentText(PaymentMethod method);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Booking> m_bookings;
    QLocale m_locale;
};

} // namespace Marquee

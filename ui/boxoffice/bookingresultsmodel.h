#pragma once

#include "domain/booking.h"
#include "domain/venuesettings.h"

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
    // Times in the venue's zone, prices in its currency.
    void setVenue(const VenueSettings &venue);
    // What a booking is now, in words: a reservation and until when, paid, expired, cancelled with its refund,
    // or its event cancelled ("refund at the box office").
    QString statusText(const Booking &booking) const;
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
    VenueSettings m_venue;
};

} // namespace Marquee

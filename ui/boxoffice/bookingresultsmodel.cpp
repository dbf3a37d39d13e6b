#include "bookingresultsmodel.h"

#include "venue/venueformat.h"

#include "desklook.h"

namespace Marquee {

BookingResultsModel::BookingResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BookingResultsModel::setBookings(const QList<Booking> &bookings)
{
    beginResetModel();
    m_bookings = bookings;
    endResetModel();
}

void BookingResultsModel::replaceBooking(const Booking &booking)
{
    const int row = rowOf(booking.id);
    if (row < 0)
        return;
    m_bookings[row] = booking;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Booking *BookingResultsModel::bookingAt(int row) const
{
    return row >= 0 && row < m_bookings.size() ? &m_bookings.at(row) : nullptr;
}

int BookingResultsModel::rowOf(qint64 bookingId) const
{
    for (int row = 0; row < m_bookings.size(); ++row) {
        if (m_bookings.at(row).id == bookingId)
            return row;
    }
    return -1;
}

void BookingResultsModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    retranslate();
}

void BookingResultsModel::setVenue(const VenueSettings &venue)
{
    m_venue = venue;
    retranslate();
}

QString BookingResultsModel::statusText(const Booking &booking) const
{
    const VenueFormat format(m_venue, m_locale);
    switch (booking.status) {
    case BookingStatus::Reserved:
        return tr("Reserved: to pay by %1").arg(format.dateTime(booking.expiresAt, QStringLiteral("HH:mm")));
    case BookingStatus::Confirmed:
        return booking.expiresAt.isValid() ? tr("Paid (reservation)") : tr("Confirmed");
    case BookingStatus::Expired:
        return tr("Expired, not paid");
    case BookingStatus::RefundDue:
        if (booking.refund && !booking.refund->isDue())
            return tr("Event cancelled: refunded");
        return booking.refund ? tr("Event cancelled: refund %1 at the box office").arg(format.money(booking.refund->amount))
                              : tr("Event cancelled");
    case BookingStatus::Cancelled:
        if (booking.refund)
            return booking.refund->isDue() ? tr("Cancelled: refund %1 due").arg(format.money(booking.refund->amount))
                                           : tr("Cancelled: refunded");
        return tr("Cancelled");
    }
    return QString();
}

void BookingResultsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_bookings.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString BookingResultsModel::paymentText(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash: return tr("Cash");
    case PaymentMethod::Card: return tr("Card");
    case PaymentMethod::Complimentary: return tr("Complimentary");
    }
    return QString();
}

int BookingResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bookings.size());
}

int BookingResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookingResultsModel::data(const QModelIndex &index, int role) const
{
    const Booking *booking = index.isValid() ? bookingAt(index.row()) : nullptr;
    if (!booking)
        return QVariant();
    if (role == BookingIdRole)
        return booking->id;
    if (role == CancelledRole)
        return booking->isVoid();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Reference: return booking->reference;
        case EventTitle: return booking->eventTitle;
        case StartsAt: return VenueFormat(m_venue, m_locale).dateTime(booking->startsAt);
        case Customer: return booking->customerName;
        case Phone: return booking->customerPhone;
        case Quantity: return m_locale.toString(booking->quantity);
        case Total: return VenueFormat(m_venue, m_locale).money(booking->totalAmount);
        case Payment: return paymentText(booking->paymentMethod);
        case Status: return statusText(*booking);
        case BookedAt: return VenueFormat(m_venue, m_locale).dateTime(booking->bookedAt);
        default: return QVariant();
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Reference: case Quantity: case Total:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ForegroundRole && booking->isVoid())
        return index.column() == Status ? DeskLook::cancelledText() : DeskLook::inactiveText();
    return QVariant();
}

QVariant BookingResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference: return tr("Booking");
    case EventTitle: return tr("Event");
    case StartsAt: return tr("Date");
    case Customer: return tr("Customer");
    case Phone: return tr("Phone");
    case Quantity: return tr("Tickets");
    case Total: return tr("Total");
    case Payment: return tr("Payment");
    case Status: return tr("Status");
    case BookedAt: return tr("Sold at");
    default: return QVariant();
    }
}

} // namespace Marquee

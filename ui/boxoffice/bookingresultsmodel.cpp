#include "bookingresultsmodel.h"

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
        case StartsAt: return m_locale.toString(booking->startsAt.toLocalTime(), QLocale::ShortFormat);
        case Customer: return booking->customerName;
        case Phone: return booking->customerPhone;
        case Quantity: return m_locale.toString(booking->quantity);
        case Total: return booking->totalAmount.toDisplayString(m_locale);
        case Payment: return paymentText(booking->paymentMethod);
        case Status: return booking->isVoid() ? tr("Cancelled") : tr("Confirmed");
        case BookedAt: return m_locale.toString(booking->bookedAt.toLocalTime(), QLocale::ShortFormat);
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

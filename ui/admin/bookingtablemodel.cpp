#include "bookingtablemodel.h"

#include "adminlook.h"
#include "booking/bookingservice.h"

#include <QLocale>

namespace Marquee {

BookingTableModel::BookingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BookingTableModel::setEventId(qint64 eventId)
{
    m_eventId = eventId;
    reload();
}

void BookingTableModel::reload()
{
    m_page.cancel();
    beginResetModel();
    m_bookings.clear();
    m_loading = false;
    m_atEnd = m_eventId == 0;
    endResetModel();
    requestPage();
}

void BookingTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_bookings.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void BookingTableModel::requestPage()
{
    if (!m_service || m_loading || m_atEnd)
        return;
    m_loading = true;
    const int limit = m_pageSize;
    m_page.ask(m_service->byEvent(m_eventId, limit, int(m_bookings.size())), this,
               [this, limit](Result<QList<Booking>> result) {
        m_loading = false;
        if (!result) {
            m_atEnd = true;
            emit loadFailed(result.error().message());
            return;
        }
        const QList<Booking> &page = result.value();
        if (page.size() < limit)
            m_atEnd = true;
        if (!page.isEmpty()) {
            const int first = int(m_bookings.size());
            beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
            m_bookings.append(page);
            endInsertRows();
        }
        emit pageLoaded(int(page.size()));
    });
}

const Booking *BookingTableModel::bookingAt(int row) const
{
    return row >= 0 && row < m_bookings.size() ? &m_bookings.at(row) : nullptr;
}

int BookingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bookings.size());
}

int BookingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString paymentText(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash: return BookingTableModel::tr("Cash");
    case PaymentMethod::Card: return BookingTableModel::tr("Card");
    case PaymentMethod::Complimentary: return BookingTableModel::tr("Complimentary");
    }
    return QString();
}

int usedTickets(const Booking &booking)
{
    int used = 0;
    for (const Ticket &ticket : booking.tickets)
        used += ticket.status == TicketStatus::Used ? 1 : 0;
    return used;
}

} // namespace

QVariant BookingTableModel::data(const QModelIndex &index, int role) const
{
    const Booking *booking = index.isValid() ? bookingAt(index.row()) : nullptr;
    if (!booking)
        return QVariant();
    if (role == BookingIdRole)
        return booking->id;
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case BookedAt: return locale.toString(booking->bookedAt.toLocalTime(), QLocale::ShortFormat);
        case Reference: return booking->reference;
        case Customer: return booking->customerName;
        case Phone: return booking->customerPhone;
        case Tickets: return locale.toString(booking->quantity);
        case Amount: return booking->totalAmount.toDisplayString(locale);
        case Payment: return paymentText(booking->paymentMethod);
        case SoldBy: return booking->soldBy;
        case Status: return booking->isVoid() ? tr("Cancelled") : tr("Confirmed");
        case CheckedIn: return tr("%1 of %2").arg(locale.toString(usedTickets(*booking)), locale.toString(int(booking->tickets.size())));
        default: return QVariant();
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Tickets: case Amount:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ForegroundRole && booking->isVoid())
        return AdminLook::inactiveText();
    return QVariant();
}

QVariant BookingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BookedAt: return tr("Booked");
    case Reference: return tr("Reference");
    case Customer: return tr("Customer");
    case Phone: return tr("Phone");
    case Tickets: return tr("Tickets");
    case Amount: return tr("Amount");
    case Payment: return tr("Payment");
    case SoldBy: return tr("Sold by");
    case Status: return tr("Status");
    case CheckedIn: return tr("Checked in");
    default: return QVariant();
    }
}

bool BookingTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && m_service;
}

void BookingTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestPage();
}

} // namespace Marquee

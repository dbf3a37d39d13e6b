#include "ticketlistmodel.h"

#include "common/qrcode.h"
#include "printing/ticketslip.h"
#include "desklook.h"

#include <QFont>
#include <QPixmap>

namespace Marquee {

TicketListModel::TicketListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TicketListModel::setTickets(const QList<Ticket> &tickets)
{
    beginResetModel();
    m_tickets = tickets;
    m_qrCodes.clear();
    endResetModel();
}

const Ticket *TicketListModel::ticketAt(int row) const
{
    return row >= 0 && row < m_tickets.size() ? &m_tickets.at(row) : nullptr;
}

void TicketListModel::setQrCodeSize(int pixels)
{
    m_qrCodeSize = pixels;
    m_qrCodes.clear();
    if (!m_tickets.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole});
}

void TicketListModel::setBookingStatus(BookingStatus status)
{
    m_bookingStatus = status;
    if (!m_tickets.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

void TicketListModel::retranslate()
{
    if (!m_tickets.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

QString TicketListModel::statusText(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Active: return tr("Valid");
    case TicketStatus::Cancelled: return tr("Cancelled");
    case TicketStatus::Used: return tr("Checked in");
    }
    return QString();
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

QImage TicketListModel::qrCodeFor(const QString &code) const
{
    auto it = m_qrCodes.constFind(code);
    if (it != m_qrCodes.constEnd())
        return it.value();
    QImage image = qrCodeImage(code, 1);
    if (!image.isNull())
        image = image.scaled(m_qrCodeSize, m_qrCodeSize, Qt::KeepAspectRatio, Qt::FastTransformation);
    m_qrCodes.insert(code, image);
    return image;
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    const Ticket *ticket = index.isValid() ? ticketAt(index.row()) : nullptr;
    if (!ticket)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole: {
        // What it is (its type, its seat) under the code, when the read said.
        QString what = ticket->typeName;
        const QString seat = TicketSlip::seatOf(*ticket);
        if (!seat.isEmpty())
            what = what.isEmpty() ? seat : tr("%1 · %2").arg(what, seat);
        const QString head = what.isEmpty() ? ticket->code : QString(ticket->code + QLatin1Char('\n') + what);
        switch (m_bookingStatus) {
        case BookingStatus::Reserved:
            return QString(head + QLatin1Char('\n') + tr("Unpaid: not valid until paid"));
        case BookingStatus::Expired:
            return QString(head + QLatin1Char('\n') + tr("Not valid: reservation expired"));
        case BookingStatus::RefundDue:
            return QString(head + QLatin1Char('\n') + tr("Event cancelled: refund at the box office"));
        case BookingStatus::Cancelled:
        case BookingStatus::Confirmed:
            break;
        }
        return QString(head + QLatin1Char('\n') + statusText(ticket->status));
    }
    case Qt::ToolTipRole:
    case CodeRole:
        return ticket->code;
    case StatusRole:
        return int(ticket->status);
    case TicketIdRole:
        return ticket->id;
    case Qt::DecorationRole:
        // No code to scan on a ticket that opens no door.
        if (m_qrCodeSize > 0 && m_bookingStatus == BookingStatus::Confirmed && ticket->status != TicketStatus::Cancelled)
            return QPixmap::fromImage(qrCodeFor(ticket->code));
        return QVariant();
    case Qt::ForegroundRole:
        if (ticket->status == TicketStatus::Cancelled)
            return DeskLook::cancelledText();
        if (ticket->status == TicketStatus::Used)
            return DeskLook::checkedInText();
        return QVariant();
    case Qt::FontRole: {
        QFont font(QStringLiteral("DejaVu Sans Mono"));
        font.setStyleHint(QFont::Monospace);
        return font;
    }
    case Qt::TextAlignmentRole:
        // Large codes are shown in icon mode with the caption centred under them; small ones as a list.
        if (m_qrCodeSize >= 96)
            return QVariant(Qt::AlignHCenter | Qt::AlignTop);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return QVariant();
    }
}

} // namespace Marquee

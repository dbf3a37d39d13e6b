#pragma once

#include "domain/booking.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QList>

namespace Marquee {

// The tickets of one booking: code and status, and (for the sale result) each ticket's QR code as
// its decoration, so a list view in icon mode shows the codes a customer can scan.
class TicketListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        StatusRole,        // TicketStatus as int
        TicketIdRole
    };

    explicit TicketListModel(QObject *parent = nullptr);

    void setTickets(const QList<Ticket> &tickets);
    const Ticket *ticketAt(int row) const;
    // QR codes as decorations of this many pixels; 0 shows none.
    void setQrCodeSize(int pixels);
    // Status words follow a language switch.
    void retranslate();

    static QString statusText(TicketStatus status);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // What the tickets' booking is now: an unpaid reservation's, an expired or cancelled booking's, or those of a
    // cancelled event are not valid for entry, so they show why and no QR code to scan.
    void setBookingStatus(BookingStatus status);

private:
    QImage qrCodeFor(const QString &code) const;

    QList<Ticket> m_tickets;
    int m_qrCodeSize = 0;
    // Encoding is cheap but not free, and views ask for decorations on every repaint.
    mutable QHash<QString, QImage> m_qrCodes;
    BookingStatus m_bookingStatus = BookingStatus::Confirmed;
};

} // namespace Marquee

#pragma once

#include "domain/booking.h"

#include <QList>
#include <QWidget>

class QGridLayout;

namespace Marquee {

// The tickets of one booking as a customer takes them away: each ticket's QR code, large enough to
// photograph from the screen, with its code written under it.
class TicketCodesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TicketCodesPanel(QWidget *parent = nullptr);

    void setTickets(const QList<Ticket> &tickets);
    void setCodes(const QStringList &codes);
    void clear();
    QStringList codes() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<Ticket> m_tickets;
    QGridLayout *m_grid = nullptr;
};

} // namespace Marquee

#include "ticketcodespanel.h"

#include "common/qrcode.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Marquee {

namespace {

constexpr int Columns = 2; // two cards beside the booking's text fit a 1366 px wide kiosk

} // namespace

TicketCodesPanel::TicketCodesPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    outer->addLayout(m_grid);
    outer->addStretch(); // cards stay at the top, however tall the page
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(16);
    m_grid->setColumnStretch(Columns, 1); // ... and together on the left
}

void TicketCodesPanel::setTickets(const QList<Ticket> &tickets)
{
    m_tickets = tickets;
    rebuild();
}

void TicketCodesPanel::setCodes(const QStringList &codes)
{
    QList<Ticket> tickets;
    for (const QString &code : codes) {
        Ticket ticket;
        ticket.code = code;
        tickets.append(ticket);
    }
    setTickets(tickets);
}

void TicketCodesPanel::clear()
{
    setTickets({});
}

QStringList TicketCodesPanel::codes() const
{
    QStringList codes;
    for (const Ticket &ticket : m_tickets)
        codes.append(ticket.code);
    return codes;
}

void TicketCodesPanel::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int count = int(m_tickets.size());
    for (int i = 0; i < count; ++i) {
        const Ticket &ticket = m_tickets.at(i);
        auto *card = new QFrame(this);
        card->setObjectName(QStringLiteral("ticketCard"));
        card->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(card);
        layout->setContentsMargins(12, 12, 12, 12);
        auto *number = new QLabel(tr("Ticket %1 of %2").arg(i + 1).arg(count), card);
        number->setAlignment(Qt::AlignCenter);
        auto *qr = new QrCodeWidget(card);
        qr->setObjectName(QStringLiteral("ticketQrCode"));
        qr->setText(ticket.code);
        qr->setFixedSize(200, 200);
        auto *code = new QLabel(ticket.code, card);
        code->setObjectName(QStringLiteral("ticketCode"));
        code->setAlignment(Qt::AlignCenter);
        code->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont mono = code->font();
        mono.setFamily(QStringLiteral("DejaVu Sans Mono"));
        mono.setBold(true);
        code->setFont(mono);
        layout->addWidget(number);
        layout->addWidget(qr, 0, Qt::AlignHCenter);
        layout->addWidget(code);
        if (ticket.status != TicketStatus::Active) {
            auto *status = new QLabel(ticket.status == TicketStatus::Used ? tr("Already used") : tr("Cancelled"), card);
            status->setObjectName(QStringLiteral("ticketStatus")); // its look is the stylesheet's
            status->setAlignment(Qt::AlignCenter);
            layout->addWidget(status);
        }
        m_grid->addWidget(card, i / Columns, i % Columns, Qt::AlignTop | Qt::AlignLeft);
    }
}

void TicketCodesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_tickets.isEmpty())
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace Marquee

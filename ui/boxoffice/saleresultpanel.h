#pragma once

#include "booking/bookingservice.h"
#include "common/money.h"
#include "domain/booking.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListView;
class QPushButton;

namespace Marquee {

class DeskPrinter;
class TerminalSession;
class TicketListModel;

// What the desk shows after a sale: the booking as the database stored it — its reference, each ticket's code with
// its QR code — the change to hand back, and the ways to hand the tickets over (print, PDF). Should the stored
// booking not have been read back, it shows what the database answered to the sale (reference, tickets, total)
// and sends the clerk to Find booking to print.
class SaleResultPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SaleResultPanel(QWidget *parent = nullptr);

    void showSale(const Sale &sale, std::optional<Money> changeDue);
    // Where this desk prints, and the session to record reprints with. Without a printer the panel prints
    // through the dialog as before. With a chosen one, a sale prints by itself the moment it is shown (on a
    // receipt printer: the drawer first for cash, the tickets, the receipt); Print then prints again, marked
    // REPRINT and recorded.
    void setPrinter(DeskPrinter *printer, TerminalSession *session);
    // What the printer last said ("Printed", or why not), for tests.
    QString printMessage() const;
    // The stored booking shown (empty but for the number and tickets if it could not be read back).
    const Booking &booking() const { return m_booking; }

signals:
    void newSaleRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void print();
    void saveAsPdf();
    void printFirst();
    void printAgain();

    Booking m_booking;
    bool m_stored = false;
    bool m_printed = false;
    bool m_printing = false;
    DeskPrinter *m_printer = nullptr;
    TerminalSession *m_session = nullptr;
    std::optional<Money> m_changeDue;
    TicketListModel *m_tickets = nullptr;
    QLabel *m_reference = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_ticketsLabel = nullptr;
    QListView *m_ticketView = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_newSale = nullptr;
};

} // namespace Marquee

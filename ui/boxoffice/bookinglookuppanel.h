#pragma once

#include "common/error.h"
#include "booking/bookingservice.h"
#include "common/money.h"
#include "domain/booking.h"
#include "service/reply.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;

namespace Marquee {

class BookingResultsModel;
class DeskPrinter;
class TerminalSession;
class TicketListModel;

// Finds bookings by ticket code, booking reference (K7QM2XPA) or the customer's phone (read by BookingLookup,
// asked through BookingService::lookUp), shows them with their tickets and what each is now (a reservation to
// pay by when, paid, expired, cancelled with its refund, its event cancelled), and takes a reservation's payment
// (F9: cash with change, or card, at the reserved price), cancels (the dialog says what to give back, and it is
// recorded as given; seats go back on sale everywhere), reprints (marked REPRINT, recorded) or checks in.
class BookingLookupPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit BookingLookupPanel(TerminalSession *session, QWidget *parent = nullptr);

    void focusQuery();
    // Runs the search for this text (as if typed and Enter pressed).
    void find(const QString &text);
    const Booking *currentBooking() const;
    // Where the desk prints (reprints, and the tickets of a reservation just paid).
    void setPrinter(DeskPrinter *printer);
    // Takes payment for the current booking if it is a live reservation (the F9 dialog's second half; tests
    // call it directly). For cash, `tendered` must cover the amount.
    void payCurrent(PaymentMethod method, std::optional<Money> tendered);

signals:
    void newSaleRequested();
    // Money changed hands here (a reservation paid, a refund given): the shift's figures moved.
    void moneyMoved();
    // A booking was cancelled here (so the sell screen can show fresh seat counts at once).
    void bookingCancelled(qint64 bookingId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void runSearch();
    void showBookings(const QList<Booking> &bookings);
    void showCurrentTickets();
    void updateActions();
    void cancelCurrent();
    void reprintCurrent();
    void savePdfCurrent();
    void checkInCurrent();
    void askPayment();
    void giveRefund(const Booking &booking, const CancellationResult &cancelled);
    void reload(qint64 bookingId);
    void showMessage(const QString &text, bool isError);

    TerminalSession *m_session = nullptr;
    BookingResultsModel *m_bookings = nullptr;
    TicketListModel *m_tickets = nullptr;

    QLabel *m_queryLabel = nullptr;
    QLineEdit *m_query = nullptr;
    QPushButton *m_find = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_bookingView = nullptr;
    QLabel *m_ticketsLabel = nullptr;
    QListView *m_ticketView = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_reprint = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_checkIn = nullptr;
    QPushButton *m_pay = nullptr;
    DeskPrinter *m_printer = nullptr;
    QPushButton *m_newSale = nullptr;

    LatestReply m_search;
    bool m_busy = false;
};

} // namespace Marquee

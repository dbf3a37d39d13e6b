#pragma once

#include "kioskpage.h"
#include "service/reply.h"

#include <QStringList>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Marquee {

class Error;
class EventTableModel;
class KioskFlow;
class KioskMessageLabel;
class TerminalSession;
struct BookingConfirmation;
struct BookingRequest;
struct Event;

// The customer's name and phone, and Confirm: what they are buying stays in view (event, tickets, total), each
// field is checked as the database checks it before anything is sent, and a refusal is written beside the field
// it concerns. The booking is one call of the terminal's booking service; the GUI goes on running meanwhile.
class KioskDetailsPage final : public KioskPage
{
    Q_OBJECT

public:
    KioskDetailsPage(TerminalSession *session, EventTableModel *events, KioskFlow *flow, QWidget *parent = nullptr);

    void retranslate() override;
    void forgetCustomer() override;
    void entered() override;
    QString spokenSummary() const override;

signals:
    // The database booked it: its answer, and the event as this terminal showed it when the customer confirmed.
    // `lines` say what was bought ("2 × Adult", "Row F, seat 12 — Adult") for the confirmation; `seated`: with
    // the seat page's hold.
    void booked(const Marquee::BookingConfirmation &confirmation, const Marquee::Event &event,
                const QStringList &lines, bool seated);

protected:
    void goBack() override;

private:
    void confirm();
    void showBookingError(qint64 eventId, const Error &error);
    void finishBooked(const BookingConfirmation &confirmation, const Event &event, const QStringList &lines);
    void setBusy(bool busy);
    void showOrder();
    void clearMessages();

    TerminalSession *m_session = nullptr;
    EventTableModel *m_events = nullptr;
    KioskFlow *m_flow = nullptr;
    LatestReply m_booking;

    QPushButton *m_back = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_event = nullptr;
    QLabel *m_eventDetails = nullptr;
    QLabel *m_notOnSale = nullptr;
    QLabel *m_tickets = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    KioskMessageLabel *m_nameError = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    KioskMessageLabel *m_phoneError = nullptr;
    KioskMessageLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace Marquee

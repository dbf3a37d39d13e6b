#pragma once

#include "domain/booking.h"
#include "domain/event.h"
#include "kioskpage.h"

#include <optional>

class QLabel;
class QPushButton;

namespace Marquee {

class KioskFlow;
class TicketCodesPanel;

// The booking as the database confirmed it: its reference, what was booked, the total it charged, and one QR
// code per ticket to photograph. Done leaves it for the next customer.
class KioskConfirmationPage final : public KioskPage
{
    Q_OBJECT

public:
    KioskConfirmationPage(KioskFlow *flow, QWidget *parent = nullptr);

    // The database's answer, and the event as this terminal showed it to the customer.
    void showConfirmation(const BookingConfirmation &confirmation, const Event &event);
    std::optional<BookingConfirmation> confirmation() const { return m_confirmation; }

    void retranslate() override;
    void forgetCustomer() override;

private:
    void showDetails();

    KioskFlow *m_flow = nullptr;
    std::optional<BookingConfirmation> m_confirmation;
    std::optional<Event> m_event;
    QLabel *m_thanks = nullptr;
    QLabel *m_reference = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_hint = nullptr;
    TicketCodesPanel *m_tickets = nullptr;
    QPushButton *m_done = nullptr;
};

} // namespace Marquee

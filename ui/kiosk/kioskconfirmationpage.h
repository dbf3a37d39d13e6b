#pragma once

#include "domain/booking.h"
#include "domain/event.h"
#include "kioskpage.h"

#include <QStringList>

#include <optional>

class QLabel;
class QPushButton;

namespace Marquee {

class KioskFlow;
class TicketCodesPanel;

// The booking as the database made it: its reference, what was booked and its total, and one QR code per ticket
// to photograph. A kiosk's booking is a reservation: the page says plainly that it must be paid at the box office
// before its expiry (venue time, venue currency) and what happens if not. Done (or Escape) leaves it for the next
// customer.
class KioskConfirmationPage final : public KioskPage
{
    Q_OBJECT

public:
    KioskConfirmationPage(KioskFlow *flow, QWidget *parent = nullptr);

    // The database's answer, and the event as this terminal showed it to the customer.
    // `lines`: what was bought, by type or seat (KioskText::orderLines).
    void showConfirmation(const BookingConfirmation &confirmation, const Event &event,
                          const QStringList &lines = QStringList());
    std::optional<BookingConfirmation> confirmation() const { return m_confirmation; }

    void retranslate() override;
    void forgetCustomer() override;
    void entered() override;
    QString spokenSummary() const override;

protected:
    void goBack() override;

private:
    void showDetails();

    KioskFlow *m_flow = nullptr;
    std::optional<BookingConfirmation> m_confirmation;
    std::optional<Event> m_event;
    QStringList m_lines;
    QLabel *m_thanks = nullptr;
    QLabel *m_reference = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_payment = nullptr;
    QLabel *m_hint = nullptr;
    TicketCodesPanel *m_tickets = nullptr;
    QPushButton *m_done = nullptr;
};

} // namespace Marquee

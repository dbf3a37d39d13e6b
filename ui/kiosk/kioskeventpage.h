#pragma once

#include "kioskpage.h"

class QLabel;
class QPushButton;

namespace Marquee {

class KioskFlow;

// The chosen event and how many tickets, with the total: title, venue, date and price, the seats left (live: it
// says so at once when the event sells out meanwhile), a finger-sized stepper kept within what may be booked,
// and Next to the customer's details.
class KioskEventPage final : public KioskPage
{
    Q_OBJECT

public:
    KioskEventPage(KioskFlow *flow, QWidget *parent = nullptr);

    void retranslate() override;

private:
    void showOrder();

    KioskFlow *m_flow = nullptr;
    QPushButton *m_back = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_seatsLeft = nullptr;
    QLabel *m_quantityLabel = nullptr;
    QPushButton *m_less = nullptr;
    QLabel *m_quantity = nullptr;
    QPushButton *m_more = nullptr;
    QLabel *m_quantityHint = nullptr;
    QLabel *m_total = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace Marquee

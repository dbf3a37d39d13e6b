#pragma once

#include "kioskpage.h"

class QLabel;
class QPushButton;
class QSpinBox;

namespace Marquee {

class KioskFlow;

// The chosen event and how many tickets, with the total: title, venue, date and price, its description (plain
// text), the seats left (live: it says so at once when the event sells out meanwhile), the number of tickets (a
// spin button with finger-sized Fewer/More buttons, kept within what may be booked), and Next to the customer's
// details. By keyboard: the number has the focus (Up/Down or +/-), Enter is Next, Escape is Back.
class KioskEventPage final : public KioskPage
{
    Q_OBJECT

public:
    KioskEventPage(KioskFlow *flow, QWidget *parent = nullptr);

    void retranslate() override;
    void entered() override;
    QString spokenSummary() const override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void goBack() override;

private:
    void showOrder();
    void next();

    KioskFlow *m_flow = nullptr;
    QPushButton *m_back = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_seatsLeft = nullptr;
    QLabel *m_quantityLabel = nullptr;
    QPushButton *m_less = nullptr;
    QSpinBox *m_quantity = nullptr;
    QPushButton *m_more = nullptr;
    QLabel *m_quantityHint = nullptr;
    QLabel *m_total = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace Marquee

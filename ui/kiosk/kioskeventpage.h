#pragma once

#include "kioskpage.h"

#include <QList>

class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Marquee {

class KioskFlow;

// The chosen event and how many tickets, with the total: title, venue, date and price, its description (plain
// text), the seats left (live: it says so at once when the event sells out meanwhile), the number of tickets (a
// spin button with finger-sized Fewer/More buttons, kept within what may be booked), and Next to the customer's
// details. By keyboard: the number has the focus (Up/Down or +/-), Enter is Next, Escape is Back.
//
// An event with several ticket types the kiosk may sell (adult, child, concession ...) shows one row per type
// instead: its name and price and its own number with Fewer/More, and the total of them all. A seated event
// shows no number here: Next leads to the seat page, where the seats are chosen.
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
    // One ticket type's row.
    struct TypeRow
    {
        qint64 typeId = 0;
        QLabel *name = nullptr;
        QPushButton *less = nullptr;
        QSpinBox *quantity = nullptr;
        QPushButton *more = nullptr;
    };

    void showOrder();
    void buildTypeRows();
    void retranslateTypeRows();
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
    QWidget *m_types = nullptr;
    QGridLayout *m_typesLayout = nullptr;
    QList<TypeRow> m_typeRows;
    QLabel *m_seatedNote = nullptr;
};

} // namespace Marquee

#pragma once

#include "booking/bookingservice.h"
#include "common/error.h"
#include "common/money.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Marquee {

class CustomerPart;
class EventPicker;
class PaymentPart;
class PickedEventCard;
class TerminalSession;

// The sell form at the desk, made to be driven by keyboard: the event (EventPicker, shown on a PickedEventCard),
// the quantity, the customer (CustomerPart), the payment (PaymentPart, F5/F6/F7), and Enter confirms. It checks
// what the database will check, so a mistake is shown beside its field before any round trip, and sells through
// the booking service; each press of Confirm is one booking attempt with its own idempotency key.
class SalePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SalePanel(TerminalSession *session, QWidget *parent = nullptr);

    // Clears everything for the next customer and puts the cursor in the event search.
    void clear();
    void focusEventSearch();

    EventPicker *eventPicker() const { return m_picker; }
    CustomerPart *customerPart() const { return m_customer; }
    PaymentPart *paymentPart() const { return m_payment; }

signals:
    // A booking was made: as the database stored it; `changeDue` is set for cash sales.
    void saleCompleted(const Marquee::Sale &sale, std::optional<Marquee::Money> changeDue);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    void alignLabels();
    void onEventPicked();
    void showPickedEvent();
    void updateTotals();
    void confirm();
    void setBusy(bool busy);
    void showError(const Error &error);
    void showQuantityError(const QString &message);
    void clearErrors();

    TerminalSession *m_session = nullptr;
    EventPicker *m_picker = nullptr;
    PickedEventCard *m_card = nullptr;
    CustomerPart *m_customer = nullptr;
    PaymentPart *m_payment = nullptr;

    QGridLayout *m_quantityGrid = nullptr;
    QLabel *m_quantityLabel = nullptr;
    QSpinBox *m_quantity = nullptr;
    QLabel *m_quantityError = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_clear = nullptr;

    bool m_confirmAfterLookup = false;
    bool m_busy = false;
};

} // namespace Marquee

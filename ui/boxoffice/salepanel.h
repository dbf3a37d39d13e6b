#pragma once

#include "booking/bookingservice.h"
#include "common/error.h"
#include "common/money.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QLineEdit;

namespace Marquee {

class CustomerPart;
class EventPicker;
class PaymentPart;
class PickedEventCard;
class TerminalSession;

// The sell form at the desk, made to be driven by keyboard: the event (EventPicker, shown on a PickedEventCard),
// the quantity, the customer (CustomerPart), the payment (PaymentPart, F5/F6/F7), and Enter confirms. It checks
// what the database will check, so a mistake is shown beside its field before any round trip, and sells through
// the booking service. A sale keeps its idempotency key until its outcome is known: when the answer was lost
// (the connection dropped), Enter asks again with the same key and shows what really happened — never a second
// sale; only a new sale (its outcome known, or Esc) gets a new key. The quantity is typed text, checked on
// Confirm: a bad number gets its message beside the field, never a silently changed value.
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

    QLineEdit *quantityField() const { return m_quantity; }
    // A sale was sent and its answer lost: the next Confirm asks again with the same key.
    bool hasSaleOfUnknownOutcome() const { return m_unknownOutcome.has_value(); }

signals:
    // A cash sale was refused because this desk has no open shift (MQ017): the shift bar asks for the float.
    void shiftNeeded();
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
    // The typed quantity, or nothing if it is not a whole number.
    std::optional<int> typedQuantity() const;
    BookingRequest requestFromForm(const Event &event, int quantity) const;
    void send(const BookingRequest &request, std::optional<Money> tendered);

    TerminalSession *m_session = nullptr;
    EventPicker *m_picker = nullptr;
    PickedEventCard *m_card = nullptr;
    CustomerPart *m_customer = nullptr;
    PaymentPart *m_payment = nullptr;

    QGridLayout *m_quantityGrid = nullptr;
    QLabel *m_quantityLabel = nullptr;
    QLineEdit *m_quantity = nullptr;
    QLabel *m_quantityError = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_clear = nullptr;

    // The sale whose outcome is not known yet: asked again, with its key, by the next Confirm.
    std::optional<BookingRequest> m_unknownOutcome;
    std::optional<Money> m_unknownTendered;
    bool m_confirmAfterLookup = false;
    bool m_busy = false;
};

} // namespace Marquee

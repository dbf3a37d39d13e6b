#pragma once

#include "booking/bookingservice.h"
#include "common/error.h"
#include "common/money.h"
#include "domain/order.h"
#include "service/reply.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QLineEdit;

namespace Marquee {

class CustomerPart;
class EventPicker;
class PaymentPart;
class PickedEventCard;
class SeatPart;
class TerminalSession;
class TicketQuantitiesPart;

// The sell form at the desk, made to be driven by keyboard: the event (EventPicker, shown on a PickedEventCard),
// the quantity, the customer (CustomerPart), the payment (PaymentPart, F5/F6/F7), and Enter confirms. It checks
// what the database will check, so a mistake is shown beside its field before any round trip, and sells through
// the booking service. A sale keeps its idempotency key until its outcome is known: when the answer was lost
// (the connection dropped), Enter asks again with the same key and shows what really happened — never a second
// sale; only a new sale (its outcome known, or Esc) gets a new key. The quantities (one per ticket type,
// TicketQuantitiesPart) are typed text, checked on Confirm: a bad number gets its message beside the field, never
// a silently changed value. A seated event shows its seat map instead (SeatPart): the seats held for the sale are
// sold with the hold's token, and the hold is released when the sale is abandoned (Esc, another event, closing).
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

    // The first ticket type's quantity (the only one for an event with one type).
    QLineEdit *quantityField() const;
    TicketQuantitiesPart *quantitiesPart() const { return m_quantities; }
    SeatPart *seatPart() const { return m_seats; }
    // The picked event has a seating plan (known once the database answered).
    bool isSeated() const { return m_seated; }
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
    // The event's types and whether it is seated, read when another event is picked.
    void loadEvent(qint64 eventId);
    // The lines the form would sell now (nothing: a line is not valid; its message is shown).
    std::optional<QList<OrderLine>> linesFromForm(const Event &event);
    OrderRequest requestFromForm(const Event &event, const QList<OrderLine> &lines) const;
    void send(const OrderRequest &request, std::optional<Money> tendered);

    TerminalSession *m_session = nullptr;
    EventPicker *m_picker = nullptr;
    PickedEventCard *m_card = nullptr;
    CustomerPart *m_customer = nullptr;
    PaymentPart *m_payment = nullptr;

    TicketQuantitiesPart *m_quantities = nullptr;
    SeatPart *m_seats = nullptr;
    qint64 m_loadedEventId = 0;
    bool m_seated = false;
    // The picked event's types and plan are still being read: Confirm waits for them (a sale must know both).
    bool m_typesPending = false;
    bool m_planPending = false;
    bool m_confirmAfterLoad = false;
    LatestReply m_typesRead;
    LatestReply m_planRead;
    QLabel *m_message = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_clear = nullptr;

    // The sale whose outcome is not known yet: asked again, with its key, by the next Confirm.
    std::optional<OrderRequest> m_unknownOutcome;
    std::optional<Money> m_unknownTendered;
    bool m_confirmAfterLookup = false;
    bool m_busy = false;
};

} // namespace Marquee

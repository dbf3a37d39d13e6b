#pragma once

#include "common/error.h"
#include "common/money.h"
#include "domain/booking.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace Marquee {

class EventFilterModel;
class EventTableModel;
class TerminalSession;
struct Event;

// The sell form at the desk, made to be driven by keyboard: type part of an event's title and
// Down/Enter to pick it, the quantity, the customer's phone (a known customer is found while typing,
// otherwise a walk-in name), the payment method (F5/F6/F7), the cash handed over with the change due,
// and Enter confirms. Each press of Confirm is one booking attempt with its own idempotency key.
class SalePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SalePanel(TerminalSession *session, QWidget *parent = nullptr);

    // Clears everything for the next customer and puts the cursor in the event search.
    void clear();
    void focusEventSearch();

    // Exact change for cash: nothing if the text is not an amount. Accepts the locale's separators.
    static std::optional<Money> parseAmount(const QString &text, const QLocale &locale = QLocale());

signals:
    // A booking was made; `changeDue` is set for cash sales.
    void saleCompleted(const Marquee::Booking &booking, std::optional<Marquee::Money> changeDue);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void moveEventSelection(int delta);
    void pickCurrentEvent();
    void pickEvent(qint64 eventId);
    const Event *pickedEvent() const;
    void showPickedEvent();
    void schedulePhoneLookup();
    void lookUpPhone();
    void setCustomerFound(const QString &name);
    PaymentMethod paymentMethod() const;
    void setPaymentMethod(PaymentMethod method);
    std::optional<Money> total() const;
    void updateTotals();
    void confirm();
    void setBusy(bool busy);
    void showError(const Error &error);
    void showFieldError(QLabel *label, QWidget *field, const QString &message);
    void clearErrors();

    TerminalSession *m_session = nullptr;
    EventTableModel *m_events = nullptr;
    EventFilterModel *m_filter = nullptr;

    QLabel *m_eventLabel = nullptr;
    QLineEdit *m_eventSearch = nullptr;
    QTableView *m_eventList = nullptr;
    QLabel *m_eventError = nullptr;
    QLabel *m_pickedTitle = nullptr;
    QLabel *m_pickedDetails = nullptr;
    QLabel *m_pickedRemaining = nullptr;

    QLabel *m_quantityLabel = nullptr;
    QSpinBox *m_quantity = nullptr;
    QLabel *m_quantityError = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneStatus = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_paymentLabel = nullptr;
    QButtonGroup *m_payment = nullptr;
    QRadioButton *m_cash = nullptr;
    QRadioButton *m_card = nullptr;
    QRadioButton *m_complimentary = nullptr;
    QLabel *m_tenderedLabel = nullptr;
    QLineEdit *m_tendered = nullptr;
    QLabel *m_tenderedError = nullptr;
    QLabel *m_changeLabel = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_clear = nullptr;

    QTimer *m_phoneTimer = nullptr;
    qint64 m_pickedEventId = 0;
    quint64 m_phoneGeneration = 0;
    QString m_foundCustomerName;
    QString m_foundForPhone;
    bool m_phoneLookupPending = false;
    bool m_confirmAfterLookup = false;
    bool m_busy = false;
};

} // namespace Marquee

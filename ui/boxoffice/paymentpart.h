#pragma once

#include "common/money.h"
#include "domain/booking.h"

#include <QLocale>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Marquee {

// How the customer pays: cash, card or complimentary, the total, and for cash the amount handed over with the
// change due (or how much is missing), exact to the satang.
class PaymentPart final : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentPart(QWidget *parent = nullptr);

    PaymentMethod method() const;
    void setMethod(PaymentMethod method);
    // The clerk chose a method by its key: cash goes on to the amount handed over; the others are ready to confirm.
    void choose(PaymentMethod method);

    // What one ticket costs (nothing while no event is picked) and how many are sold.
    void setPrice(std::optional<Money> price, int quantity);
    // The sale's total as the form adds it up (several ticket types, or seats); nothing: not known ("—").
    void setTotal(std::optional<Money> total) { setPrice(total, 1); }
    // The amount to pay (zero when complimentary); nothing while no event is picked.
    std::optional<Money> total() const;
    // For cash: the amount handed over if it covers the total; otherwise a message beside the field says why (and
    // the cursor goes there) and nothing is returned.
    std::optional<Money> checkTendered();

    QRadioButton *cashButton() const { return m_cash; }
    QRadioButton *cardButton() const { return m_card; }
    QRadioButton *complimentaryButton() const { return m_complimentary; }
    QLineEdit *tenderedField() const { return m_tendered; }

    void clear();
    void clearErrors();

    // Lines the labels up with the other parts of the sale form.
    int labelWidth() const;
    void setLabelWidth(int pixels);

    // Exact change for cash: nothing if the text is not an amount. Accepts the locale's separators.
    static std::optional<Money> parseAmount(const QString &text, const QLocale &locale = QLocale());

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTotals();

    QGridLayout *m_grid = nullptr;
    QLabel *m_paymentLabel = nullptr;
    QButtonGroup *m_methods = nullptr;
    QRadioButton *m_cash = nullptr;
    QRadioButton *m_card = nullptr;
    QRadioButton *m_complimentary = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_tenderedLabel = nullptr;
    QLineEdit *m_tendered = nullptr;
    QLabel *m_tenderedError = nullptr;
    QLabel *m_changeLabel = nullptr;
    QLabel *m_change = nullptr;
    std::optional<Money> m_price;
    int m_quantity = 1;
};

} // namespace Marquee

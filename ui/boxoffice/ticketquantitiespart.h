#pragma once

#include "common/money.h"
#include "domain/order.h"
#include "domain/tickettype.h"

#include <QList>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;

namespace Marquee {

// How many tickets of each of the event's ticket types (issue #14 §1): one typed quantity per active type, with
// its name and price, and the total of quantity × price shown live. Every quantity stays as typed: a quantity that
// is not a whole number in range is refused by check() with a message beside it, never changed, and while any is
// not a number the total is not known (total() is empty, the payment shows "—"). Box-office-only types are offered
// here (staff check the concession). Until the event's types are read, one row sells at the event's price (the
// one-type shortcut, book_tickets). The first quantity is the form's "quantity" field.
class TicketQuantitiesPart final : public QWidget
{
    Q_OBJECT

public:
    explicit TicketQuantitiesPart(QWidget *parent = nullptr);

    // The event's price before its types are known (nothing: no event picked).
    void setEventPrice(std::optional<Money> price);
    // The event's types as the database listed them; the inactive ones are left out.
    void setTypes(const QList<TicketType> &types);
    bool typesKnown() const { return m_typesKnown; }
    const QList<TicketType> &types() const { return m_types; }

    QLineEdit *firstField() const;
    QList<QLineEdit *> fields() const;
    // Puts the cursor in the first quantity, its text selected.
    void focusFirst();

    // Σ quantity × price while every quantity is a whole number (empty quantities count 0); nothing otherwise.
    std::optional<Money> total() const;
    // Whether any quantity is typed and not a whole number.
    bool hasInvalidQuantity() const;
    // The typed quantities, each a whole number from 0 to `maxPerBooking` and together from 1 to `maxPerBooking`,
    // within `remaining` and each type's own quota; otherwise the message is shown beside the field, the cursor
    // goes there and nothing is returned. Lines with 0 are left out.
    std::optional<QList<OrderLine>> check(int maxPerBooking, int remaining);
    // The typed quantities as they stand (0 for an empty or unreadable field), in the rows' order.
    QList<int> typedQuantities() const;

    void clear();
    void clearErrors();
    void showError(const QString &message);

    int labelWidth() const;
    void setLabelWidth(int pixels);

signals:
    // A quantity was typed, or the rows changed: the total may have changed.
    void quantitiesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        qint64 typeId = 0;
        QString name;
        Money price;
        std::optional<int> left;
        QLabel *label = nullptr;
        QLineEdit *field = nullptr;
        QLabel *priceLabel = nullptr;
    };

    void rebuild();
    void retranslate();
    QLineEdit *makeField(int index);
    // The field's whole number (empty: 0), or nothing if it is not one.
    static std::optional<int> quantityOf(const QLineEdit *field);
    void showErrorAt(QLineEdit *field, const QString &message);

    QGridLayout *m_grid = nullptr;
    QLabel *m_error = nullptr;
    QList<Row> m_rows;
    QList<TicketType> m_types;
    std::optional<Money> m_eventPrice;
    bool m_typesKnown = false;
    int m_labelWidth = 0;
};

} // namespace Marquee

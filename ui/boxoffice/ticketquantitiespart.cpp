#include "ticketquantitiespart.h"

#include "common/error.h"
#include "common/texttone.h"
#include "desklook.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace Marquee {

TicketQuantitiesPart::TicketQuantitiesPart(QWidget *parent)
    : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("quantityError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    DeskLook::setTone(m_error, TextTone::Bad);
    m_error->hide();
    rebuild();
}

QLineEdit *TicketQuantitiesPart::makeField(int index)
{
    // A line edit, not a spin box: a spin box clamps what was typed ("12" became 1, "999" became 9); here the
    // number stays as typed and a wrong one is refused with its message on Confirm.
    auto *field = new QLineEdit(this);
    field->setObjectName(index == 0 ? QStringLiteral("quantity") : QStringLiteral("quantity%1").arg(index + 1));
    field->setMaxLength(6);
    field->setInputMethodHints(Qt::ImhDigitsOnly);
    connect(field, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        emit quantitiesChanged();
    });
    return field;
}

void TicketQuantitiesPart::setEventPrice(std::optional<Money> price)
{
    m_eventPrice = price;
    m_types.clear();
    m_typesKnown = false;
    rebuild();
}

void TicketQuantitiesPart::setTypes(const QList<TicketType> &types)
{
    m_types.clear();
    for (const TicketType &type : types) {
        if (type.active)
            m_types.append(type);
    }
    m_typesKnown = !m_types.isEmpty();
    rebuild();
}

void TicketQuantitiesPart::rebuild()
{
    // The first row's field stays (the cursor may be in it, and what was typed there is kept); the others follow
    // the event's types.
    QLineEdit *first = m_rows.isEmpty() ? makeField(0) : m_rows.first().field;
    for (int i = 0; i < m_rows.size(); ++i) {
        delete m_rows[i].label;
        delete m_rows[i].priceLabel;
        if (i > 0)
            delete m_rows[i].field;
    }
    m_rows.clear();
    m_grid->removeWidget(m_error);

    QList<Row> rows;
    if (m_typesKnown) {
        for (const TicketType &type : std::as_const(m_types)) {
            Row row;
            row.typeId = type.id;
            row.name = type.name;
            row.price = type.price;
            row.left = type.left();
            rows.append(row);
        }
    } else {
        Row row;
        row.price = m_eventPrice.value_or(Money());
        rows.append(row);
    }
    QLineEdit *previous = nullptr;
    for (int i = 0; i < rows.size(); ++i) {
        Row &row = rows[i];
        row.field = i == 0 ? first : makeField(i);
        row.label = new QLabel(this);
        row.priceLabel = new QLabel(this);
        row.priceLabel->setObjectName(QStringLiteral("quantityPrice%1").arg(i + 1));
        m_grid->addWidget(row.label, i, 0);
        m_grid->addWidget(row.field, i, 1);
        m_grid->addWidget(row.priceLabel, i, 2);
        // Now, not on the layout's later turn: Tab must reach a new quantity at once.
        row.label->show();
        row.field->show();
        row.priceLabel->show();
        // Tab goes through the quantities in the order they are shown, then on to the customer.
        if (previous)
            setTabOrder(previous, row.field);
        previous = row.field;
        m_rows.append(row);
    }
    m_grid->addWidget(m_error, int(rows.size()), 1, 1, 2);
    retranslate();
    emit quantitiesChanged();
}

void TicketQuantitiesPart::retranslate()
{
    const QLocale locale;
    const bool one = m_rows.size() == 1;
    for (Row &row : m_rows) {
        if (one || row.name.isEmpty()) {
            row.label->setTextFormat(Qt::AutoText);
            row.label->setText(tr("&Quantity"));
            row.label->setBuddy(row.field);
        } else {
            // A type's name as the admin wrote it: plain text, never markup.
            row.label->setTextFormat(Qt::PlainText);
            row.label->setText(row.name);
        }
        row.field->setAccessibleName(row.name.isEmpty() ? tr("Quantity") : tr("Quantity of %1").arg(row.name));
        QString price = tr("× %1").arg(row.price.toDisplayString(locale));
        if (one && !row.name.isEmpty())
            price = tr("%1 × %2").arg(row.name, row.price.toDisplayString(locale));
        row.priceLabel->setTextFormat(Qt::PlainText);
        row.priceLabel->setText(m_eventPrice || m_typesKnown ? price : QString());
    }
    setLabelWidth(m_labelWidth);
}

void TicketQuantitiesPart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

QLineEdit *TicketQuantitiesPart::firstField() const
{
    return m_rows.first().field;
}

QList<QLineEdit *> TicketQuantitiesPart::fields() const
{
    QList<QLineEdit *> all;
    for (const Row &row : m_rows)
        all.append(row.field);
    return all;
}

void TicketQuantitiesPart::focusFirst()
{
    firstField()->setFocus(Qt::TabFocusReason);
    firstField()->selectAll();
}

std::optional<int> TicketQuantitiesPart::quantityOf(const QLineEdit *field)
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int quantity = text.toInt(&ok);
    return ok ? std::optional<int>(quantity) : std::nullopt;
}

bool TicketQuantitiesPart::hasInvalidQuantity() const
{
    for (const Row &row : m_rows) {
        const std::optional<int> quantity = quantityOf(row.field);
        if (!quantity || *quantity < 0)
            return true;
    }
    return false;
}

std::optional<Money> TicketQuantitiesPart::total() const
{
    if (!m_typesKnown && !m_eventPrice)
        return std::nullopt;
    Money sum;
    for (const Row &row : m_rows) {
        const std::optional<int> quantity = quantityOf(row.field);
        // A quantity that is not a whole number has no total: "—", never a made-up figure.
        if (!quantity || *quantity < 0 || *quantity > 999)
            return std::nullopt;
        sum = sum + row.price * *quantity;
    }
    return sum;
}

QList<int> TicketQuantitiesPart::typedQuantities() const
{
    QList<int> quantities;
    for (const Row &row : m_rows)
        quantities.append(quantityOf(row.field).value_or(0));
    return quantities;
}

std::optional<QList<OrderLine>> TicketQuantitiesPart::check(int maxPerBooking, int remaining)
{
    QList<OrderLine> lines;
    int count = 0;
    // One type: its quantity is the sale's, so at least 1. Several: a type may be left at 0.
    const int lowest = m_rows.size() == 1 ? 1 : 0;
    for (const Row &row : std::as_const(m_rows)) {
        const std::optional<int> quantity = quantityOf(row.field);
        const QString what = row.name.isEmpty() || m_rows.size() == 1 ? tr("tickets") : row.name;
        if (!quantity) {
            showErrorAt(row.field, tr("Enter the number of %1 as digits, from %2 to %3.").arg(what).arg(lowest).arg(maxPerBooking));
            return std::nullopt;
        }
        if (*quantity < lowest || *quantity > maxPerBooking) {
            showErrorAt(row.field, tr("Enter a number of %1 from %2 to %3 (at most %3 per booking).")
                                       .arg(what).arg(lowest).arg(maxPerBooking));
            return std::nullopt;
        }
        if (row.left && *quantity > *row.left) {
            showErrorAt(row.field, tr("Only %n ticket(s) of %1 left.", nullptr, *row.left).arg(row.name));
            return std::nullopt;
        }
        count += *quantity;
        if (*quantity > 0) {
            OrderLine line;
            line.ticketTypeId = row.typeId;
            line.quantity = *quantity;
            lines.append(line);
        }
    }
    if (count < 1 || count > maxPerBooking) {
        showErrorAt(m_rows.first().field, tr("Enter a number of tickets from 1 to %1 (at most %1 per booking).")
                                               .arg(maxPerBooking));
        return std::nullopt;
    }
    if (count > remaining) {
        showErrorAt(m_rows.first().field, remaining > 0 ? tr("Only %n seat(s) left for this event.", nullptr, remaining)
                                                        : Error(ErrorCode::SoldOut).message());
        return std::nullopt;
    }
    return lines;
}

void TicketQuantitiesPart::showErrorAt(QLineEdit *field, const QString &message)
{
    m_error->setText(message);
    m_error->show();
    field->setFocus(Qt::OtherFocusReason);
}

void TicketQuantitiesPart::showError(const QString &message)
{
    showErrorAt(firstField(), message);
}

void TicketQuantitiesPart::clear()
{
    m_eventPrice.reset();
    m_types.clear();
    m_typesKnown = false;
    firstField()->setText(QStringLiteral("1"));
    rebuild();
    clearErrors();
}

void TicketQuantitiesPart::clearErrors()
{
    m_error->hide();
}

int TicketQuantitiesPart::labelWidth() const
{
    int width = 0;
    for (const Row &row : m_rows)
        width = qMax(width, row.label->sizeHint().width());
    return width;
}

void TicketQuantitiesPart::setLabelWidth(int pixels)
{
    m_labelWidth = pixels;
    m_grid->setColumnMinimumWidth(0, pixels);
}

} // namespace Marquee

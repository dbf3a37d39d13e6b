#include "paymentpart.h"

#include "common/texttone.h"
#include "desklook.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

namespace Marquee {

PaymentPart::PaymentPart(QWidget *parent)
    : QWidget(parent)
{
    m_paymentLabel = new QLabel(this);
    m_cash = new QRadioButton(this);
    m_cash->setObjectName(QStringLiteral("cash"));
    m_card = new QRadioButton(this);
    m_card->setObjectName(QStringLiteral("card"));
    m_complimentary = new QRadioButton(this);
    m_complimentary->setObjectName(QStringLiteral("complimentary"));
    m_methods = new QButtonGroup(this);
    m_methods->addButton(m_cash, int(PaymentMethod::Cash));
    m_methods->addButton(m_card, int(PaymentMethod::Card));
    m_methods->addButton(m_complimentary, int(PaymentMethod::Complimentary));
    m_cash->setChecked(true);
    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(m_cash);
    methodRow->addWidget(m_card);
    methodRow->addWidget(m_complimentary);
    methodRow->addStretch(1);

    m_tenderedLabel = new QLabel(this);
    m_tendered = new QLineEdit(this);
    m_tendered->setObjectName(QStringLiteral("tendered"));
    m_tendered->setAlignment(Qt::AlignRight);
    m_tenderedLabel->setBuddy(m_tendered);
    m_tenderedError = new QLabel(this);
    m_tenderedError->setObjectName(QStringLiteral("tenderedError"));
    m_tenderedError->setWordWrap(true);
    DeskLook::setTone(m_tenderedError, TextTone::Bad);
    m_tenderedError->hide();
    m_changeLabel = new QLabel(this);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("changeDue"));
    m_change->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bigFont = m_change->font();
    bigFont.setPointSizeF(bigFont.pointSizeF() * 1.6);
    bigFont.setBold(true);
    m_change->setFont(bigFont);
    m_totalLabel = new QLabel(this);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("total"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setFont(bigFont);

    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    int row = 0;
    m_grid->addWidget(m_paymentLabel, row, 0);
    m_grid->addLayout(methodRow, row++, 1);
    m_grid->addWidget(m_totalLabel, row, 0);
    m_grid->addWidget(m_total, row++, 1);
    m_grid->addWidget(m_tenderedLabel, row, 0);
    m_grid->addWidget(m_tendered, row++, 1);
    m_grid->addWidget(m_tenderedError, row++, 1);
    m_grid->addWidget(m_changeLabel, row, 0);
    m_grid->addWidget(m_change, row++, 1);

    setTabOrder(m_cash, m_card);
    setTabOrder(m_card, m_complimentary);
    setTabOrder(m_complimentary, m_tendered);

    connect(m_methods, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateTotals();
    });
    connect(m_tendered, &QLineEdit::textChanged, this, [this] {
        m_tenderedError->hide();
        updateTotals();
    });

    retranslate();
}

PaymentMethod PaymentPart::method() const
{
    return PaymentMethod(m_methods->checkedId());
}

void PaymentPart::setMethod(PaymentMethod method)
{
    if (QAbstractButton *button = m_methods->button(int(method)))
        button->setChecked(true);
}

void PaymentPart::choose(PaymentMethod method)
{
    setMethod(method);
    if (method == PaymentMethod::Cash) {
        m_tendered->setFocus(Qt::ShortcutFocusReason);
        m_tendered->selectAll();
    }
}

void PaymentPart::setPrice(std::optional<Money> price, int quantity)
{
    m_price = price;
    m_quantity = quantity;
    updateTotals();
}

std::optional<Money> PaymentPart::total() const
{
    if (!m_price)
        return std::nullopt;
    if (method() == PaymentMethod::Complimentary)
        return Money();
    return *m_price * m_quantity;
}

std::optional<Money> PaymentPart::checkTendered()
{
    const std::optional<Money> amount = total();
    const std::optional<Money> tendered = parseAmount(m_tendered->text());
    QString problem;
    if (!tendered)
        problem = tr("Enter the cash handed over, such as 1000 or 1000.50.");
    else if (amount && *tendered < *amount)
        problem = tr("That is less than the total of %1.").arg(amount->toDisplayString(QLocale()));
    if (problem.isEmpty())
        return tendered;
    m_tenderedError->setText(problem);
    m_tenderedError->show();
    m_tendered->setFocus(Qt::OtherFocusReason);
    return std::nullopt;
}

void PaymentPart::clear()
{
    m_cash->setChecked(true);
    m_tendered->clear();
    m_tenderedError->hide();
    updateTotals();
}

void PaymentPart::clearErrors()
{
    m_tenderedError->hide();
}

int PaymentPart::labelWidth() const
{
    int width = 0;
    for (const QLabel *label : {m_paymentLabel, m_totalLabel, m_tenderedLabel, m_changeLabel})
        width = qMax(width, label->sizeHint().width());
    return width;
}

void PaymentPart::setLabelWidth(int pixels)
{
    m_grid->setColumnMinimumWidth(0, pixels);
}

std::optional<Money> PaymentPart::parseAmount(const QString &text, const QLocale &locale)
{
    QString normalized = text.trimmed();
    normalized.remove(QLatin1Char(' '));
    normalized.remove(QChar(0x00a0));
    normalized.remove(QChar(0x202f));
    if (!locale.groupSeparator().isEmpty())
        normalized.remove(locale.groupSeparator());
    if (locale.decimalPoint() != QStringLiteral("."))
        normalized.replace(locale.decimalPoint(), QStringLiteral("."));
    const std::optional<Money> amount = Money::fromDecimalString(normalized);
    if (!amount || *amount < Money())
        return std::nullopt;
    return amount;
}

void PaymentPart::updateTotals()
{
    const QLocale locale;
    const std::optional<Money> amount = total();
    m_total->setText(amount ? amount->toDisplayString(locale) : QStringLiteral("—"));
    const bool cash = method() == PaymentMethod::Cash;
    m_tendered->setEnabled(cash);
    m_tenderedLabel->setEnabled(cash);
    m_changeLabel->setEnabled(cash);
    if (!cash) {
        m_change->clear();
        m_tenderedError->hide();
        return;
    }
    const std::optional<Money> tendered = parseAmount(m_tendered->text(), locale);
    if (!amount || !tendered) {
        m_change->setText(QStringLiteral("—"));
        DeskLook::setTone(m_change, TextTone::Plain);
        return;
    }
    if (*tendered < *amount) {
        m_change->setText(tr("Short by %1").arg((*amount - *tendered).toDisplayString(locale)));
        DeskLook::setTone(m_change, TextTone::Bad);
    } else {
        m_change->setText((*tendered - *amount).toDisplayString(locale));
        DeskLook::setTone(m_change, TextTone::Good);
    }
}

void PaymentPart::retranslate()
{
    m_paymentLabel->setText(tr("Payment"));
    m_cash->setText(tr("Cash (F5)"));
    m_card->setText(tr("Card (F6)"));
    m_complimentary->setText(tr("Complimentary (F7)"));
    m_tenderedLabel->setText(tr("&Tendered"));
    m_tendered->setPlaceholderText(tr("Cash handed over"));
    m_changeLabel->setText(tr("Change due"));
    m_totalLabel->setText(tr("Total"));
    updateTotals();
}

void PaymentPart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Marquee

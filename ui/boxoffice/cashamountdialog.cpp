#include "cashamountdialog.h"

#include "desklook.h"
#include "paymentpart.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Marquee {

CashAmountDialog::CashAmountDialog(const QString &title, const QString &question, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *prompt = new QLabel(question, this);
    prompt->setWordWrap(true);
    prompt->setTextFormat(Qt::PlainText);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("cashAmount"));
    m_field->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_deskLabel = new QLabel(tr("&Desk (empty: this terminal's name)"), this);
    m_desk = new QLineEdit(this);
    m_desk->setObjectName(QStringLiteral("deskName"));
    m_desk->setMaxLength(60);
    m_deskLabel->setBuddy(m_desk);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("cashAmountError"));
    m_error->setWordWrap(true);
    DeskLook::setTone(m_error, TextTone::Bad);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CashAmountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CashAmountDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_field);
    layout->addWidget(m_error);
    layout->addWidget(m_deskLabel);
    layout->addWidget(m_desk);
    layout->addWidget(buttons);
    setAskDesk(false);
    m_field->setFocus();
}

QString CashAmountDialog::desk() const
{
    return m_askDesk ? m_desk->text().trimmed() : QString();
}

void CashAmountDialog::setAskDesk(bool askDesk)
{
    m_askDesk = askDesk;
    m_deskLabel->setVisible(askDesk);
    m_desk->setVisible(askDesk);
}

void CashAmountDialog::accept()
{
    const std::optional<Money> amount = PaymentPart::parseAmount(m_field->text());
    if (!amount || *amount < Money()) {
        m_error->setText(tr("Enter an amount of money of 0 or more, such as 2000 or 1500.50."));
        m_error->show();
        m_field->setFocus();
        m_field->selectAll();
        return;
    }
    m_amount = *amount;
    QDialog::accept();
}

} // namespace Marquee

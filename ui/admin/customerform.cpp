#include "customerform.h"

#include "adminlook.h"
#include "common/texttone.h"
#include "session/terminalsession.h"
#include "users/customerservice.h"
#include "validation/validation.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Marquee {

CustomerForm::CustomerForm(TerminalSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    m_nameLabel = new QLabel(this);
    m_phoneLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_phone->setObjectName(QStringLiteral("customerPhone"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_nameLabel->setBuddy(m_name);
    m_phoneLabel->setBuddy(m_phone);
    m_nameError = new QLabel(this);
    m_phoneError = new QLabel(this);
    m_formError = new QLabel(this);
    for (QLabel *label : {m_nameError, m_phoneError, m_formError}) {
        AdminLook::setTone(label, TextTone::Bad);
        label->setWordWrap(true);
        label->hide();
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *grid = new QGridLayout;
    grid->setVerticalSpacing(2);
    grid->addWidget(m_nameLabel, 0, 0);
    grid->addWidget(m_name, 0, 1);
    grid->addWidget(m_nameError, 1, 1);
    grid->addWidget(m_phoneLabel, 2, 0);
    grid->addWidget(m_phone, 2, 1);
    grid->addWidget(m_phoneError, 3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_formError);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        const auto error = Validation::checkCustomerName(m_name->text());
        setError(m_nameError, error ? error->message() : QString());
    });
    connect(m_phone, &QLineEdit::textEdited, this, [this] {
        if (!m_phoneError->isHidden()) {
            const auto error = Validation::checkPhone(m_phone->text());
            setError(m_phoneError, error ? error->message() : QString());
        }
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerForm::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void CustomerForm::setError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString CustomerForm::fieldError(const QString &field) const
{
    const QLabel *label = field == QLatin1String("name") ? m_nameError : field == QLatin1String("phone") ? m_phoneError : m_formError;
    return label->isHidden() ? QString() : label->text();
}

bool CustomerForm::check()
{
    const auto nameError = Validation::checkCustomerName(m_name->text());
    const auto phoneError = Validation::checkPhone(m_phone->text());
    setError(m_nameError, nameError ? nameError->message() : QString());
    setError(m_phoneError, phoneError ? phoneError->message() : QString());
    return !nameError && !phoneError;
}

void CustomerForm::save()
{
    if (m_saving || !check())
        return;
    setError(m_formError, QString());
    m_saving = true;
    m_buttons->setEnabled(false);
    const QString name = m_name->text().trimmed();
    const QString phone = m_phone->text();
    m_session->customers().create(name, phone).then(this, [this](Result<Customer> result) {
        m_saving = false;
        m_buttons->setEnabled(true);
        if (!result) {
            const Error &error = result.error();
            if (error.field() == QLatin1String("name"))
                setError(m_nameError, error.message());
            else if (error.field() == QLatin1String("phone"))
                setError(m_phoneError, error.message());
            else
                setError(m_formError, error.message());
            return;
        }
        emit saved(result.value());
        accept();
    });
}

void CustomerForm::retranslate()
{
    setWindowTitle(tr("New customer"));
    m_nameLabel->setText(tr("&Name"));
    m_phoneLabel->setText(tr("&Phone"));
    m_phone->setPlaceholderText(tr("e.g. 081 234 5678"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void CustomerForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Marquee

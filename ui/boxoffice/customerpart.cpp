#include "customerpart.h"

#include "common/texttone.h"
#include "desklook.h"
#include "session/terminalsession.h"
#include "users/customerservice.h"
#include "validation/validation.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace Marquee {

CustomerPart::CustomerPart(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_phoneLabel = new QLabel(this);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phoneLabel->setBuddy(m_phone);
    m_phoneStatus = new QLabel(this);
    m_phoneStatus->setObjectName(QStringLiteral("phoneStatus"));
    m_phoneStatus->setWordWrap(true);
    m_phoneStatus->setTextFormat(Qt::PlainText); // it shows a customer's name

    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setMaxLength(Validation::MaxNameLength);
    m_nameLabel->setBuddy(m_name);
    m_nameError = new QLabel(this);
    m_nameError->setObjectName(QStringLiteral("nameError"));
    m_nameError->setWordWrap(true);
    DeskLook::setTone(m_nameError, TextTone::Bad);
    m_nameError->hide();

    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    m_grid->addWidget(m_phoneLabel, 0, 0);
    m_grid->addWidget(m_phone, 0, 1);
    m_grid->addWidget(m_phoneStatus, 1, 1);
    m_grid->addWidget(m_nameLabel, 2, 0);
    m_grid->addWidget(m_name, 2, 1);
    m_grid->addWidget(m_nameError, 3, 1);

    m_lookupDelay = new QTimer(this);
    m_lookupDelay->setSingleShot(true);
    m_lookupDelay->setInterval(250);
    connect(m_lookupDelay, &QTimer::timeout, this, &CustomerPart::lookUp);
    connect(m_phone, &QLineEdit::textChanged, this, &CustomerPart::scheduleLookup);
    connect(m_name, &QLineEdit::textChanged, m_nameError, &QLabel::hide);

    retranslate();
}

QString CustomerPart::phone() const
{
    return m_phone->text();
}

QString CustomerPart::name() const
{
    return m_name->text();
}

int CustomerPart::labelWidth() const
{
    return qMax(m_phoneLabel->sizeHint().width(), m_nameLabel->sizeHint().width());
}

void CustomerPart::setLabelWidth(int pixels)
{
    m_grid->setColumnMinimumWidth(0, pixels);
}

void CustomerPart::retranslate()
{
    m_phoneLabel->setText(tr("P&hone"));
    m_phone->setPlaceholderText(tr("Customer's phone, e.g. 081 234 5678; empty for a walk-in"));
    m_nameLabel->setText(tr("&Name"));
    m_name->setPlaceholderText(tr("Walk-in customer's name"));
    if (!m_foundName.isEmpty())
        setFound(m_foundName);
}

void CustomerPart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CustomerPart::clear()
{
    m_lookupDelay->stop();
    m_lookup.cancel(); // an answer still on its way belongs to the previous customer
    m_lookupPending = false;
    m_foundName.clear();
    {
        // Emptying the phone is not typing a new one: nothing to look up.
        const QSignalBlocker blocker(m_phone);
        m_phone->clear();
    }
    m_phoneStatus->clear();
    DeskLook::setTone(m_phoneStatus, TextTone::Plain);
    m_name->clear();
    m_name->setEnabled(true);
    m_nameError->hide();
}

void CustomerPart::clearErrors()
{
    m_nameError->hide();
    if (TextTone::of(m_phoneStatus) == TextTone::Bad) {
        m_phoneStatus->clear();
        DeskLook::setTone(m_phoneStatus, TextTone::Plain);
    }
}

void CustomerPart::showPhoneError(const QString &message)
{
    DeskLook::setTone(m_phoneStatus, TextTone::Bad);
    m_phoneStatus->setText(message);
    m_phone->setFocus(Qt::OtherFocusReason);
}

void CustomerPart::showNameError(const QString &message)
{
    m_nameError->setText(message);
    m_nameError->show();
    m_name->setFocus(Qt::OtherFocusReason);
}

void CustomerPart::scheduleLookup()
{
    m_phoneStatus->clear();
    DeskLook::setTone(m_phoneStatus, TextTone::Plain);
    m_lookup.cancel(); // whatever is on its way answers an older number
    if (!m_foundName.isEmpty()) {
        // The name came from the previous number's customer: it is not this one's.
        if (m_name->text() == m_foundName)
            m_name->clear();
        m_foundName.clear();
    }
    m_name->setEnabled(true);
    m_lookupPending = Validation::isValidPhone(m_phone->text());
    if (m_lookupPending)
        m_lookupDelay->start();
    else
        m_lookupDelay->stop();
}

void CustomerPart::lookUpNow()
{
    if (m_lookupDelay->isActive()) {
        m_lookupDelay->stop();
        lookUp();
    }
}

void CustomerPart::lookUp()
{
    const QString phone = m_phone->text();
    if (!Validation::isValidPhone(phone)) {
        m_lookupPending = false;
        return;
    }
    m_phoneStatus->setText(tr("Looking up the customer…"));
    m_lookup.ask(m_session->customers().findByPhone(phone), this, [this](Result<Customer> result) {
        m_lookupPending = false;
        if (result) {
            setFound(result->name);
        } else if (result.error().code() == ErrorCode::NotFound) {
            DeskLook::setTone(m_phoneStatus, TextTone::Plain);
            m_phoneStatus->setText(tr("New customer: enter their name below."));
            m_name->setEnabled(true);
        } else {
            DeskLook::setTone(m_phoneStatus, TextTone::Bad);
            m_phoneStatus->setText(result.error().message());
        }
        emit lookupFinished();
    });
}

void CustomerPart::setFound(const QString &name)
{
    m_foundName = name;
    DeskLook::setTone(m_phoneStatus, TextTone::StrongGood);
    m_phoneStatus->setText(tr("Found: %1").arg(name));
    m_name->setText(name);
    // A known customer keeps the name on file; Tab then skips the name field.
    m_name->setEnabled(false);
    m_nameError->hide();
}

} // namespace Marquee

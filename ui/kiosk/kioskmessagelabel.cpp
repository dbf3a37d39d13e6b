#include "kioskmessagelabel.h"

#include "common/error.h"
#include "kioskstyle.h"

#include <QAccessible>
#include <QEvent>

namespace Marquee {

KioskMessageLabel::KioskMessageLabel(const QString &objectName, QWidget *parent, const char *role)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText); // a message may quote what the customer typed
    if (role)
        setProperty("kioskRole", QString::fromLatin1(role));
    hide();
}

void KioskMessageLabel::setField(QWidget *field)
{
    m_field = field;
}

void KioskMessageLabel::showMessage(std::function<QString()> message)
{
    m_message = std::move(message);
    setText(m_message());
    show();
    announce();
}

void KioskMessageLabel::showError(const Error &error)
{
    showMessage([error] { return error.message(); });
}

void KioskMessageLabel::clearMessage()
{
    const bool had = hasMessage();
    m_message = nullptr;
    clear();
    hide();
    if (had && m_field) {
        m_field->setAccessibleDescription(QString());
        KioskStyle::setInvalid(m_field, false);
    }
}

void KioskMessageLabel::announce()
{
    if (m_field) {
        m_field->setAccessibleDescription(text());
        KioskStyle::setInvalid(m_field, true);
    }
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    emit messageShown(text());
}

void KioskMessageLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_message) {
        setText(m_message());
        if (m_field)
            m_field->setAccessibleDescription(text());
    }
    QLabel::changeEvent(event);
}

} // namespace Marquee

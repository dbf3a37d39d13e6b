#include "kioskmessagelabel.h"

#include "common/error.h"

#include <QEvent>

namespace Marquee {

KioskMessageLabel::KioskMessageLabel(const QString &objectName, QWidget *parent, const char *role)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    if (role)
        setProperty("kioskRole", QString::fromLatin1(role));
    hide();
}

void KioskMessageLabel::showMessage(std::function<QString()> message)
{
    m_message = std::move(message);
    setText(m_message());
    show();
}

void KioskMessageLabel::showError(const Error &error)
{
    showMessage([error] { return error.message(); });
}

void KioskMessageLabel::clearMessage()
{
    m_message = nullptr;
    clear();
    hide();
}

void KioskMessageLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_message)
        setText(m_message());
    QLabel::changeEvent(event);
}

} // namespace Marquee

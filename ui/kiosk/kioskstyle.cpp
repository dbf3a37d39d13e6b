#include "kioskstyle.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

namespace Marquee {

QString KioskStyle::styleSheet()
{
    QFile file(QStringLiteral(":/kiosk/kiosk.qss"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qWarning("kiosk: the stylesheet :/kiosk/kiosk.qss is missing from the build");
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

void KioskStyle::setRole(QWidget *widget, const char *role)
{
    const QVariant value = role ? QVariant(QString::fromLatin1(role)) : QVariant();
    if (widget->property("kioskRole") == value)
        return;
    widget->setProperty("kioskRole", value);
    // A stylesheet reads dynamic properties when it polishes a widget, not when they change.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

QLabel *KioskStyle::label(QWidget *parent, const char *role, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    if (role)
        label->setProperty("kioskRole", QString::fromLatin1(role));
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QPushButton *KioskStyle::button(QWidget *parent, const QString &objectName, const char *role)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setFocusPolicy(Qt::NoFocus);
    if (role)
        button->setProperty("kioskRole", QString::fromLatin1(role));
    return button;
}

QLineEdit *KioskStyle::field(QWidget *parent, const QString &objectName)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setClearButtonEnabled(true);
    return field;
}

} // namespace Marquee

#include "kioskstyle.h"

#include "kioskheading.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScroller>
#include <QScrollerProperties>
#include <QStyle>
#include <QToolButton>

namespace Marquee {

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qWarning("kiosk: %s is missing from the build", qPrintable(path));
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString KioskStyle::styleSheet(const KioskLook &look)
{
    return resolve(readResource(QStringLiteral(":/kiosk/kiosk.qss")), colours(look.highContrast), look.textPercent);
}

QHash<QString, QString> KioskStyle::colours(bool highContrast)
{
    return parseColours(readResource(highContrast ? QStringLiteral(":/kiosk/kiosk-contrast.colours")
                                                  : QStringLiteral(":/kiosk/kiosk-standard.colours")));
}

QHash<QString, QString> KioskStyle::parseColours(const QString &text)
{
    QHash<QString, QString> colours;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0)
            continue;
        colours.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return colours;
}

QString KioskStyle::resolve(const QString &qss, const QHash<QString, QString> &colours, int textPercent)
{
    static const QRegularExpression name(QStringLiteral("@([A-Za-z][A-Za-z0-9]*)"));
    static const QRegularExpression points(QStringLiteral("(\\d+(?:\\.\\d+)?)pt\\b"));
    QString out;
    out.reserve(qss.size());
    qsizetype last = 0;
    for (auto it = name.globalMatch(qss); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(qss).mid(last, match.capturedStart() - last);
        const QString colour = colours.value(match.captured(1));
        if (colour.isEmpty())
            qWarning("kiosk: the theme has no colour %s", qPrintable(match.captured(1)));
        out += colour.isEmpty() ? QStringLiteral("magenta") : colour;
        last = match.capturedEnd();
    }
    out += QStringView(qss).mid(last);
    if (textPercent == KioskLook::NormalText)
        return out;
    QString scaled;
    scaled.reserve(out.size());
    last = 0;
    for (auto it = points.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        scaled += QStringView(out).mid(last, match.capturedStart() - last);
        const double size = match.captured(1).toDouble() * textPercent / 100.0;
        scaled += QString::number(size, 'f', 1) + QStringLiteral("pt");
        last = match.capturedEnd();
    }
    scaled += QStringView(out).mid(last);
    return scaled;
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

void KioskStyle::setInvalid(QWidget *field, bool invalid)
{
    if (field->property("kioskInvalid").toBool() == invalid)
        return;
    field->setProperty("kioskInvalid", invalid);
    field->style()->unpolish(field);
    field->style()->polish(field);
    field->update();
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

QLabel *KioskStyle::heading(QWidget *parent, const QString &objectName)
{
    auto *heading = new KioskHeading(parent);
    heading->setWordWrap(true);
    heading->setProperty("kioskRole", QStringLiteral("heading"));
    if (!objectName.isEmpty())
        heading->setObjectName(objectName);
    return heading;
}

QPushButton *KioskStyle::button(QWidget *parent, const QString &objectName, const char *role)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setFocusPolicy(Qt::TabFocus);
    button->setAutoDefault(true); // outside a dialog this only means: Enter presses it when it has the focus
    if (role)
        button->setProperty("kioskRole", QString::fromLatin1(role));
    return button;
}

QRadioButton *KioskStyle::choice(QWidget *parent, const QString &objectName)
{
    auto *choice = new QRadioButton(parent);
    choice->setObjectName(objectName);
    choice->setFocusPolicy(Qt::TabFocus);
    return choice;
}

QLineEdit *KioskStyle::field(QWidget *parent, const QString &objectName)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setClearButtonEnabled(true);
    // The clear button is a control a screen reader reaches: it needs a name.
    const auto buttons = field->findChildren<QToolButton *>();
    for (QToolButton *clear : buttons)
        clear->setAccessibleName(QCoreApplication::translate("KioskStyle", "Clear this field"));
    return field;
}

} // namespace Marquee

namespace Marquee {

void KioskStyle::makeFlickable(QAbstractScrollArea *area)
{
    QWidget *viewport = area->viewport();
    QScroller::grabGesture(viewport, QScroller::TouchGesture);
    QScroller::grabGesture(viewport, QScroller::LeftMouseButtonGesture);
    QScrollerProperties properties = QScroller::scroller(viewport)->scrollerProperties();
    // The scroller would hold a press back for a quarter second to see whether it becomes a drag: a tap must
    // choose at once.
    properties.setScrollMetric(QScrollerProperties::MousePressEventDelay, 0.0);
    properties.setScrollMetric(QScrollerProperties::OvershootDragResistanceFactor, 0.3);
    properties.setScrollMetric(QScrollerProperties::HorizontalOvershootPolicy,
                               QVariant::fromValue(QScrollerProperties::OvershootAlwaysOff));
    QScroller::scroller(viewport)->setScrollerProperties(properties);
}

} // namespace Marquee

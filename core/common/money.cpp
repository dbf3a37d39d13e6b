#include "money.h"

#include <QRegularExpression>
#include <QVariant>

namespace Marquee {

std::optional<Money> Money::fromDecimalString(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(-?)(\\d{1,15})(?:\\.(\\d{0,2}))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 whole = match.captured(2).toLongLong();
    QString fraction = match.captured(3);
    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));
    qint64 minor = whole * 100 + fraction.toLongLong();
    if (!match.captured(1).isEmpty())
        minor = -minor;
    return fromMinorUnits(minor);
}

Money Money::fromDatabase(const QVariant &value)
{
    if (value.isNull())
        return Money();
    // Under QSql::HighPrecision the driver hands over the exact text; anything else would be a bug.
    return fromDecimalString(value.toString()).value_or(Money());
}

QString Money::toDecimalString() const
{
    const qint64 magnitude = m_minor < 0 ? -m_minor : m_minor;
    return QStringLiteral("%1%2.%3")
        .arg(m_minor < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toDisplayString(const QLocale &locale) const
{
    const qint64 magnitude = m_minor < 0 ? -m_minor : m_minor;
    QString text = locale.toString(magnitude / 100) + locale.decimalPoint()
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (m_minor < 0)
        text.prepend(locale.negativeSign());
    return text;
}

} // namespace Marquee

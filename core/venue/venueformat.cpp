#include "venueformat.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

namespace Marquee {

VenueFormat::VenueFormat(const VenueSettings &venue, const QLocale &locale)
    : m_locale(locale)
    , m_zone(venue.timeZone())
    , m_currency(venue.currency)
    , m_symbol(symbolFor(venue.currency))
{
}

QString VenueFormat::symbolFor(const QString &currencyCode)
{
    // Qt knows a currency's sign only through a locale that uses it: look for one once per code.
    static QMutex mutex;
    static QHash<QString, QString> symbols;
    QMutexLocker lock(&mutex);
    if (auto found = symbols.constFind(currencyCode); found != symbols.constEnd())
        return *found;
    QString symbol = currencyCode;
    const QList<QLocale> all = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    // The locale whose language the currency's country speaks writes the sign people there know ("฿" in th_TH,
    // where en_TH would too); any other locale that uses the currency is the next best.
    QString fallback;
    for (const QLocale &candidate : all) {
        if (candidate.currencySymbol(QLocale::CurrencyIsoCode) != currencyCode)
            continue;
        const QString sign = candidate.currencySymbol(QLocale::CurrencySymbol);
        if (sign.isEmpty() || sign == currencyCode)
            continue;
        if (fallback.isEmpty())
            fallback = sign;
        if (candidate.territory() != QLocale::AnyTerritory
            && QLocale(QLocale::AnyLanguage, candidate.territory()).language() == candidate.language()) {
            symbol = sign;
            break;
        }
    }
    if (symbol == currencyCode && !fallback.isEmpty())
        symbol = fallback;
    symbols.insert(currencyCode, symbol);
    return symbol;
}

QDateTime VenueFormat::toVenueTime(const QDateTime &instant) const
{
    return instant.isValid() ? instant.toTimeZone(m_zone) : QDateTime();
}

QDateTime VenueFormat::startOfVenueDay(const QDateTime &instant) const
{
    if (!instant.isValid())
        return QDateTime();
    return toVenueTime(instant).date().startOfDay(m_zone);
}

QString VenueFormat::dateTime(const QDateTime &instant, QLocale::FormatType format) const
{
    if (!instant.isValid())
        return QString();
    // A locale's long date-time adds seconds and the zone's offset ("7:30:00 PM +07"): nobody at a venue reads a
    // performance's time that way, and every time shown is the venue's anyway. The long date with the short time.
    if (format == QLocale::LongFormat) {
        return m_locale.toString(toVenueTime(instant).date(), QLocale::LongFormat) + QLatin1Char(' ')
            + m_locale.toString(toVenueTime(instant).time(), clockFormat());
    }
    return m_locale.toString(toVenueTime(instant), format);
}

QString VenueFormat::clockFormat() const
{
    // Some locales' short time has seconds too (C: "HH:mm:ss"): the clock without them.
    QString clock = m_locale.timeFormat(QLocale::ShortFormat);
    clock.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    return clock;
}

QString VenueFormat::date(const QDateTime &instant, QLocale::FormatType format) const
{
    return instant.isValid() ? m_locale.toString(toVenueTime(instant).date(), format) : QString();
}

QString VenueFormat::time(const QDateTime &instant, QLocale::FormatType format) const
{
    if (!instant.isValid())
        return QString();
    // The short time is the venue's clock, never with seconds ("held until 20:13", not "20:13:09").
    return m_locale.toString(toVenueTime(instant).time(), format == QLocale::ShortFormat ? clockFormat() : m_locale.timeFormat(format));
}

QString VenueFormat::dateTime(const QDateTime &instant, const QString &format) const
{
    return instant.isValid() ? m_locale.toString(toVenueTime(instant), format) : QString();
}

QString VenueFormat::money(Money amount) const
{
    // The locale's pattern for money (where the sign goes, spaces, the minus), taken from a sample amount whose
    // digits are then replaced by the exact ones: no double ever carries the amount itself.
    const bool negative = amount < Money();
    const QString pattern = m_locale.toCurrencyString(negative ? -1.0 : 1.0, m_symbol, 2);
    const QString sampleDigits = m_locale.toString(1.0, 'f', 2);
    const Money magnitude = negative ? Money() - amount : amount;
    QString text = pattern;
    const qsizetype at = text.indexOf(sampleDigits);
    if (at < 0)
        return (negative ? m_locale.negativeSign() : QString()) + m_symbol + magnitude.toDisplayString(m_locale);
    text.replace(at, sampleDigits.size(), magnitude.toDisplayString(m_locale));
    return text;
}

} // namespace Marquee

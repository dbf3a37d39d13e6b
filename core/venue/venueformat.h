#pragma once

#include "common/money.h"
#include "domain/venuesettings.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace Marquee {

// How a view writes an instant or an amount: in the venue's time zone, whatever the terminal's operating system
// says, and in the venue's currency, in the language the person chose. Views make one from the session's
// VenueSettings and their locale (a kiosk switches language per customer):
//
//     const VenueFormat format(m_session->venueSettings(), locale());
//     label->setText(format.dateTime(event.startsAt));     // "12/1/26 7:30 PM" in Asia/Bangkok
//     price->setText(format.money(event.price));           // "฿1,250.00", or in Thai "฿1,250.00"
//
// Money stays exact: the digits are Money's own, only the currency's sign and its place come from the locale.
class VenueFormat final
{
public:
    VenueFormat(const VenueSettings &venue, const QLocale &locale);

    const QLocale &locale() const { return m_locale; }
    const QTimeZone &timeZone() const { return m_zone; }
    QString currencyCode() const { return m_currency; }

    // The same instant as the venue's clock shows it (date, time and offset of the venue's zone).
    QDateTime toVenueTime(const QDateTime &instant) const;
    // The venue's midnight that starts the day this instant falls in.
    QDateTime startOfVenueDay(const QDateTime &instant) const;

    QString dateTime(const QDateTime &instant, QLocale::FormatType format = QLocale::ShortFormat) const;
    QString date(const QDateTime &instant, QLocale::FormatType format = QLocale::ShortFormat) const;
    QString time(const QDateTime &instant, QLocale::FormatType format = QLocale::ShortFormat) const;
    // A format string of QDateTime::toString, applied to the venue's time ("dd MMM HH:mm").
    QString dateTime(const QDateTime &instant, const QString &format) const;

    // "฿1,250.00": the amount in the venue's currency, in this locale's way of writing money.
    QString money(Money amount) const;
    // The currency's sign ("฿", "$", "€"), or its ISO code when no locale of Qt writes it with a sign.
    QString currencySymbol() const { return m_symbol; }

    // The sign Qt's locale data give a currency (ISO 4217 code), or the code itself.
    static QString symbolFor(const QString &currencyCode);

private:
    // The locale's short time format without seconds.
    QString clockFormat() const;

    QLocale m_locale;
    QTimeZone m_zone;
    QString m_currency;
    QString m_symbol;
};

} // namespace Marquee

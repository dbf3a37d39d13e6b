#include "kiosktext.h"

#include "domain/booking.h"
#include "domain/event.h"
#include "kioskorder.h"
#include "venue/venueformat.h"

#include <QLocale>

namespace Marquee {

QString KioskText::when(const VenueFormat &format, const QDateTime &startsAt, const QString &separator)
{
    if (!startsAt.isValid())
        return QString();
    return format.date(startsAt, QLocale::LongFormat) + separator + clock(format, startsAt);
}

QString KioskText::clock(const VenueFormat &format, const QDateTime &instant)
{
    // The C locale's short time format has seconds; a kiosk never shows them.
    QString pattern = format.locale().timeFormat(QLocale::ShortFormat);
    pattern.remove(QStringLiteral(":ss"));
    return format.dateTime(instant, pattern);
}

QString KioskText::ticketCount(int tickets)
{
    return tickets == 1 ? tr("1 ticket") : tr("%1 tickets").arg(QLocale().toString(tickets));
}

QStringList KioskText::orderLines(const VenueFormat &format, const KioskOrder &order)
{
    QStringList lines;
    if (order.seated) {
        for (const KioskSeatChoice &seat : order.seats)
            lines << (seat.typeName.isEmpty() ? seat.name
                                              : tr("%1 — %2, %3").arg(seat.name, seat.typeName, format.money(seat.price)));
        return lines;
    }
    if (order.byType()) {
        for (const TicketType &type : order.ticketTypes) {
            if (const int n = order.quantityOf(type.id); n > 0)
                lines << tr("%1 × %2").arg(QLocale().toString(n), type.name);
        }
        return lines;
    }
    lines << ticketCount(order.quantity);
    return lines;
}

QString KioskText::total(const VenueFormat &format, const Money &amount)
{
    return tr("Total: %1").arg(format.money(amount));
}

QString KioskText::perTicket(const VenueFormat &format, const Money &price)
{
    return tr("%1 per ticket").arg(format.money(price));
}

QString KioskText::seatsLeft(int remaining)
{
    if (remaining == 1)
        return tr("1 seat left");
    return tr("%1 seats left").arg(QLocale().toString(remaining));
}

QString KioskText::unavailable(const Event &event)
{
    if (event.status == EventStatus::Cancelled)
        return tr("cancelled");
    if (event.status != EventStatus::Active)
        return tr("not on sale");
    return tr("sold out");
}

QString KioskText::booking(const QString &reference)
{
    return tr("Booking %1").arg(reference);
}

QString KioskText::spelled(const QString &reference)
{
    QStringList characters;
    for (const QChar c : reference)
        characters.append(QString(c));
    return characters.join(QLatin1Char(' '));
}

QString KioskText::payBefore(const VenueFormat &format, const QDateTime &expiresAt, const Money &amount)
{
    // Twenty minutes before midnight the deadline is tomorrow: then it says the date too.
    const bool today = format.toVenueTime(expiresAt).date() == format.toVenueTime(QDateTime::currentDateTimeUtc()).date();
    const QString deadline = today ? clock(format, expiresAt) : when(format, expiresAt);
    return tr("Not paid yet. Please pay %1 at the box office before %2 (venue time) and show this booking "
              "reference. If it is not paid by then, the booking lapses and the seats go back on sale.")
        .arg(format.money(amount), deadline);
}

QString KioskText::reference(const BookingConfirmation &confirmation)
{
    return confirmation.reference;
}

QString KioskText::reference(const Booking &booking)
{
    return booking.reference;
}

} // namespace Marquee

#include "kiosktext.h"

#include "domain/booking.h"
#include "kioskeventdelegate.h"

#include <QLocale>

namespace Marquee {

QString KioskText::when(const QDateTime &startsAt)
{
    const QLocale locale;
    const QDateTime local = startsAt.toLocalTime();
    return locale.toString(local.date(), QLocale::LongFormat) + QStringLiteral(", ")
        + KioskEventDelegate::timeText(local.time());
}

QString KioskText::ticketCount(int tickets)
{
    return tickets == 1 ? tr("1 ticket") : tr("%1 tickets").arg(QLocale().toString(tickets));
}

QString KioskText::total(const Money &amount)
{
    return tr("Total: %1").arg(amount.toDisplayString(QLocale()));
}

QString KioskText::booking(const QString &reference)
{
    return tr("Booking %1").arg(reference);
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

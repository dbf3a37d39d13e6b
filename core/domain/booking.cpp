#include "booking.h"

namespace Marquee {

QString paymentMethodToString(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash: return QStringLiteral("cash");
    case PaymentMethod::Card: return QStringLiteral("card");
    case PaymentMethod::Complimentary: return QStringLiteral("complimentary");
    }
    return QStringLiteral("cash");
}

PaymentMethod paymentMethodFromString(const QString &text)
{
    if (text == QLatin1String("card"))
        return PaymentMethod::Card;
    if (text == QLatin1String("complimentary"))
        return PaymentMethod::Complimentary;
    return PaymentMethod::Cash;
}

TicketStatus ticketStatusFromString(const QString &text)
{
    if (text == QLatin1String("used"))
        return TicketStatus::Used;
    if (text == QLatin1String("cancelled"))
        return TicketStatus::Cancelled;
    return TicketStatus::Active;
}

QString bookingReference(const Booking &booking)
{
    return QLatin1Char('#') + QString::number(booking.id);
}

QString bookingReference(const BookingConfirmation &confirmation)
{
    return QLatin1Char('#') + QString::number(confirmation.bookingId);
}

} // namespace Marquee

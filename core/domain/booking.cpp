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

QString bookingStatusToString(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Reserved: return QStringLiteral("reserved");
    case BookingStatus::Confirmed: return QStringLiteral("confirmed");
    case BookingStatus::Expired: return QStringLiteral("expired");
    case BookingStatus::Cancelled: return QStringLiteral("cancelled");
    case BookingStatus::RefundDue: return QStringLiteral("refund_due");
    }
    return QStringLiteral("confirmed");
}

BookingStatus bookingStatusFromString(const QString &text)
{
    if (text == QLatin1String("reserved"))
        return BookingStatus::Reserved;
    if (text == QLatin1String("expired"))
        return BookingStatus::Expired;
    if (text == QLatin1String("cancelled"))
        return BookingStatus::Cancelled;
    if (text == QLatin1String("refund_due"))
        return BookingStatus::RefundDue;
    return BookingStatus::Confirmed;
}

} // namespace Marquee

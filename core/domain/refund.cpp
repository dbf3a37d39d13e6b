#include "refund.h"

namespace Marquee {

QString refundReasonToString(RefundReason reason)
{
    return reason == RefundReason::EventCancelled ? QStringLiteral("event_cancelled") : QStringLiteral("booking_cancelled");
}

RefundReason refundReasonFromString(const QString &text)
{
    return text == QLatin1String("event_cancelled") ? RefundReason::EventCancelled : RefundReason::BookingCancelled;
}

QString refundMethodToString(RefundMethod method)
{
    switch (method) {
    case RefundMethod::Cash: return QStringLiteral("cash");
    case RefundMethod::Card: return QStringLiteral("card");
    case RefundMethod::Transfer: return QStringLiteral("transfer");
    }
    return QStringLiteral("cash");
}

RefundMethod refundMethodFromString(const QString &text)
{
    if (text == QLatin1String("card"))
        return RefundMethod::Card;
    if (text == QLatin1String("transfer"))
        return RefundMethod::Transfer;
    return RefundMethod::Cash;
}

} // namespace Marquee

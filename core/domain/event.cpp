#include "event.h"

namespace Marquee {

QString eventStatusToString(EventStatus status)
{
    switch (status) {
    case EventStatus::Active: return QStringLiteral("active");
    case EventStatus::Cancelled: return QStringLiteral("cancelled");
    case EventStatus::Completed: return QStringLiteral("completed");
    }
    return QStringLiteral("active");
}

std::optional<EventStatus> eventStatusFromString(const QString &text)
{
    if (text == QLatin1String("active"))
        return EventStatus::Active;
    if (text == QLatin1String("cancelled"))
        return EventStatus::Cancelled;
    if (text == QLatin1String("completed"))
        return EventStatus::Completed;
    return std::nullopt;
}

} // namespace Marquee

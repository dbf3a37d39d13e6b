#include "seatstate.h"

namespace Marquee {

QString seatStateToString(SeatState state)
{
    switch (state) {
    case SeatState::Free: return QStringLiteral("free");
    case SeatState::Held: return QStringLiteral("held");
    case SeatState::Sold: return QStringLiteral("sold");
    case SeatState::Blocked: return QStringLiteral("blocked");
    case SeatState::Unknown: break;
    }
    return QStringLiteral("unknown");
}

std::optional<SeatState> seatStateFromString(const QString &text)
{
    if (text == QLatin1String("free"))
        return SeatState::Free;
    if (text == QLatin1String("held"))
        return SeatState::Held;
    if (text == QLatin1String("sold"))
        return SeatState::Sold;
    if (text == QLatin1String("blocked"))
        return SeatState::Blocked;
    return std::nullopt;
}

} // namespace Marquee

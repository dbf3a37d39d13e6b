#pragma once

#include <QString>

#include <optional>

namespace Marquee {

// A seat's state for one event, as marquee.seat_map() tells it (issue #14 §3): free, held (someone's hold that
// has not run out), sold (a reserved-but-unpaid seat reads sold too) or blocked (a house hold). Unknown until
// the terminal has heard: such a seat is never offered.
enum class SeatState { Unknown, Free, Held, Sold, Blocked };

QString seatStateToString(SeatState state);                  // "free", as seat_map() says it
std::optional<SeatState> seatStateFromString(const QString &text);

} // namespace Marquee

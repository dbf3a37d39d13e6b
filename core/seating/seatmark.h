#pragma once

namespace Marquee {

// Marquee's own marks of a plan's seats, which pretix's format lacks (migrations/0020: columns of
// seating_seats). They belong to the plan, so every event of the plan shows them.
enum class SeatMark { Wheelchair, Companion, RestrictedView };

} // namespace Marquee

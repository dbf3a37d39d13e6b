#pragma once

#include "session.h"

#include <optional>

namespace Marquee {

// The caps on hoarding of one group's logins (marquee.booking_limits); no value is no cap.
struct BookingLimits
{
    static constexpr int MaxLimit = 100000;

    StaffGroup group = StaffGroup::None;
    std::optional<int> bookingsPerMinute;        // per login
    std::optional<int> ticketsPerCustomerEvent;  // per customer phone and event
};

} // namespace Marquee

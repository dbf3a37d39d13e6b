#pragma once

#include "benchsupport.h"

#include <QList>

namespace Marquee::Bench {

// What terminals really do: `clients` real TerminalSessions (box-office logins; each its listener, its read and
// write workers) selling through BookingService::sell() one sale after another, on this thread's event loop, each
// sale on one of `events` at random, for `seconds` after a second of warm-up (the workers connect on first use).
// Only sales answered inside the measured window count; `answered` gets every sale that was confirmed at all.
Tally sellThroughSessions(const ConnectionProfile &profile, const QList<qint64> &events, int clients, double seconds,
                          qint64 *answered);

} // namespace Marquee::Bench

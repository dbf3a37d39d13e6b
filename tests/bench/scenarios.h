#pragma once

#include "benchsupport.h"

namespace Marquee::Bench {

class BenchServer;

// One hot event: the real booking call against the bare conditional UPDATE (the ceiling) and the
// classic client-side locked transaction, same server, same proxy, same terminals.
ScenarioReport runHotScenario(BenchServer &server, const BenchOptions &options);
// Bookings spread over many events: notifications off, NOTIFY inside the booking, announce after commit.
ScenarioReport runSpreadScenario(BenchServer &server, const BenchOptions &options);
// One booking seen by many listening terminals: commit to the number in each terminal's model.
ScenarioReport runFanoutScenario(BenchServer &server, const BenchOptions &options);
// The admin events table over a large catalogue: first page, fetch to the end, peak memory.
ScenarioReport runListScenario(BenchServer &server, const BenchOptions &options);
// A primary and a synchronous standby of its own (not `server`: it kills its primary): terminals selling through
// the failover, what synchronous replication costs, and a restore to a point in time from the WAL archive.
ScenarioReport runFailoverScenario(BenchServer &server, const BenchOptions &options);
// A venue's terminals on one server: N real terminal sessions (desks and kiosks) headless, an on-sale burst, then
// sales at a human pace; connections, server memory, booking latency, fan-out, errors, for each N.
ScenarioReport runTerminalsScenario(BenchServer &server, const BenchOptions &options);
// The door view scanned by a keyboard wedge through the proxy: from Enter to the answer painted, per scan.
ScenarioReport runDoorScenario(BenchServer &server, const BenchOptions &options);

} // namespace Marquee::Bench

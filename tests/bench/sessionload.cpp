#include "sessionload.h"

#include "benchserver.h"

#include "bookingterminal.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace Marquee::Bench {

Tally sellThroughSessions(const ConnectionProfile &profile, const QList<qint64> &events, int clients, double seconds,
                          qint64 *answered)
{
    std::vector<std::unique_ptr<BookingTerminal>> terminals;
    for (int i = 0; i < clients; ++i)
        terminals.push_back(std::make_unique<BookingTerminal>(i, BenchServer::atDesk(profile, i), events));
    for (const auto &terminal : terminals)
        terminal->start();
    spin(1000);
    const auto windowStart = Clock::now();
    spin(qint64(seconds * 1000));
    const auto windowEnd = Clock::now();
    for (const auto &terminal : terminals)
        terminal->stop();
    spin(30000, [&] {
        for (const auto &terminal : terminals) {
            if (!terminal->isIdle())
                return false;
        }
        return true;
    });

    Tally tally;
    tally.elapsedSeconds = millisecondsBetween(windowStart, windowEnd) / 1000;
    qint64 all = 0;
    for (const auto &terminal : terminals) {
        for (const BookingTerminal::Acknowledged &sale : terminal->acknowledged()) {
            ++all;
            if (sale.at >= windowStart && sale.at <= windowEnd)
                tally.record(true, sale.latencyMs);
        }
        for (auto it = terminal->failures().cbegin(); it != terminal->failures().cend(); ++it) {
            tally.failed += it.value();
            tally.errors[it.key()] += it.value();
        }
    }
    if (answered)
        *answered = all;
    terminals.clear();
    spin(200);
    return tally;
}

} // namespace Marquee::Bench

#include "scenarios.h"

#include "benchserver.h"
#include "latencyproxy.h"
#include "listenerhost.h"

#include "availability/availabilityrepository.h"
#include "booking/bookingrepository.h"
#include "database/connection.h"
#include "events/eventrepository.h"
#include "models/eventtablemodel.h"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Marquee::Bench {

namespace {

// What every listening terminal reports into: which round it has seen, and when.
struct FanoutRounds
{
    std::mutex mutex;
    std::condition_variable arrived;
    int round = -1;
    int target = 0;                 // remaining seats after this round's booking
    Clock::time_point committed;
    std::vector<int> seenRound;
    int seenThisRound = 0;
    QList<double> latenciesMs;
    std::atomic<int> connected{0};
};

} // namespace

ScenarioReport runFanoutScenario(BenchServer &server, const BenchOptions &options)
{
    ScenarioReport report;
    report.name = QStringLiteral("fanout");
    const QString database = QStringLiteral("marquee_bench_fanout");
    if (!server.createDatabase(database)) {
        report.error = server.errorString();
        return report;
    }
    const qint64 eventId = server.scalar(database, QStringLiteral(
        "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
        "VALUES ('Fan-out event', 'Main hall', now() + interval '30 days', 100000, 25.00) RETURNING id")).toLongLong();
    Event event;
    {
        const QString name = Connection::uniqueName(QStringLiteral("bench-fanout-read"));
        {
            auto db = Connection::open(server.superuser(database), name);
            if (db) {
                auto read = EventRepository(db.value()).getPublic(eventId);
                if (read)
                    event = read.value();
            }
        }
        Connection::close(name);
    }
    if (event.id <= 0) {
        report.error = QStringLiteral("could not create the event: ") + server.errorString();
        return report;
    }

    std::unique_ptr<LatencyProxy> proxy;
    quint16 port = 0;
    if (options.fanoutRttMs > 0) {
        proxy = std::make_unique<LatencyProxy>(server.host(), server.port(), options.fanoutRttMs);
        if (!proxy->start()) {
            report.error = proxy->errorString();
            return report;
        }
        port = proxy->port();
    }
    const ConnectionProfile terminal = server.terminal(database, port);

    FanoutRounds rounds;
    rounds.seenRound.assign(size_t(options.listeners), -1);
    std::vector<std::unique_ptr<ListenerHost>> listeners;
    for (int i = 0; i < options.listeners; ++i) {
        // The terminal's events table, as the box office shows it, fed by its own listener.
        auto *model = new EventTableModel(nullptr);
        model->setEvents({event});
        listeners.push_back(std::make_unique<ListenerHost>(terminal,
            [&rounds, model, i, eventId](const QList<Availability> &changed, bool complete) {
                model->applyAvailability(changed);
                if (complete)
                    ++rounds.connected;
                const Event *shown = model->eventById(eventId);
                if (!shown)
                    return;
                const auto now = Clock::now();
                std::lock_guard lock(rounds.mutex);
                if (rounds.round < 0 || rounds.seenRound[size_t(i)] == rounds.round || shown->remaining() > rounds.target)
                    return;
                rounds.seenRound[size_t(i)] = rounds.round;
                rounds.latenciesMs.append(millisecondsBetween(rounds.committed, now));
                ++rounds.seenThisRound;
                rounds.arrived.notify_all();
            }));
        listeners.back()->adopt(model);
        listeners.back()->start();
    }
    for (int waited = 0; rounds.connected < options.listeners && waited < 600; ++waited)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (rounds.connected < options.listeners)
        report.violations << QStringLiteral("only %1 of %2 listeners connected").arg(rounds.connected.load()).arg(options.listeners);

    // The booking terminal: books with announceAfterCommit, announces on a second connection (its listener lane).
    ConnectionProfile bookingProfile = terminal;
    bookingProfile.announceAfterCommit = true;
    const QString bookingName = Connection::uniqueName(QStringLiteral("bench-fanout-book"));
    const QString announceName = Connection::uniqueName(QStringLiteral("bench-fanout-announce"));
    int missed = 0;
    int bookedRounds = 0;
    QString bookingError;
    {
        auto bookingDb = Connection::open(bookingProfile, bookingName);
        auto announceDb = Connection::open(terminal, announceName);
        if (!bookingDb || !announceDb) {
            report.error = QStringLiteral("booking terminal could not connect");
        } else {
            BookingRepository bookings(bookingDb.value());
            AvailabilityRepository announcer(announceDb.value());
            const auto end = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                 std::chrono::duration<double>(std::max(options.seconds, 1.0)));
            for (int round = 0; round < options.fanoutRounds && Clock::now() < end; ++round) {
                BookingRequest request;
                request.eventId = eventId;
                request.quantity = 2;
                request.customerName = QStringLiteral("Fan-out customer");
                request.customerPhone = randomPhone();
                const auto result = bookings.book(request);
                if (!result) {
                    bookingError = result.error().detail();
                    break;
                }
                {
                    std::lock_guard lock(rounds.mutex);
                    rounds.round = round;
                    rounds.target = result->remaining;
                    rounds.committed = Clock::now();
                    rounds.seenThisRound = 0;
                }
                if (auto announced = announcer.announce({eventId}); !announced) {
                    bookingError = announced.error().detail();
                    break;
                }
                ++bookedRounds;
                std::unique_lock lock(rounds.mutex);
                if (!rounds.arrived.wait_for(lock, std::chrono::seconds(2),
                                             [&] { return rounds.seenThisRound >= options.listeners; }))
                    missed += options.listeners - rounds.seenThisRound;
                lock.unlock();
                // A pause between sales, so every round is measured on its own: longer than a listener's
                // minimum read interval (250 ms), which would otherwise hold the next round's re-read back.
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
            }
        }
    }
    Connection::close(bookingName);
    Connection::close(announceName);
    listeners.clear();
    if (!bookingError.isEmpty())
        report.violations << QStringLiteral("booking terminal: ") + bookingError;

    const double p99 = percentile(rounds.latenciesMs, 0.99);
    report.add(QStringLiteral("listeners"), QStringLiteral("listening terminals"), options.listeners, QString(), 0);
    report.add(QStringLiteral("rtt_ms"), QStringLiteral("round trip"), options.fanoutRttMs, QStringLiteral("ms"));
    report.add(QStringLiteral("rounds"), QStringLiteral("bookings (rounds)"), bookedRounds, QString(), 0);
    report.add(QStringLiteral("samples"), QStringLiteral("model updates measured"), double(rounds.latenciesMs.size()), QString(), 0);
    report.add(QStringLiteral("missed"), QStringLiteral("updates not seen within 2 s"), missed, QString(), 0);
    report.add(QStringLiteral("p50_ms"), QStringLiteral("commit -> model p50"), percentile(rounds.latenciesMs, 0.5),
               QStringLiteral("ms"));
    report.add(QStringLiteral("p99_ms"), QStringLiteral("commit -> model p99 (goal <= 100 ms)"), p99, QStringLiteral("ms"));
    report.add(QStringLiteral("max_ms"), QStringLiteral("commit -> model max"), percentile(rounds.latenciesMs, 1.0),
               QStringLiteral("ms"));
    report.json.insert(QStringLiteral("goal_met"), p99 <= 100 && missed == 0 && bookedRounds > 0);

    report.violations << checkInvariants(server, database);
    report.json.insert(QStringLiteral("invariants_ok"), report.violations.isEmpty());
    return report;
}

} // namespace Marquee::Bench

#include "scenarios.h"

#include "benchserver.h"
#include "latencyproxy.h"
#include "listenerhost.h"

#include "availability/availabilityrepository.h"
#include "availability/liveavailability.h"
#include "booking/bookingrepository.h"
#include "booking/bookingservice.h"
#include "database/connection.h"
#include "events/eventrepository.h"
#include "models/eventtablemodel.h"
#include "session/terminalsession.h"

#include <QElapsedTimer>

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

// What the second phase found: the same rounds through the path a terminal really has.
struct SessionFanout
{
    QList<double> latenciesMs;
    QList<double> answeredMs;       // the sale sent -> its answer at the desk
    int rounds = 0;
    int missed = 0;
    int connected = 0;
    QString error;
};

// N real TerminalSessions on this thread (the GUI thread of a terminal): each its listener thread and connection,
// the hint batched into its LiveAvailability here, and the session's own EventTableModel updated here — the
// queued hop and the model a box office's events table has. A desk sells with BookingService::sell on its write
// worker and its listener announces after commit, as the app does. Time runs from the moment the sale was sent
// (its own round trip included) to the moment a terminal's model holds the new number.
SessionFanout fanoutThroughSessions(const ConnectionProfile &terminal, const Event &event, int remaining,
                                    const BenchOptions &options)
{
    SessionFanout out;
    const int count = options.listeners;
    int round = -1;
    int target = remaining;
    int seenThisRound = 0;
    QElapsedTimer sent;
    std::vector<int> seen(size_t(count), -1);
    std::vector<std::unique_ptr<TerminalSession>> sessions;
    auto sessionFor = [](const ConnectionProfile &profile) {
        SessionInfo info;
        info.login = profile.user;
        info.group = StaffGroup::BoxOffice;
        return std::make_unique<TerminalSession>(profile, info);
    };
    for (int i = 0; i < count; ++i) {
        auto session = sessionFor(BenchServer::atDesk(terminal, i));
        EventTableModel *model = EventTableModel::forSession(session.get());
        model->setEvents({event});
        // Connected after the model's own connection (made in its constructor): runs once the model has the hint.
        QObject::connect(session->live(), &LiveAvailability::availabilityChanged, model,
                         [&, model, i](const QList<Availability> &, bool) {
                             const Event *shown = model->eventById(event.id);
                             if (round < 0 || seen[size_t(i)] == round || !shown || shown->remaining() > target)
                                 return;
                             seen[size_t(i)] = round;
                             out.latenciesMs << double(sent.nsecsElapsed()) / 1e6;
                             ++seenThisRound;
                         });
        session->start();
        session->live()->watch({event.id});
        sessions.push_back(std::move(session));
    }
    auto desk = sessionFor(BenchServer::atDesk(terminal, count));
    desk->start();
    spin(60000, [&] {
        out.connected = 0;
        for (const auto &s : sessions)
            out.connected += s->live()->isConnected() ? 1 : 0;
        return out.connected == count && desk->live()->isConnected();
    });
    const auto end = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                         std::chrono::duration<double>(std::max(options.seconds, 1.0)));
    for (int r = 0; r < options.fanoutRounds && Clock::now() < end && out.error.isEmpty(); ++r) {
        BookingRequest request;
        request.eventId = event.id;
        request.quantity = 2;
        request.customerName = QStringLiteral("Fan-out customer");
        request.customerPhone = randomPhone();
        request.paymentMethod = PaymentMethod::Card;
        round = r;
        target -= request.quantity;
        seenThisRound = 0;
        bool answered = false;
        sent.start();
        desk->bookings().sell(request).then(desk.get(), [&](Result<Sale> sale) {
            answered = true;
            out.answeredMs << double(sent.nsecsElapsed()) / 1e6;
            if (!sale)
                out.error = sale.error().detail();
            else if (sale->confirmation.remaining != target)
                out.error = QStringLiteral("the desk sold to %1 remaining, expected %2").arg(sale->confirmation.remaining).arg(target);
        });
        spin(2000, [&] { return answered && seenThisRound >= count; });
        if (!answered)
            out.error = QStringLiteral("the sale got no answer within 2 s");
        out.missed += count - seenThisRound;
        ++out.rounds;
        spin(300); // as in the first phase: past a listener's minimum read interval (250 ms)
    }
    sessions.clear();
    desk.reset();
    spin(300);
    return out;
}

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

    // The first phase's sales are sold: the count now, as the database has it.
    const int remainingNow = server.scalar(database, QStringLiteral(
        "SELECT capacity - tickets_sold - tickets_reserved FROM marquee.events WHERE id = %1").arg(eventId)).toInt();
    const SessionFanout sessions = fanoutThroughSessions(terminal, event, remainingNow, options);
    if (!sessions.error.isEmpty())
        report.violations << QStringLiteral("through terminal sessions: ") + sessions.error;
    if (sessions.connected < options.listeners)
        report.violations << QStringLiteral("through terminal sessions: only %1 of %2 connected").arg(sessions.connected).arg(options.listeners);

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
    const double sessionsP99 = percentile(sessions.latenciesMs, 0.99);
    report.add(QStringLiteral("sessions_rounds"), QStringLiteral("through TerminalSession: sales (rounds)"), sessions.rounds,
               QString(), 0);
    report.add(QStringLiteral("sessions_samples"), QStringLiteral("through TerminalSession: models updated"),
               double(sessions.latenciesMs.size()), QString(), 0);
    report.add(QStringLiteral("sessions_missed"), QStringLiteral("through TerminalSession: not seen within 2 s"),
               sessions.missed, QString(), 0);
    report.add(QStringLiteral("sessions_sale_p50_ms"), QStringLiteral("through TerminalSession: sale sent -> answered p50"),
               percentile(sessions.answeredMs, 0.5), QStringLiteral("ms"));
    report.add(QStringLiteral("sessions_p50_ms"), QStringLiteral("through TerminalSession: sale sent -> model p50"),
               percentile(sessions.latenciesMs, 0.5), QStringLiteral("ms"));
    report.add(QStringLiteral("sessions_p99_ms"), QStringLiteral("through TerminalSession: sale sent -> model p99 (goal <= 100 ms)"),
               sessionsP99, QStringLiteral("ms"));
    report.add(QStringLiteral("sessions_max_ms"), QStringLiteral("through TerminalSession: sale sent -> model max"),
               percentile(sessions.latenciesMs, 1.0), QStringLiteral("ms"));
    report.json.insert(QStringLiteral("goal_met"), p99 <= 100 && missed == 0 && bookedRounds > 0);
    report.json.insert(QStringLiteral("sessions_goal_met"), sessionsP99 <= 100 && sessions.missed == 0 && sessions.rounds > 0);

    report.violations << checkInvariants(server, database);
    report.json.insert(QStringLiteral("invariants_ok"), report.violations.isEmpty());
    return report;
}

} // namespace Marquee::Bench

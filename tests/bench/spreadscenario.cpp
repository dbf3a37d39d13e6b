#include "scenarios.h"

#include "benchserver.h"
#include "latencyproxy.h"
#include "sessionload.h"
#include "listenerhost.h"

#include "booking/bookingrepository.h"
#include "database/connection.h"

#include <QRandomGenerator>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace Marquee::Bench {

namespace {

enum class NotifyMode { Off, InTransaction, AfterCommit };

QString modeKey(NotifyMode mode)
{
    switch (mode) {
    case NotifyMode::Off: return QStringLiteral("off");
    case NotifyMode::InTransaction: return QStringLiteral("in_transaction");
    case NotifyMode::AfterCommit: return QStringLiteral("after_commit");
    }
    return QString();
}

Tally bookSpread(const ConnectionProfile &terminalProfile, const QList<qint64> &events, NotifyMode mode,
                 std::vector<std::unique_ptr<ListenerHost>> &lanes, const BenchOptions &options, QString *error)
{
    ConnectionProfile profile = terminalProfile;
    // Off and after-commit: book_tickets leaves the NOTIFY to the client; in-transaction: it sends it itself.
    profile.announceAfterCommit = mode != NotifyMode::InTransaction;
    const QString phase = QStringLiteral("spread-") + modeKey(mode);
    auto name = [phase](int i) { return QStringLiteral("bench-%1-%2").arg(phase).arg(i); };
    Terminal terminal;
    terminal.prepare = [&](int i) { return Connection::open(BenchServer::atDesk(profile, i), name(i)).ok(); };
    terminal.body = [&](int i, Clock::time_point deadline, Tally &tally) {
        BookingRepository bookings(QSqlDatabase::database(name(i), false));
        for (int n = 0; n < 1000000 && Clock::now() < deadline; ++n) {
            BookingRequest request;
            request.eventId = events.at(QRandomGenerator::global()->bounded(int(events.size())));
            request.quantity = 2;
            request.customerName = QStringLiteral("Spread customer %1").arg(i);
            request.customerPhone = randomPhone();
            const auto started = Clock::now();
            const auto result = bookings.book(request);
            tally.record(result.ok(), millisecondsBetween(started, Clock::now()),
                         result.ok() ? QString() : result.error().detail());
            // As TerminalSession does it: the terminal's listener lane announces, the booking lane books on.
            if (result.ok() && mode == NotifyMode::AfterCommit)
                lanes[size_t(i)]->announce({request.eventId});
        }
    };
    terminal.finish = [&](int i) { Connection::close(name(i)); };
    return runTerminals(options.clients, options.seconds, terminal, error);
}

} // namespace

ScenarioReport runSpreadScenario(BenchServer &server, const BenchOptions &options)
{
    ScenarioReport report;
    report.name = QStringLiteral("spread");
    const QString database = QStringLiteral("marquee_bench_spread");
    if (!server.createDatabase(database)
        || !server.exec(database, QStringLiteral(
               "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
               "SELECT 'Spread event ' || g, 'Hall ' || (g % 5), now() + interval '30 days' + g * interval '1 hour', "
               "10000000, 25.00 FROM generate_series(1, %1) g").arg(options.spreadEvents))) {
        report.error = server.errorString();
        return report;
    }
    QList<qint64> events;
    const QStringList ids = server.scalar(database, QStringLiteral("SELECT string_agg(id::text, ',') FROM marquee.events"))
                                .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &id : ids)
        events.append(id.toLongLong());
    if (events.isEmpty()) {
        report.error = QStringLiteral("no events: ") + server.errorString();
        return report;
    }

    LatencyProxy proxy(server.host(), server.port(), options.rttMs);
    if (!proxy.start()) {
        report.error = proxy.errorString();
        return report;
    }
    const ConnectionProfile terminal = server.terminal(database, proxy.port());

    // Every terminal listens in every mode, as in the app; only what is announced differs.
    std::atomic<int> connected{0};
    std::atomic<qint64> updatesSeen{0};
    std::vector<std::unique_ptr<ListenerHost>> lanes;
    for (int i = 0; i < options.clients; ++i) {
        lanes.push_back(std::make_unique<ListenerHost>(terminal, [&](const QList<Availability> &changed, bool complete) {
            if (complete)
                ++connected;
            else
                updatesSeen += changed.size();
        }));
        lanes.back()->start();
    }
    for (int waited = 0; connected < options.clients && waited < 300; ++waited)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (connected < options.clients)
        report.violations << QStringLiteral("only %1 of %2 listeners connected").arg(connected.load()).arg(options.clients);

    QString error;
    QMap<QString, double> rates;
    QMap<QString, qint64> seen;
    for (NotifyMode mode : {NotifyMode::Off, NotifyMode::InTransaction, NotifyMode::AfterCommit}) {
        const qint64 before = updatesSeen;
        const Tally tally = bookSpread(terminal, events, mode, lanes, options, &error);
        // Let the last announcements and re-reads land before the next mode starts.
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        const QString key = modeKey(mode);
        rates[key] = tally.perSecond();
        seen[key] = updatesSeen - before;
        const QString label = mode == NotifyMode::Off ? QStringLiteral("notifications off")
            : mode == NotifyMode::InTransaction      ? QStringLiteral("NOTIFY inside book_tickets")
                                                      : QStringLiteral("announce after commit (app)");
        report.add(key + QStringLiteral("_per_s"), label + QStringLiteral(": rate"), tally.perSecond(), QStringLiteral("/s"));
        report.add(key + QStringLiteral("_p50_ms"), label + QStringLiteral(": p50"), percentile(tally.latenciesMs, 0.5),
                   QStringLiteral("ms"), 2);
        report.add(key + QStringLiteral("_p99_ms"), label + QStringLiteral(": p99"), percentile(tally.latenciesMs, 0.99),
                   QStringLiteral("ms"), 2);
        report.add(key + QStringLiteral("_updates_seen"), label + QStringLiteral(": updates seen by listeners"),
                   double(seen[key]), QString(), 0);
        if (tally.failed > 0)
            report.addText(key + QStringLiteral("_errors"), label + QStringLiteral(": errors"), tally.errorSummary());
    }
    lanes.clear();
    // The way terminals book: TerminalSessions selling (each listening, announcing after commit on its listener).
    qint64 sessionsAnswered = 0;
    const Tally sessions = sellThroughSessions(terminal, events, options.clients, options.seconds, &sessionsAnswered);
    rates[QStringLiteral("sessions")] = sessions.perSecond();
    report.add(QStringLiteral("sessions_per_s"), QStringLiteral("through TerminalSession (BookingService::sell): rate"),
               sessions.perSecond(), QStringLiteral("/s"));
    report.add(QStringLiteral("sessions_p50_ms"), QStringLiteral("through TerminalSession: p50"),
               percentile(sessions.latenciesMs, 0.5), QStringLiteral("ms"), 2);
    report.add(QStringLiteral("sessions_p99_ms"), QStringLiteral("through TerminalSession: p99"),
               percentile(sessions.latenciesMs, 0.99), QStringLiteral("ms"), 2);
    if (sessions.failed > 0)
        report.addText(QStringLiteral("sessions_errors"), QStringLiteral("through TerminalSession: errors"), sessions.errorSummary());
    if (!error.isEmpty())
        report.violations << error;

    const double off = rates.value(QStringLiteral("off"));
    const double inTransaction = off > 0 ? rates.value(QStringLiteral("in_transaction")) / off : 0;
    const double afterCommit = off > 0 ? rates.value(QStringLiteral("after_commit")) / off : 0;
    report.add(QStringLiteral("clients"), QStringLiteral("terminals"), options.clients, QString(), 0);
    report.add(QStringLiteral("events"), QStringLiteral("events"), double(events.size()), QString(), 0);
    report.add(QStringLiteral("rtt_ms"), QStringLiteral("round trip (proxy)"), options.rttMs, QStringLiteral("ms"));
    report.add(QStringLiteral("in_transaction_over_off"), QStringLiteral("in-transaction / off"), inTransaction, QString(), 3);
    report.add(QStringLiteral("after_commit_over_off"), QStringLiteral("after-commit / off (goal >= 0.9)"), afterCommit,
               QString(), 3);
    const double sessionsOverOff = off > 0 ? rates.value(QStringLiteral("sessions")) / off : 0;
    report.add(QStringLiteral("sessions_over_off"), QStringLiteral("through TerminalSession / off (goal >= 0.9)"), sessionsOverOff,
               QString(), 3);
    report.json.insert(QStringLiteral("goal_met"), afterCommit >= 0.9 && sessionsOverOff >= 0.9);
    if (seen.value(QStringLiteral("after_commit")) == 0 && rates.value(QStringLiteral("after_commit")) > 0)
        report.violations << QStringLiteral("after-commit mode: no listener saw any update");

    report.violations << checkInvariants(server, database);
    report.json.insert(QStringLiteral("invariants_ok"), report.violations.isEmpty());
    return report;
}

} // namespace Marquee::Bench

#include "scenarios.h"

#include "benchserver.h"

#include "booking/bookingservice.h"
#include "availability/liveavailability.h"
#include "session/terminalsession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTimer>

#include <sys/resource.h>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Marquee::Bench {

namespace {

constexpr int Events = 20;
constexpr int TicketsPerEvent = 1000000;


// One terminal of the venue as the app runs it: a real TerminalSession (listener, worker threads, the login's
// password checked) watching every event on sale, selling at a human pace: a desk sells (BookingService::sell),
// a kiosk reserves (BookingService::book). Its listener's hints of the probe event are timed for the fan-out.
struct VenueTerminal
{
    std::unique_ptr<TerminalSession> session;
    bool kiosk = false;
    bool inFlight = false;
    QList<double> latenciesMs;
    QHash<QString, int> failures;
    int lastProbeRemaining = -1;
};

// Proportional set size of every server process of `pids`, in kB: shared buffers counted once across them.
qint64 serverMemoryKb(const QStringList &pids)
{
    qint64 total = 0;
    for (const QString &pid : pids) {
        QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
        if (!rollup.open(QIODevice::ReadOnly))
            continue; // gone (the connection that listed them, for one)
        const QList<QByteArray> lines = rollup.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("Pss:"))
                total += line.mid(4).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return total;
}

// So many connections and threads need more file descriptors than a shell's default soft limit.
void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

ScenarioReport runTerminalsScenario(BenchServer &server, const BenchOptions &options)
{
    ScenarioReport report;
    report.name = QStringLiteral("terminals");
    raiseFileLimit();
    const QString database = QStringLiteral("marquee_bench_terminals");
    const double steadySeconds = options.smoke ? 2 : std::max(options.seconds, 20.0);
    // Human pace: a desk sells about every 8 s, a kiosk customer takes about 20 s; the on-sale burst has every
    // terminal sell within the same second.
    const int deskPauseMs = options.smoke ? 400 : 8000;
    const int kioskPauseMs = options.smoke ? 1000 : 20000;

    for (const int count : options.terminalCounts) {
        const QString key = QString::number(count);
        if (!server.createDatabase(database)) {
            report.error = QStringLiteral("cannot create the database: ") + server.errorString();
            return report;
        }
        // Every desk its own login with its shift open (BenchServer::atDesk, as a venue's desks are); one login for
        // every kiosk (without CONNECTION LIMIT: the per-login limit is sized for one terminal), and the kiosk caps
        // raised in this database only, as README says: a real venue has a login per kiosk, each with its own caps.
        const QString kioskLogin = QStringLiteral("marquee_bench_kiosk");
        const bool prepared =
            server.exec(database, QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                                                 "CREATE ROLE %1 LOGIN PASSWORD 'marquee-bench' IN ROLE marquee_kiosk; END IF; END $$")
                                      .arg(kioskLogin))
            && server.exec(database, QStringLiteral("UPDATE marquee.booking_limits SET bookings_per_minute = 100000, "
                                                    "tickets_per_customer_event = 100000"))
            && server.exec(database, QStringLiteral("UPDATE marquee.settings SET value = '100' WHERE key = 'kiosk_reservation_cap_percent'"))
            && server.exec(database, QStringLiteral(
                   "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) SELECT 'Terminals ' || i, 'Hall', "
                   "now() + interval '30 days', %1, 10 FROM generate_series(1, %2) i").arg(TicketsPerEvent).arg(Events + 1));
        if (!prepared) {
            report.error = QStringLiteral("cannot prepare the database: ") + server.errorString();
            return report;
        }
        const QStringList ids = server.scalar(database, QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM marquee.events"))
                                    .split(QLatin1Char(','));
        QList<qint64> events;
        for (const QString &id : ids)
            events << id.toLongLong();
        const qint64 probeEvent = events.takeLast(); // sold only by the probe: its count changes once per probe sale

        ConnectionProfile desk = server.terminal(database, 0);
        ConnectionProfile kiosk = desk;
        kiosk.user = kioskLogin;

        // 1. The terminals start: every third a desk, the others kiosks, each watching every event.
        std::vector<std::unique_ptr<VenueTerminal>> terminals;
        QHash<int, QElapsedTimer> probeSent;   // the probe's remaining after its sale → when it was confirmed
        QList<double> fanoutMs;
        for (int i = 0; i < count; ++i) {
            auto terminal = std::make_unique<VenueTerminal>();
            terminal->kiosk = i % 3 != 0;
            SessionInfo info;
            // Each desk its own login and shift (BenchServer::atDesk); the kiosks share one login.
            const ConnectionProfile profile = terminal->kiosk ? kiosk : BenchServer::atDesk(desk, i / 3);
            info.login = profile.user;
            info.group = terminal->kiosk ? StaffGroup::Kiosk : StaffGroup::BoxOffice;
            terminal->session = std::make_unique<TerminalSession>(profile, info);
            VenueTerminal *self = terminal.get();
            QObject::connect(terminal->session->live(), &LiveAvailability::availabilityChanged, terminal->session.get(),
                             [self, probeEvent, &probeSent, &fanoutMs](const QList<Availability> &changed, bool) {
                                 for (const Availability &a : changed) {
                                     if (a.eventId != probeEvent || a.remaining == self->lastProbeRemaining)
                                         continue;
                                     self->lastProbeRemaining = a.remaining;
                                     const auto sent = probeSent.constFind(a.remaining);
                                     if (sent != probeSent.cend())
                                         fanoutMs << double(sent->nsecsElapsed()) / 1e6;
                                 }
                             });
            terminal->session->start();
            QList<qint64> watched = events;
            watched << probeEvent;
            terminal->session->live()->watch(watched);
            terminals.push_back(std::move(terminal));
        }
        int connected = 0;
        spin(120000, [&] {
            connected = 0;
            for (const auto &t : terminals)
                connected += t->session->live()->isConnected() ? 1 : 0;
            return connected == count;
        });
        const QString sessionsSql = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' AND usename LIKE 'marquee\\_bench\\_%'")
                                        .arg(database);

        // 2. The on-sale burst: every terminal sells once within the same second.
        auto sellOnce = [&](VenueTerminal *t, std::function<void()> then) {
            if (t->inFlight)
                return;
            t->inFlight = true;
            BookingRequest request;
            request.eventId = events.at(int(QRandomGenerator::global()->bounded(qsizetype(events.size()))));
            request.quantity = 1 + int(QRandomGenerator::global()->bounded(4));
            request.customerName = QStringLiteral("Terminals customer");
            request.customerPhone = randomPhone();
            request.paymentMethod = PaymentMethod::Card;
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            auto done = [t, timer, then](const std::optional<Error> &error) {
                t->inFlight = false;
                if (error)
                    t->failures[error->message()] += 1;
                else
                    t->latenciesMs << double(timer->nsecsElapsed()) / 1e6;
                if (then)
                    then();
            };
            if (t->kiosk)
                t->session->bookings().book(request).then(t->session.get(), [done](Result<BookingConfirmation> r) {
                    done(r ? std::nullopt : std::optional<Error>(r.error()));
                });
            else
                t->session->bookings().sell(request).then(t->session.get(), [done](Result<Sale> r) {
                    done(r ? std::nullopt : std::optional<Error>(r.error()));
                });
        };
        for (const auto &t : terminals) {
            VenueTerminal *self = t.get();
            QTimer::singleShot(int(QRandomGenerator::global()->bounded(1000)), self->session.get(),
                               [&sellOnce, self] { sellOnce(self, {}); });
        }
        spin(60000 + 1000, [&] {
            for (const auto &t : terminals) {
                if (t->inFlight || t->latenciesMs.size() + t->failures.size() == 0)
                    return false;
            }
            return true;
        });
        QList<double> burst;
        for (const auto &t : terminals)
            burst += t->latenciesMs;
        const int connections = server.scalar(database, sessionsSql).toInt();
        const QString pids = server.scalar(QStringLiteral("postgres"), QStringLiteral("SELECT string_agg(pid::text, ',') FROM pg_stat_activity"));
        const qint64 memoryKb = serverMemoryKb(pids.split(QLatin1Char(','), Qt::SkipEmptyParts));
        for (const auto &t : terminals)
            t->latenciesMs.clear();

        // 3. Steady selling at a human pace, and a probe sale every second whose count every terminal must show.
        bool selling = true;
        std::function<void(VenueTerminal *)> schedule = [&](VenueTerminal *t) {
            const int pause = t->kiosk ? kioskPauseMs : deskPauseMs;
            QTimer::singleShot(pause / 2 + int(QRandomGenerator::global()->bounded(pause)), t->session.get(), [&, t] {
                if (selling)
                    sellOnce(t, [&, t] { schedule(t); });
            });
        };
        for (const auto &t : terminals)
            schedule(t.get());
        VenueTerminal &probe = *terminals.front(); // a desk
        QTimer probeTimer;
        probeTimer.setInterval(1000);
        QObject::connect(&probeTimer, &QTimer::timeout, [&] {
            BookingRequest request;
            request.eventId = probeEvent;
            request.quantity = 1;
            request.customerName = QStringLiteral("Probe");
            request.customerPhone = randomPhone();
            request.paymentMethod = PaymentMethod::Card;
            auto sent = std::make_shared<QElapsedTimer>();
            sent->start();
            probe.session->bookings().sell(request).then(probe.session.get(), [&probeSent, sent](Result<Sale> r) {
                // From the sale's confirmation at the selling desk to each terminal's number (a hint that arrives
                // before the confirmation counts from the sale's start).
                if (r)
                    probeSent.insert(r->confirmation.remaining, *sent);
            });
        });
        probeTimer.start();
        spin(qint64(steadySeconds * 1000));
        selling = false;
        probeTimer.stop();
        spin(5000, [&] {
            for (const auto &t : terminals) {
                if (t->inFlight)
                    return false;
            }
            return true;
        });
        spin(500); // the last probe's hints

        QList<double> steady;
        QHash<QString, int> failures;
        int failed = 0;
        for (const auto &t : terminals) {
            steady += t->latenciesMs;
            for (auto it = t->failures.cbegin(); it != t->failures.cend(); ++it) {
                failures[it.key()] += it.value();
                failed += it.value();
            }
        }
        const int probes = int(probeSent.size());
        const double expectedHints = double(probes) * count;
        terminals.clear(); // never waits on the network
        spin(300);

        const QString label = QStringLiteral("%1 terminals").arg(count);
        report.add(QStringLiteral("connected_") + key, label + QStringLiteral(": listeners connected"), connected, QString(), 0);
        report.add(QStringLiteral("connections_") + key, label + QStringLiteral(": connections on the server"), connections, QString(), 0);
        report.add(QStringLiteral("server_memory_mb_") + key, label + QStringLiteral(": server memory (PSS)"),
                   double(memoryKb) / 1024, QStringLiteral("MB"), 0);
        report.add(QStringLiteral("burst_p50_ms_") + key, label + QStringLiteral(": on-sale burst, booking p50"), percentile(burst, 0.5), QStringLiteral("ms"), 1);
        report.add(QStringLiteral("burst_p99_ms_") + key, label + QStringLiteral(": on-sale burst, booking p99"), percentile(burst, 0.99), QStringLiteral("ms"), 1);
        report.add(QStringLiteral("steady_sales_") + key, label + QStringLiteral(": sales at a human pace"), steady.size(), QString(), 0);
        report.add(QStringLiteral("steady_p50_ms_") + key, label + QStringLiteral(": human pace, booking p50"), percentile(steady, 0.5), QStringLiteral("ms"), 1);
        report.add(QStringLiteral("steady_p99_ms_") + key, label + QStringLiteral(": human pace, booking p99"), percentile(steady, 0.99), QStringLiteral("ms"), 1);
        report.add(QStringLiteral("fanout_p99_ms_") + key, label + QStringLiteral(": fan-out p99 (probe sale to every terminal)"),
                   percentile(fanoutMs, 0.99), QStringLiteral("ms"), 1);
        report.add(QStringLiteral("fanout_seen_") + key, label + QStringLiteral(": probe counts seen / expected"),
                   expectedHints > 0 ? double(fanoutMs.size()) / expectedHints : 0, QString(), 3);
        report.add(QStringLiteral("errors_") + key, label + QStringLiteral(": refused or failed sales"), failed, QString(), 0);
        for (auto it = failures.cbegin(); it != failures.cend(); ++it)
            report.problems << QStringLiteral("%1 terminals: %2 × %3").arg(count).arg(it.value()).arg(it.key());
        if (connected < count)
            report.problems << QStringLiteral("%1 terminals: only %2 listeners connected").arg(count).arg(connected);
        report.violations += checkInvariants(server, database);
    }
    report.addText(QStringLiteral("terminal_mix"), QStringLiteral("terminals"),
                   QStringLiteral("every third a box office (sells, each its own login and shift), the others kiosks (reserve, one login, its caps raised)"));
    return report;
}

} // namespace Marquee::Bench

#include "scenarios.h"

#include "bookingterminal.h"
#include "failovercluster.h"
#include "latencyproxy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Marquee::Bench {

namespace {


// Runs `work` (a script: it blocks) on a thread of its own while this thread keeps serving the terminals.
bool inBackground(const std::function<bool()> &work)
{
    std::atomic<bool> finished{false};
    bool ok = false;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        ok = work();
        finished = true;
    }));
    thread->start();
    spin(600000, [&] { return finished.load(); });
    thread->wait();
    return ok;
}

double epochSeconds(const QDateTime &time)
{
    return double(time.toMSecsSinceEpoch()) / 1000.0;
}

// What the terminals were told during one stretch of time.
struct Window
{
    int acknowledged = 0;
    QList<double> latenciesMs;
    double seconds = 0;

    double perSecond() const { return seconds > 0 ? acknowledged / seconds : 0; }
};

Window acknowledgedBetween(const std::vector<std::unique_ptr<BookingTerminal>> &terminals, Clock::time_point from,
                           Clock::time_point to)
{
    Window window;
    window.seconds = std::chrono::duration<double>(to - from).count();
    for (const auto &terminal : terminals) {
        for (const BookingTerminal::Acknowledged &sale : terminal->acknowledged()) {
            if (sale.at >= from && sale.at < to) {
                ++window.acknowledged;
                window.latenciesMs.append(sale.latencyMs);
            }
        }
    }
    return window;
}

// A booking as a server keeps it: id, reference and the customer name its terminal gave it.
struct StoredBooking
{
    qint64 id = 0;
    QString reference;
};

// Every booking of the scenario's terminals on `server`, by customer name (a name held by several rows: a
// sale made twice). False if it cannot be read.
bool storedBookings(BenchServer &server, const QString &database, QHash<QString, QList<StoredBooking>> &byName)
{
    // "rows:" first, so an empty answer (an error) is told from no rows.
    const QString rows = server.scalar(database, QStringLiteral(
        "SELECT 'rows:' || coalesce(string_agg(customer_name || '|' || id || '|' || reference, E'\\n'), '') "
        "FROM marquee.bookings WHERE customer_name LIKE 'Failover %'"));
    if (!rows.startsWith(QLatin1String("rows:")))
        return false;
    const QStringList lines = rows.mid(5).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList parts = line.split(QLatin1Char('|'));
        if (parts.size() == 3)
            byName[parts.at(0)].append({parts.at(1).toLongLong(), parts.at(2)});
    }
    return true;
}

bool found(const QHash<QString, QList<StoredBooking>> &byName, const BookingTerminal::Acknowledged &sale)
{
    for (const StoredBooking &stored : byName.value(sale.customerName)) {
        if (stored.id == sale.bookingId && stored.reference == sale.reference)
            return true;
    }
    return false;
}

QString timestampLiteral(const QDateTime &utc)
{
    return utc.toString(Qt::ISODateWithMs).replace(QLatin1Char('T'), QLatin1Char(' ')).remove(QLatin1Char('Z'))
        + QStringLiteral("+00");
}

} // namespace

ScenarioReport runFailoverScenario(BenchServer &, const BenchOptions &options)
{
    ScenarioReport report;
    report.name = QStringLiteral("failover");
    const QString database = QStringLiteral("marquee_bench_failover");
    const qint64 phaseMs = qint64(options.seconds * 1000);

    // 1. A primary that archives its WAL, a base backup of it for the restore at the end, and a streaming standby.
    FailoverCluster cluster(QStringLiteral(MARQUEE_SOURCE_DIR "/scripts/pg-local.sh"));
    if (!cluster.startPrimary() || !cluster.primary().createDatabase(database)
        || !cluster.primary().exec(database, QStringLiteral(
               "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
               "SELECT 'Failover event ' || g, 'Hall ' || (g % 5), now() + interval '30 days' + g * interval '1 hour', "
               "10000000, 25.00 FROM generate_series(1, 20) g"))) {
        report.error = cluster.errorString().isEmpty() ? cluster.primary().errorString() : cluster.errorString();
        return report;
    }
    QList<qint64> events;
    const QStringList ids = cluster.primary().scalar(database, QStringLiteral("SELECT string_agg(id::text, ',') FROM marquee.events"))
                                .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &id : ids)
        events.append(id.toLongLong());
    if (events.isEmpty() || !cluster.takeBaseBackup() || !cluster.startStandby()) {
        report.error = events.isEmpty() ? QStringLiteral("no events") : cluster.errorString();
        return report;
    }
    report.addText(QStringLiteral("servers"), QStringLiteral("servers (Unix sockets)"),
                   cluster.primaryFolder() + QStringLiteral(" (primary), ") + cluster.standbyFolder() + QStringLiteral(" (standby)"));
    // Its own servers, not the one the other scenarios measure: say how they commit.
    report.addText(QStringLiteral("fsync"), QStringLiteral("fsync on these servers"),
                   cluster.primary().scalar(QStringLiteral("postgres"), QStringLiteral("SHOW fsync")));

    // 2. Terminals reach both through latency proxies, as two hosts: host=127.0.0.1,127.0.0.1 port=P1,P2.
    LatencyProxy toPrimary(cluster.primaryFolder(), 5432, options.rttMs);
    LatencyProxy toStandby(cluster.standbyFolder(), 5432, options.rttMs);
    if (!toPrimary.start() || !toStandby.start()) {
        report.error = toPrimary.errorString() + toStandby.errorString();
        return report;
    }
    ConnectionProfile profile = cluster.primary().terminal(database, 0);
    profile.host = QStringLiteral("127.0.0.1,127.0.0.1");
    profile.ports = {toPrimary.port(), toStandby.port()};
    profile.sslMode = QStringLiteral("disable");
    report.addText(QStringLiteral("conninfo"), QStringLiteral("terminals connect to"), profile.displayName()
                   + QStringLiteral(" target_session_attrs=read-write"));

    std::vector<std::unique_ptr<BookingTerminal>> terminals;
    for (int i = 0; i < options.clients; ++i)
        terminals.push_back(std::make_unique<BookingTerminal>(i, BenchServer::atDesk(profile, i), events));
    for (const auto &terminal : terminals)
        terminal->start();
    auto anySaleMade = [&] {
        for (const auto &terminal : terminals) {
            if (terminal->acknowledged().isEmpty())
                return false;
        }
        return true;
    };
    spin(30000, anySaleMade);
    if (!anySaleMade()) {
        report.error = QStringLiteral("the terminals could not sell on the primary");
        for (const auto &terminal : terminals) {
            for (auto it = terminal->failures().cbegin(); it != terminal->failures().cend(); ++it)
                report.problems << it.key();
        }
        report.problems.removeDuplicates();
        return report;
    }

    // 3. What synchronous replication costs: the same load with the standby asynchronous, then synchronous.
    auto setSynchronous = [&](bool on) {
        return cluster.primary().exec(QStringLiteral("postgres"), QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = '%1'")
                                                                      .arg(on ? FailoverCluster::standbyName() : QString()))
            && cluster.primary().exec(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()"));
    };
    auto syncState = [&] {
        return cluster.primary().scalar(QStringLiteral("postgres"), QStringLiteral(
            "SELECT coalesce(max(sync_state), 'none') FROM pg_stat_replication WHERE application_name = '%1'")
            .arg(FailoverCluster::standbyName()));
    };
    QMap<QString, Window> phases;
    for (const bool synchronous : {false, true}) {
        const QString key = synchronous ? QStringLiteral("sync") : QStringLiteral("async");
        if (!setSynchronous(synchronous)) {
            report.error = cluster.primary().errorString();
            return report;
        }
        const QString wanted = synchronous ? QStringLiteral("sync") : QStringLiteral("async");
        spin(30000, [&] { return syncState() == wanted; });
        if (syncState() != wanted) {
            report.error = QStringLiteral("the standby is %1, not %2").arg(syncState(), wanted);
            return report;
        }
        spin(200); // the sales already in flight belong to the phase before
        const auto from = Clock::now();
        spin(phaseMs);
        const Window window = acknowledgedBetween(terminals, from, Clock::now());
        phases.insert(key, window);
        const QString label = synchronous ? QStringLiteral("synchronous standby") : QStringLiteral("asynchronous standby");
        report.add(key + QStringLiteral("_per_s"), label + QStringLiteral(": sales"), window.perSecond(), QStringLiteral("/s"));
        report.add(key + QStringLiteral("_p50_ms"), label + QStringLiteral(": p50"), percentile(window.latenciesMs, 0.5),
                   QStringLiteral("ms"), 2);
        report.add(key + QStringLiteral("_p99_ms"), label + QStringLiteral(": p99"), percentile(window.latenciesMs, 0.99),
                   QStringLiteral("ms"), 2);
    }
    const double asyncRate = phases.value(QStringLiteral("async")).perSecond();
    report.add(QStringLiteral("sync_over_async"), QStringLiteral("synchronous / asynchronous"),
               asyncRate > 0 ? phases.value(QStringLiteral("sync")).perSecond() / asyncRate : 0, QString(), 3);

    // 4. A point in time to restore to later: sales go on before and after it; then the WAL holding it is archived.
    spin(qMax<qint64>(300, phaseMs / 4));
    const QDateTime target = QDateTime::currentDateTimeUtc();
    spin(qMax<qint64>(300, phaseMs / 4));
    const QString segment = cluster.primary().scalar(QStringLiteral("postgres"),
                                                     QStringLiteral("SELECT pg_walfile_name(pg_switch_wal())"));
    spin(60000, [&] {
        return cluster.primary().scalar(QStringLiteral("postgres"),
                                        QStringLiteral("SELECT coalesce(last_archived_wal, '') >= '%1' FROM pg_stat_archiver")
                                            .arg(segment)) == QLatin1String("true");
    });

    // 5. The failover: the primary dies at once, the standby is promoted, the terminals find it by themselves.
    spin(qMax<qint64>(500, phaseMs / 2));
    const QString stateAtKill = syncState();
    if (stateAtKill != QLatin1String("sync"))
        report.violations << QStringLiteral("the standby was %1 when the primary died, not sync").arg(stateAtKill);
    const QDateTime killed = QDateTime::currentDateTimeUtc();
    const auto killedAt = Clock::now();
    if (!inBackground([&] { return cluster.killPrimary(); })) {
        report.error = cluster.errorString();
        return report;
    }
    // Sales that started before the primary was quite dead may have committed there (and reached the standby):
    // only a sale that started after pg_ctl returned is surely one of the new primary's.
    const QDateTime dead = QDateTime::currentDateTimeUtc();
    report.add(QStringLiteral("kill_s"), QStringLiteral("pg_ctl stop -m immediate took"), double(killed.msecsTo(dead)) / 1000,
               QStringLiteral("s"), 3);
    spin(qint64(options.promoteDelaySeconds * 1000));
    const auto promoteStarted = Clock::now();
    if (!inBackground([&] { return cluster.promoteStandby(); })) {
        report.error = cluster.errorString();
        return report;
    }
    const auto promoted = Clock::now();
    // Sell on for a phase after every terminal made a sale on the new primary (or give up after the sales'
    // own patience and some).
    auto everyTerminalSoldAgain = [&] {
        for (const auto &terminal : terminals) {
            if (terminal->acknowledged().isEmpty() || terminal->acknowledged().constLast().at < promoted)
                return false;
        }
        return true;
    };
    spin(75000, everyTerminalSoldAgain);
    spin(phaseMs);
    for (const auto &terminal : terminals)
        terminal->stop();
    spin(75000, [&] {
        for (const auto &terminal : terminals) {
            if (!terminal->isIdle())
                return false;
        }
        return true;
    });
    // The banner goes once each terminal's listener is back (it reconnects with backoff of at most 4 s).
    auto everyBannerCleared = [&] {
        for (const auto &terminal : terminals) {
            if (terminal->connectionLosses() > terminal->connectionRestores())
                return false;
        }
        return true;
    };
    spin(15000, everyBannerCleared);

    // 6. What the promoted server holds against what the terminals were told.
    QHash<QString, QList<StoredBooking>> onPromoted;
    if (!storedBookings(cluster.standby(), database, onPromoted)) {
        report.error = QStringLiteral("cannot read the promoted server: ") + cluster.standby().errorString();
        return report;
    }
    int acknowledged = 0;
    int lost = 0;
    int afterKill = 0;
    int failures = 0;
    int unanswered = 0;
    int losses = 0;
    int restores = 0;
    QMap<QString, int> failureKinds;
    QSet<QString> names;
    QList<BookingTerminal::Acknowledged> sales;
    for (const auto &terminal : terminals) {
        for (const BookingTerminal::Acknowledged &sale : terminal->acknowledged()) {
            sales.append(sale);
            ++acknowledged;
            names.insert(sale.customerName);
            if (!found(onPromoted, sale)) {
                ++lost;
                // What a person needs to find out why: when it was asked for and told, against the kill, and
                // what the promoted server holds under that name instead.
                QStringList there;
                for (const StoredBooking &stored : onPromoted.value(sale.customerName))
                    there << QStringLiteral("%1/%2").arg(stored.id).arg(stored.reference);
                report.problems << QStringLiteral("lost: %1 booking %2/%3, first asked %4 ms and told %5 ms from the kill; "
                                                  "the promoted server has under that name: %6")
                                       .arg(sale.customerName).arg(sale.bookingId).arg(sale.reference)
                                       .arg(killed.msecsTo(sale.firstSent)).arg(killed.msecsTo(sale.acknowledged))
                                       .arg(there.isEmpty() ? QStringLiteral("nothing") : there.join(QLatin1Char(' ')));
            }
            if (sale.at > killedAt)
                ++afterKill;
        }
        failures += terminal->failureCount();
        for (auto it = terminal->failures().cbegin(); it != terminal->failures().cend(); ++it)
            failureKinds[it.key()] += it.value();
        unanswered += terminal->hasUnansweredSale() ? 1 : 0;
        losses += terminal->connectionLosses() > 0 ? 1 : 0;
        restores += terminal->connectionLosses() > 0 && terminal->connectionRestores() >= terminal->connectionLosses() ? 1 : 0;
    }
    int duplicated = 0;
    for (auto it = onPromoted.cbegin(); it != onPromoted.cend(); ++it)
        duplicated += int(it.value().size()) - 1;
    // Counted from the moment the kill began (the later end of the primary's death), to the start of the first
    // sale that cannot have run on the old primary: booked_at is the sale's transaction start.
    const QString firstOnNew = cluster.standby().scalar(database, QStringLiteral(
        "SELECT coalesce(extract(epoch FROM min(booked_at)) - %1, -1) FROM marquee.bookings WHERE booked_at > to_timestamp(%2)")
        .arg(epochSeconds(killed), 0, 'f', 3).arg(epochSeconds(dead), 0, 'f', 3));
    const double reconnectSeconds = firstOnNew.toDouble();

    report.add(QStringLiteral("clients"), QStringLiteral("terminals (TerminalSession, box-office login)"), options.clients,
               QString(), 0);
    report.add(QStringLiteral("rtt_ms"), QStringLiteral("round trip (proxy)"), options.rttMs, QStringLiteral("ms"));
    report.add(QStringLiteral("acknowledged"), QStringLiteral("sales the terminals were told succeeded"), acknowledged,
               QString(), 0);
    report.add(QStringLiteral("acknowledged_after_kill"), QStringLiteral("... of them after the primary died"), afterKill,
               QString(), 0);
    report.add(QStringLiteral("lost"), QStringLiteral("acknowledged, missing on the promoted server (must be 0)"), lost,
               QString(), 0);
    report.add(QStringLiteral("duplicated"), QStringLiteral("sales made more than once (must be 0)"), duplicated, QString(), 0);
    report.add(QStringLiteral("promote_delay_s"), QStringLiteral("wait before promoting"), options.promoteDelaySeconds,
               QStringLiteral("s"));
    report.add(QStringLiteral("promote_s"), QStringLiteral("pg_ctl promote took"),
               millisecondsBetween(promoteStarted, promoted) / 1000, QStringLiteral("s"), 2);
    report.add(QStringLiteral("reconnect_s"), QStringLiteral("primary's death to first sale on the new primary (goal <= 10)"),
               reconnectSeconds, QStringLiteral("s"), 2);
    report.add(QStringLiteral("failed_sales"), QStringLiteral("sales refused or given up meanwhile"), failures, QString(), 0);
    report.add(QStringLiteral("unknown_outcome"), QStringLiteral("sales left without a known outcome"), unanswered, QString(), 0);
    report.add(QStringLiteral("banner_shown"), QStringLiteral("terminals that showed the connection banner"), losses,
               QString(), 0);
    report.add(QStringLiteral("banner_cleared"), QStringLiteral("... and cleared it again"), restores, QString(), 0);
    report.json.insert(QStringLiteral("goal_met"), reconnectSeconds >= 0 && reconnectSeconds <= 10);
    if (lost > 0)
        report.violations << QStringLiteral("%1 acknowledged sales are missing on the promoted server").arg(lost);
    if (duplicated > 0)
        report.violations << QStringLiteral("%1 sales were made more than once").arg(duplicated);
    if (reconnectSeconds < 0)
        report.violations << QStringLiteral("no sale was made on the promoted server");
    if (names.size() != acknowledged)
        report.violations << QStringLiteral("a sale was acknowledged twice");
    for (auto it = failureKinds.cbegin(); it != failureKinds.cend(); ++it)
        report.problems << QStringLiteral("%1x %2").arg(it.value()).arg(it.key());
    if (restores < losses)
        report.problems << QStringLiteral("%1 terminals still show the connection banner").arg(losses - restores);
    report.violations << checkInvariants(cluster.standby(), database);
    terminals.clear();

    // 7. A restore to the point in time from the base backup and the archive: sales acknowledged before it are
    // there, sales first asked for after it are not (those in flight at that moment may be either).
    if (!cluster.restoreTo(timestampLiteral(target))) {
        report.violations << QStringLiteral("the restore to a point in time failed: ") + cluster.errorString();
    } else {
        QHash<QString, QList<StoredBooking>> restored;
        if (!storedBookings(cluster.restored(), database, restored)) {
            report.violations << QStringLiteral("cannot read the restored server: ") + cluster.restored().errorString();
        } else {
            int before = 0;
            int after = 0;
            int missingBefore = 0;
            int presentAfter = 0;
            // Commit times lie between asking and being told; a millisecond keeps clock rounding out of it.
            const QDateTime early = target.addMSecs(-1);
            const QDateTime late = target.addMSecs(1);
            for (const BookingTerminal::Acknowledged &sale : std::as_const(sales)) {
                if (sale.acknowledged < early) {
                    ++before;
                    missingBefore += found(restored, sale) ? 0 : 1;
                } else if (sale.firstSent > late) {
                    ++after;
                    presentAfter += restored.contains(sale.customerName) ? 1 : 0;
                }
            }
            report.addText(QStringLiteral("pitr_target"), QStringLiteral("restore: target time"), timestampLiteral(target));
            report.add(QStringLiteral("pitr_before"), QStringLiteral("restore: sales acknowledged before the target"), before,
                       QString(), 0);
            report.add(QStringLiteral("pitr_missing_before"), QStringLiteral("... missing in the restore (must be 0)"),
                       missingBefore, QString(), 0);
            report.add(QStringLiteral("pitr_after"), QStringLiteral("restore: sales first asked for after it"), after,
                       QString(), 0);
            report.add(QStringLiteral("pitr_present_after"), QStringLiteral("... present in the restore (must be 0)"),
                       presentAfter, QString(), 0);
            if (missingBefore > 0 || presentAfter > 0)
                report.violations << QStringLiteral("the restore to %1 holds the wrong sales: %2 made before are missing, "
                                                    "%3 made after are there")
                                         .arg(timestampLiteral(target)).arg(missingBefore).arg(presentAfter);
            if (before == 0 || after == 0)
                report.violations << QStringLiteral("the restore was not tested: %1 sales before the target, %2 after")
                                         .arg(before).arg(after);
            report.violations << checkInvariants(cluster.restored(), database);
        }
    }
    report.json.insert(QStringLiteral("invariants_ok"), report.violations.isEmpty());
    return report;
}

} // namespace Marquee::Bench

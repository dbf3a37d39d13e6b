#include "scenarios.h"

#include "benchserver.h"
#include "latencyproxy.h"

#include "door/dooranswerpanel.h"
#include "door/doorview.h"
#include "session/terminalsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

namespace Marquee::Bench {

namespace {

// Types a code and Enter into the scan field, key by key, as a keyboard-wedge scanner does.
void typeCode(QLineEdit *field, const QString &code)
{
    for (const QChar c : code) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(field, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(field, &release);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    QCoreApplication::sendEvent(field, &enter);
}

} // namespace

ScenarioReport runDoorScenario(BenchServer &server, const BenchOptions &options)
{
    ScenarioReport report;
    report.name = QStringLiteral("door");
    const QString database = QStringLiteral("marquee_bench_door");
    if (!server.createDatabase(database)) {
        report.error = server.errorString();
        return report;
    }
    const int tickets = options.smoke ? 60 : 1000;
    // Tonight's event with its tickets sold, and another event's tickets (wrong door), as the superuser: setup.
    if (!server.exec(database, QStringLiteral(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'marquee_bench_door') THEN "
            "CREATE ROLE marquee_bench_door LOGIN PASSWORD 'marquee-bench' IN ROLE marquee_door; END IF; END $$"))
        || !server.exec(database, QStringLiteral(
            "UPDATE marquee.booking_limits SET bookings_per_minute = NULL, tickets_per_customer_event = NULL; "
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price, max_tickets_per_booking) VALUES "
            "('Bench door tonight', 'Main Hall', now() + interval '1 hour', %1, 100, 50), "
            "('Bench door other', 'Studio', now() + interval '3 days', 100, 100, 50)").arg(tickets + 100))
        || !server.exec(database, QStringLiteral(
            "SELECT marquee.book_tickets((SELECT id FROM marquee.events WHERE title = 'Bench door tonight'), 50, "
            "'Guest ' || g, NULL, gen_random_uuid(), 'cash') FROM generate_series(1, %1) g").arg(tickets / 50))
        || !server.exec(database, QStringLiteral(
            "SELECT marquee.book_tickets((SELECT id FROM marquee.events WHERE title = 'Bench door other'), 50, "
            "'Other', NULL, gen_random_uuid(), 'cash')"))) {
        report.error = server.errorString();
        return report;
    }
    const QStringList codes = server.scalar(database, QStringLiteral(
        "SELECT string_agg(t.code, ',' ORDER BY t.id) FROM marquee.tickets t JOIN marquee.bookings b ON b.id = t.booking_id "
        "JOIN marquee.events e ON e.id = b.event_id WHERE e.title = 'Bench door tonight'")).split(QLatin1Char(','));
    const QStringList others = server.scalar(database, QStringLiteral(
        "SELECT string_agg(t.code, ',' ORDER BY t.id) FROM marquee.tickets t JOIN marquee.bookings b ON b.id = t.booking_id "
        "JOIN marquee.events e ON e.id = b.event_id WHERE e.title = 'Bench door other'")).split(QLatin1Char(','));

    LatencyProxy proxy(server.host(), server.port(), options.rttMs);
    if (!proxy.start()) {
        report.error = proxy.errorString();
        return report;
    }
    ConnectionProfile profile = server.terminal(database, proxy.port());
    profile.user = QStringLiteral("marquee_bench_door");
    SessionInfo info;
    info.login = profile.user;
    info.group = StaffGroup::Door;
    TerminalSession session(profile, info);
    session.start();
    DoorView view(&session, QStringLiteral("Bench gate"));
    view.resize(1280, 800);
    view.show();

    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    limit.start(30000);
    QObject::connect(&view, &DoorView::eventsLoadedChanged, &loop, &QEventLoop::quit);
    if (!view.eventsLoaded())
        loop.exec();
    if (!view.eventsLoaded() || view.admittedEvents().size() != 1) {
        report.error = QStringLiteral("the door did not load tonight's event (loaded: %1, admitted: %2)")
                           .arg(view.eventsLoaded()).arg(view.admittedEvents().size());
        return report;
    }
    // Warm up: the write worker connects on its first scan, as a door does before the doors open.
    QList<double> latencies;
    int valid = 0, used = 0, invalid = 0, failed = 0;
    QObject::disconnect(&view, &DoorView::eventsLoadedChanged, &loop, &QEventLoop::quit);
    QObject::connect(&view, &DoorView::scanAnswered, &loop, [&](const DoorScan &scan, qint64) {
        // The answer is on screen once painted: paint now, then stop the clock.
        view.answerPanel()->repaint();
        switch (DoorLook::answerFor(scan)) {
        case DoorLook::Answer::Valid: ++valid; break;
        case DoorLook::Answer::Used: ++used; break;
        default: ++invalid; break;
        }
        loop.quit();
    });
    QObject::connect(&view, &DoorView::scanFailed, &loop, [&](const QString &, qint64) {
        ++failed;
        loop.quit();
    });
    typeCode(view.scanField(), QStringLiteral("TKT-20000101-WARMUP00"));
    limit.start(30000);
    loop.exec();
    valid = used = invalid = failed = 0;

    // One door, a queue of people: 8 in 10 first scans, 1 in 10 a ticket scanned twice, 1 in 10 another event's.
    const auto started = Clock::now();
    const double seconds = options.smoke ? 1.0 : options.seconds * 2;
    int next = 0;
    int scans = 0;
    while (millisecondsBetween(started, Clock::now()) < seconds * 1000 && next < codes.size()) {
        QString code;
        if (scans % 10 == 8 && next > 0)
            code = codes.at(next - 1);
        else if (scans % 10 == 9)
            code = others.at(scans % others.size());
        else
            code = codes.at(next++);
        QElapsedTimer clock;
        clock.start();
        typeCode(view.scanField(), code);
        limit.start(10000);
        loop.exec();
        latencies.append(double(clock.nsecsElapsed()) / 1e6);
        ++scans;
    }
    const double elapsed = millisecondsBetween(started, Clock::now()) / 1000;
    const double p50 = percentile(latencies, 0.5);
    const double p99 = percentile(latencies, 0.99);
    report.add(QStringLiteral("rtt_ms"), QStringLiteral("round trip (proxy)"), options.rttMs, QStringLiteral("ms"));
    report.add(QStringLiteral("scans"), QStringLiteral("scans (keys typed into the door view, answer painted)"), scans, QString(), 0);
    report.add(QStringLiteral("scans_per_s"), QStringLiteral("scans per second, one door"), elapsed > 0 ? scans / elapsed : 0, QString());
    report.add(QStringLiteral("valid"), QStringLiteral("valid"), valid, QString(), 0);
    report.add(QStringLiteral("used"), QStringLiteral("already used"), used, QString(), 0);
    report.add(QStringLiteral("invalid"), QStringLiteral("not valid (another event)"), invalid, QString(), 0);
    report.add(QStringLiteral("failed"), QStringLiteral("not checked (errors)"), failed, QString(), 0);
    report.add(QStringLiteral("p50_ms"), QStringLiteral("scan to answer p50"), p50, QStringLiteral("ms"));
    report.add(QStringLiteral("p99_ms"), QStringLiteral("scan to answer p99 (goal < 150 ms)"), p99, QStringLiteral("ms"));
    report.add(QStringLiteral("max_ms"), QStringLiteral("scan to answer max"), latencies.isEmpty() ? 0 : *std::max_element(latencies.cbegin(), latencies.cend()), QStringLiteral("ms"));
    report.json.insert(QStringLiteral("goal_met"), !latencies.isEmpty() && p99 < 150);
    // Every first scan valid, every repeat used, every other event's ticket refused: anything else is wrong.
    const int expectedUsed = scans / 10 + ((scans % 10) > 8 ? 1 : 0);
    if (failed > 0 || used != expectedUsed)
        report.violations << QStringLiteral("door answers: %1 valid, %2 used (expected %3), %4 invalid, %5 failed")
                                 .arg(valid).arg(used).arg(expectedUsed).arg(invalid).arg(failed);
    const int entered = server.scalar(database, QStringLiteral(
        "SELECT count(*) FROM marquee.tickets WHERE first_entrance = 'Bench gate'")).toInt();
    if (entered != valid)
        report.violations << QStringLiteral("%1 valid answers but %2 tickets entered").arg(valid).arg(entered);
    report.json.insert(QStringLiteral("invariants_ok"), report.violations.isEmpty());
    return report;
}

} // namespace Marquee::Bench

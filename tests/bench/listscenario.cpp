#include "scenarios.h"

#include "benchserver.h"
#include "latencyproxy.h"

#include "events/eventservice.h"
#include "models/eventfiltermodel.h"
#include "session/terminalsession.h"
#include "models/eventtablemodel.h"

#include <QEventLoop>
#include <QSet>
#include <QSqlQuery>
#include <QTimer>

namespace Marquee::Bench {

ScenarioReport runListScenario(BenchServer &server, const BenchOptions &options)
{
    ScenarioReport report;
    report.name = QStringLiteral("list");
    const QString database = QStringLiteral("marquee_bench_list");
    if (!server.createDatabase(database)) {
        report.error = server.errorString();
        return report;
    }
    const auto insertStarted = Clock::now();
    // Bulk load as the superuser with triggers off (audit rows, a NOTIFY per event): this is test data
    // in a database nobody listens to, and the measured part is reading it back.
    if (!server.exec(database, QStringLiteral(
            "SET session_replication_role = replica; "
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price, description) "
            "SELECT 'Catalogue event ' || g, 'Hall ' || (g % 40), now() + interval '1 day' + g * interval '7 minutes', "
            "100 + g % 900, 10 + (g % 50), 'Generated for the benchmark' FROM generate_series(1, %1) g")
            .arg(options.listEvents))
        || !server.exec(database, QStringLiteral("ANALYZE marquee.events"))) {
        report.error = server.errorString();
        return report;
    }
    const double insertSeconds = millisecondsBetween(insertStarted, Clock::now()) / 1000;
    // The migrations may bring events of their own: the model must show every row there is.
    const int expectedRows = server.scalar(database, QStringLiteral("SELECT count(*) FROM marquee.events")).toInt();

    LatencyProxy proxy(server.host(), server.port(), options.rttMs);
    if (!proxy.start()) {
        report.error = proxy.errorString();
        return report;
    }
    // The admin's terminal, as it is after sign-in: its read connection already open.
    SessionInfo info;
    info.login = QStringLiteral("bench-admin");
    info.group = StaffGroup::Admin;
    info.isSuperuser = true;
    TerminalSession session(server.superuserVia(database, proxy.port()), info);
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (!session.events().count(EventQuery()).wait(30000)) {
        report.error = QStringLiteral("the read worker could not connect");
        return report;
    }

    const bool peakReset = resetPeakMemory();
    const qint64 rssBefore = procStatusKb("VmRSS");
    EventTableModel &model = *EventTableModel::forSession(&session);
    EventFilterModel view(&model);
    Clock::time_point firstPage;
    Clock::time_point lastPage;
    bool failed = false;
    int pages = 0;
    QObject::connect(&view, &EventFilterModel::firstPageLoaded, &loop, [&] { firstPage = Clock::now(); });
    QObject::connect(&view, &EventFilterModel::loadFailed, &loop, [&](const QString &message) {
        failed = true;
        report.error = message;
        loop.quit();
    });
    // As a view scrolled to the bottom does: ask for more until there is no more.
    QObject::connect(&view, &EventFilterModel::pageLoaded, &loop, [&](int) {
        ++pages;
        if (view.canFetchMore(QModelIndex()) && pages < 100000) {
            view.fetchMore(QModelIndex());
        } else {
            lastPage = Clock::now();
            loop.quit();
        }
    });
    const auto started = Clock::now();
    view.setQuery(EventQuery());
    limit.start(options.smoke ? 30000 : 90000);
    loop.exec();
    const qint64 peakKb = procStatusKb("VmHWM");
    if (failed)
        return report;

    const double firstMs = firstPage.time_since_epoch().count() ? millisecondsBetween(started, firstPage) : -1;
    const double allMs = lastPage.time_since_epoch().count() ? millisecondsBetween(started, lastPage) : -1;
    report.add(QStringLiteral("events"), QStringLiteral("events in the database"), expectedRows, QString(), 0);
    report.add(QStringLiteral("insert_s"), QStringLiteral("INSERT ... generate_series"), insertSeconds, QStringLiteral("s"), 2);
    report.add(QStringLiteral("rtt_ms"), QStringLiteral("round trip (proxy)"), options.rttMs, QStringLiteral("ms"));
    report.add(QStringLiteral("first_page_ms"), QStringLiteral("first page shown (goal <= 200 ms)"), firstMs, QStringLiteral("ms"));
    report.add(QStringLiteral("all_rows_ms"), QStringLiteral("fetched to the end"), allMs, QStringLiteral("ms"));
    report.add(QStringLiteral("pages"), QStringLiteral("pages"), pages, QString(), 0);
    report.add(QStringLiteral("rows"), QStringLiteral("rows in the model"), model.rowCount(), QString(), 0);
    report.add(QStringLiteral("rss_before_mb"), QStringLiteral("resident before the list"), double(rssBefore) / 1024, QStringLiteral("MB"));
    report.add(QStringLiteral("peak_rss_mb"),
               peakReset ? QStringLiteral("peak resident (VmHWM, reset before the list; goal <= 200 MB)")
                         : QStringLiteral("peak resident (VmHWM of the whole run; goal <= 200 MB)"),
               double(peakKb) / 1024, QStringLiteral("MB"));
    report.json.insert(QStringLiteral("peak_reset"), peakReset);
    report.json.insert(QStringLiteral("goal_met"), firstMs >= 0 && firstMs <= 200 && peakKb <= 200 * 1024);
    // Keyset paging must show each row once. Not a sales invariant, so it is reported without failing the run.
    const int distinct = [&] {
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (const Event *event = model.eventAt(row))
                ids.insert(event->id);
        }
        return int(ids.size());
    }();
    report.add(QStringLiteral("distinct_rows"), QStringLiteral("distinct events in the model"), distinct, QString(), 0);
    if (model.rowCount() != expectedRows || distinct != expectedRows)
        report.problems << QStringLiteral("the model holds %1 rows (%2 distinct) of %3 events")
                               .arg(model.rowCount()).arg(distinct).arg(expectedRows);
    report.json.insert(QStringLiteral("rows_match"), model.rowCount() == expectedRows && distinct == expectedRows);
    report.json.insert(QStringLiteral("invariants_ok"), report.violations.isEmpty());
    return report;
}

} // namespace Marquee::Bench

#include "scenarios.h"

#include "benchserver.h"
#include "latencyproxy.h"
#include "sessionload.h"

#include "booking/bookingrepository.h"
#include "database/connection.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <thread>
#include <tuple>
#include <vector>

namespace Marquee::Bench {

namespace {

QString connectionName(const QString &phase, int index)
{
    return QStringLiteral("bench-%1-%2").arg(phase).arg(index);
}

// The real thing: BookingRepository::book, one call of marquee.book_tickets per booking, each on one of `events`
// at random (one event: the hot event; many: the same work spread, with no contention to speak of). The
// terminals' profile announces after commit, and nothing announces here: no notifications.
Tally bookOn(const ConnectionProfile &profile, const QList<qint64> &events, const QString &phase, const BenchOptions &options,
             QString *error)
{
    Terminal terminal;
    terminal.prepare = [&](int i) { return Connection::open(BenchServer::atDesk(profile, i), connectionName(phase, i)).ok(); };
    terminal.body = [&](int i, Clock::time_point deadline, Tally &tally) {
        BookingRepository bookings(QSqlDatabase::database(connectionName(phase, i), false));
        for (int n = 0; n < 1000000 && Clock::now() < deadline; ++n) {
            BookingRequest request;
            request.eventId = events.size() == 1 ? events.first()
                                                 : events.at(QRandomGenerator::global()->bounded(int(events.size())));
            request.quantity = 2;
            request.customerName = QStringLiteral("Hot customer %1").arg(i);
            request.customerPhone = randomPhone();
            const auto started = Clock::now();
            const auto result = bookings.book(request);
            tally.record(result.ok(), millisecondsBetween(started, Clock::now()),
                         result.ok() ? QString() : result.error().detail());
        }
    };
    terminal.finish = [&](int i) { Connection::close(connectionName(phase, i)); };
    return runTerminals(options.clients, options.seconds, terminal, error);
}

// Open loop: bookings arrive at a fixed rate whatever the server does (each terminal has its own schedule, offset
// from the others), and a booking's latency runs from when it was due, so time spent queued behind a slow one
// counts (closed-loop figures hide that: a terminal that waits asks less).
Tally bookHotOpenLoop(const ConnectionProfile &profile, qint64 eventId, double perSecond, const BenchOptions &options,
                      QString *error)
{
    const auto seconds = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(options.seconds));
    const auto interval = std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(double(options.clients) / std::max(perSecond, 1.0)));
    Terminal terminal;
    terminal.prepare = [&](int i) {
        return Connection::open(BenchServer::atDesk(profile, i), connectionName(QStringLiteral("open"), i)).ok();
    };
    terminal.body = [&](int i, Clock::time_point deadline, Tally &tally) {
        BookingRepository bookings(QSqlDatabase::database(connectionName(QStringLiteral("open"), i), false));
        const Clock::time_point start = deadline - seconds + interval * i / options.clients;
        for (int n = 0;; ++n) {
            const Clock::time_point due = start + interval * n;
            if (due >= deadline)
                break;
            if (Clock::now() < due)
                std::this_thread::sleep_until(due);
            BookingRequest request;
            request.eventId = eventId;
            request.quantity = 2;
            request.customerName = QStringLiteral("Open-loop customer %1").arg(i);
            request.customerPhone = randomPhone();
            const auto result = bookings.book(request);
            tally.record(result.ok(), millisecondsBetween(due, Clock::now()), result.ok() ? QString() : result.error().detail());
        }
    };
    terminal.finish = [](int i) { Connection::close(connectionName(QStringLiteral("open"), i)); };
    Tally tally = runTerminals(options.clients, options.seconds, terminal, error);
    tally.elapsedSeconds = options.seconds;
    return tally;
}

// The same function call with its statement prepared once per connection: what BookingRepository::book
// would cost if it kept its prepared query (today every call sends PREPARE, EXECUTE and DEALLOCATE).
Tally bookHotPreparedOnce(const ConnectionProfile &profile, qint64 eventId, const BenchOptions &options, QString *error)
{
    std::vector<std::unique_ptr<QSqlQuery>> queries(size_t(options.clients));
    Terminal terminal;
    terminal.prepare = [&](int i) {
        auto db = Connection::open(BenchServer::atDesk(profile, i), connectionName(QStringLiteral("hot-prepared"), i));
        if (!db)
            return false;
        auto q = std::make_unique<QSqlQuery>(db.value());
        if (!q->prepare(QStringLiteral(
                "SELECT booking_id, total_amount, array_to_string(ticket_codes, ','), remaining "
                "FROM marquee.book_tickets(:event::bigint, :quantity::integer, :name, :phone, :key::uuid, :method)")))
            return false;
        queries[size_t(i)] = std::move(q);
        return true;
    };
    terminal.body = [&](int i, Clock::time_point deadline, Tally &tally) {
        QSqlQuery &q = *queries[size_t(i)];
        for (int n = 0; n < 1000000 && Clock::now() < deadline; ++n) {
            const auto started = Clock::now();
            q.bindValue(QStringLiteral(":event"), eventId);
            q.bindValue(QStringLiteral(":quantity"), 2);
            q.bindValue(QStringLiteral(":name"), QStringLiteral("Hot customer %1").arg(i));
            q.bindValue(QStringLiteral(":phone"), randomPhone());
            q.bindValue(QStringLiteral(":key"), QUuid::createUuid().toString(QUuid::WithoutBraces));
            q.bindValue(QStringLiteral(":method"), QStringLiteral("cash"));
            const bool ok = q.exec() && q.next();
            tally.record(ok, millisecondsBetween(started, Clock::now()), ok ? QString() : q.lastError().text());
            q.finish();
        }
    };
    terminal.finish = [&](int i) {
        queries[size_t(i)].reset();
        Connection::close(connectionName(QStringLiteral("hot-prepared"), i));
    };
    return runTerminals(options.clients, options.seconds, terminal, error);
}

// One conditional seat UPDATE of one row, autocommit, as fast as each terminal can: `sql` takes :id.
Tally updateOneRow(const ConnectionProfile &profile, const QString &purpose, const QString &sql, qint64 rowId,
                   const BenchOptions &options, QString *error)
{
    std::vector<std::unique_ptr<QSqlQuery>> queries(size_t(options.clients));
    Terminal terminal;
    terminal.prepare = [&](int i) {
        auto db = Connection::open(BenchServer::atDesk(profile, i), connectionName(purpose, i));
        if (!db)
            return false;
        auto q = std::make_unique<QSqlQuery>(db.value());
        if (!q->prepare(sql))
            return false;
        queries[size_t(i)] = std::move(q);
        return true;
    };
    terminal.body = [&](int i, Clock::time_point deadline, Tally &tally) {
        QSqlQuery &q = *queries[size_t(i)];
        for (int n = 0; n < 10000000 && Clock::now() < deadline; ++n) {
            const auto started = Clock::now();
            q.bindValue(QStringLiteral(":id"), rowId);
            const bool ok = q.exec() && q.numRowsAffected() == 1;
            tally.record(ok, millisecondsBetween(started, Clock::now()), ok ? QString() : q.lastError().text());
        }
    };
    terminal.finish = [&](int i) {
        queries[size_t(i)].reset();
        Connection::close(connectionName(purpose, i));
    };
    return runTerminals(options.clients, options.seconds, terminal, error);
}

// The ceiling: nothing but the conditional seat update on one row of a plain table, autocommit.
Tally updateCeiling(const ConnectionProfile &profile, const BenchOptions &options, QString *error)
{
    return updateOneRow(profile, QStringLiteral("ceiling"),
                        QStringLiteral("UPDATE bench_ceiling SET sold = sold + 2 WHERE id = :id AND sold + 2 <= capacity"), 1,
                        options, error);
}

// The ceiling's UPDATE on the real `events` row, with its triggers (touch, the seated statistics' fold, the
// AFTER-trigger conditions), autocommit; as the owner (no terminal may write it).
Tally updateRealRow(const ConnectionProfile &profile, qint64 eventId, const BenchOptions &options, QString *error)
{
    return updateOneRow(profile, QStringLiteral("real-row"),
                        QStringLiteral("UPDATE marquee.events SET tickets_sold = tickets_sold + 2, revenue = revenue + 50, "
                                       "bookings_count = bookings_count + 1 "
                                       "WHERE id = :id AND tickets_sold + tickets_reserved + 2 <= capacity"),
                        eventId, options, error);
}

// The classic design for reference: the client holds the event row locked across its round trips.
struct ClassicStatements
{
    std::unique_ptr<QSqlQuery> lock, booking, tickets, seats;
};

Tally bookClassic(const ConnectionProfile &profile, qint64 eventId, qint64 customerId, const BenchOptions &options,
                  QString *error)
{
    std::vector<ClassicStatements> statements(size_t(options.clients));
    Terminal terminal;
    terminal.prepare = [&](int i) {
        auto db = Connection::open(profile, connectionName(QStringLiteral("classic"), i));
        if (!db)
            return false;
        ClassicStatements &s = statements[size_t(i)];
        s.lock = std::make_unique<QSqlQuery>(db.value());
        s.booking = std::make_unique<QSqlQuery>(db.value());
        s.tickets = std::make_unique<QSqlQuery>(db.value());
        s.seats = std::make_unique<QSqlQuery>(db.value());
        return s.lock->prepare(QStringLiteral(
                   "SELECT capacity - tickets_sold, price FROM marquee.events WHERE id = :id FOR UPDATE"))
            && s.booking->prepare(QStringLiteral(
                   "INSERT INTO marquee.bookings (user_id, event_id, quantity, total_amount, payment_method, idempotency_key, "
                   "customer_name, paid_at, paid_by) VALUES (:user, :event, 2, :total::numeric, 'cash', gen_random_uuid(), 'Classic buyer', "
                   "now(), current_user) RETURNING id"))
            && s.tickets->prepare(QStringLiteral(
                   "INSERT INTO marquee.tickets (booking_id, code) SELECT :booking, marquee.new_ticket_code() "
                   "FROM generate_series(1, 2)"))
            && s.seats->prepare(QStringLiteral(
                   "UPDATE marquee.events SET tickets_sold = tickets_sold + 2, revenue = revenue + :total::numeric, "
                   "bookings_count = bookings_count + 1 WHERE id = :id"));
    };
    terminal.body = [&](int i, Clock::time_point deadline, Tally &tally) {
        QSqlDatabase db = QSqlDatabase::database(connectionName(QStringLiteral("classic"), i), false);
        ClassicStatements &s = statements[size_t(i)];
        for (int n = 0; n < 1000000 && Clock::now() < deadline; ++n) {
            const auto started = Clock::now();
            QString failure;
            if (!db.transaction()) {
                failure = db.lastError().text();
            } else {
                s.lock->bindValue(QStringLiteral(":id"), eventId);
                if (!s.lock->exec() || !s.lock->next()) {
                    failure = s.lock->lastError().text();
                } else if (s.lock->value(0).toInt() < 2) {
                    failure = QStringLiteral("sold out");
                } else {
                    const QString total = QString::number(s.lock->value(1).toString().toDouble() * 2, 'f', 2);
                    s.lock->finish();
                    s.booking->bindValue(QStringLiteral(":user"), customerId);
                    s.booking->bindValue(QStringLiteral(":event"), eventId);
                    s.booking->bindValue(QStringLiteral(":total"), total);
                    if (!s.booking->exec() || !s.booking->next()) {
                        failure = s.booking->lastError().text();
                    } else {
                        s.tickets->bindValue(QStringLiteral(":booking"), s.booking->value(0).toLongLong());
                        s.booking->finish();
                        s.seats->bindValue(QStringLiteral(":total"), total);
                        s.seats->bindValue(QStringLiteral(":id"), eventId);
                        if (!s.tickets->exec())
                            failure = s.tickets->lastError().text();
                        else if (!s.seats->exec())
                            failure = s.seats->lastError().text();
                    }
                }
                if (failure.isEmpty()) {
                    if (!db.commit())
                        failure = db.lastError().text();
                } else {
                    db.rollback();
                }
            }
            tally.record(failure.isEmpty(), millisecondsBetween(started, Clock::now()), failure);
        }
    };
    terminal.finish = [&](int i) {
        statements[size_t(i)] = ClassicStatements();
        Connection::close(connectionName(QStringLiteral("classic"), i));
    };
    return runTerminals(options.clients, options.seconds, terminal, error);
}

void addPhase(ScenarioReport &report, const QString &key, const QString &label, const Tally &tally)
{
    report.add(key + QStringLiteral("_per_s"), label + QStringLiteral(" rate"), tally.perSecond(), QStringLiteral("/s"));
    report.add(key + QStringLiteral("_p50_ms"), label + QStringLiteral(" latency p50"), percentile(tally.latenciesMs, 0.5),
               QStringLiteral("ms"), 2);
    report.add(key + QStringLiteral("_p99_ms"), label + QStringLiteral(" latency p99"), percentile(tally.latenciesMs, 0.99),
               QStringLiteral("ms"), 2);
    report.json.insert(key + QStringLiteral("_ok"), double(tally.ok));
    report.json.insert(key + QStringLiteral("_failed"), double(tally.failed));
    if (tally.failed > 0)
        report.addText(key + QStringLiteral("_errors"), label + QStringLiteral(" errors"), tally.errorSummary());
}

} // namespace

ScenarioReport runHotScenario(BenchServer &server, const BenchOptions &options)
{
    ScenarioReport report;
    report.name = QStringLiteral("hot");
    const QString database = QStringLiteral("marquee_bench_hot");
    if (!server.createDatabase(database)) {
        report.error = server.errorString();
        return report;
    }
    const QString newEvent = QStringLiteral(
        "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
        "VALUES ('%1', 'Main hall', now() + interval '30 days', 100000000, 25.00) RETURNING id");
    const qint64 hotEvent = server.scalar(database, newEvent.arg(QStringLiteral("Hot event"))).toLongLong();
    const qint64 classicEvent = server.scalar(database, newEvent.arg(QStringLiteral("Classic design"))).toLongLong();
    const qint64 sessionsEvent = server.scalar(database, newEvent.arg(QStringLiteral("Hot event at the desks"))).toLongLong();
    const qint64 realRowEvent = server.scalar(database, newEvent.arg(QStringLiteral("Real row"))).toLongLong();
    // The same work spread over 100 events (the spread scenario's, without notifications), in this run.
    QList<qint64> spreadEvents;
    const QString spreadIds = server.scalar(database, QStringLiteral(
        "WITH n AS (INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
        "SELECT 'Spread event ' || g, 'Hall ' || (g % 5), now() + interval '30 days' + g * interval '1 hour', 100000000, 25.00 "
        "FROM generate_series(1, 100) g RETURNING id) SELECT string_agg(id::text, ',') FROM n"));
    for (const QString &id : spreadIds.split(QLatin1Char(','), Qt::SkipEmptyParts))
        spreadEvents << id.toLongLong();
    const qint64 customer = server.scalar(database, QStringLiteral(
        "INSERT INTO marquee.users (name, phone) VALUES ('Classic customer', '0899999999') RETURNING id")).toLongLong();
    if (hotEvent <= 0 || classicEvent <= 0 || customer <= 0
        || !server.exec(database, QStringLiteral(
               "CREATE TABLE bench_ceiling (id integer PRIMARY KEY, sold integer NOT NULL, capacity integer NOT NULL);"
               "INSERT INTO bench_ceiling VALUES (1, 0, 2000000000);"
               "GRANT SELECT, UPDATE ON bench_ceiling TO marquee_box_office"))) {
        report.error = server.errorString();
        return report;
    }

    LatencyProxy proxy(server.host(), server.port(), options.rttMs);
    if (!proxy.start()) {
        report.error = proxy.errorString();
        return report;
    }
    const ConnectionProfile terminal = server.terminal(database, proxy.port());

    QString error;
    const Tally hot = bookOn(terminal, {hotEvent}, QStringLiteral("hot"), options, &error);
    const Tally spread = bookOn(terminal, spreadEvents, QStringLiteral("spread"), options, &error);
    const Tally openHalf = bookHotOpenLoop(terminal, hotEvent, 0.5 * hot.perSecond(), options, &error);
    const Tally openNinety = bookHotOpenLoop(terminal, hotEvent, 0.9 * hot.perSecond(), options, &error);
    // What desks really do: TerminalSession → BookingService::sell on its write worker, announced after commit.
    qint64 sessionsAnswered = 0;
    const Tally sessions = sellThroughSessions(terminal, {sessionsEvent}, options.clients, options.seconds, &sessionsAnswered);
    const Tally ceiling = updateCeiling(terminal, options, &error);
    const Tally realRow = updateRealRow(server.superuserVia(database, proxy.port()), realRowEvent, options, &error);
    // That event's figures were written without bookings: put them back, so the invariants hold.
    server.exec(database, QStringLiteral("UPDATE marquee.events SET tickets_sold = 0, revenue = 0, bookings_count = 0 WHERE id = %1")
                              .arg(realRowEvent));
    const Tally preparedOnce = bookHotPreparedOnce(terminal, hotEvent, options, &error);
    // Admins' rights: a box-office login may not write bookings directly (that is the point of book_tickets).
    const Tally classic = bookClassic(server.superuserVia(database, proxy.port()), classicEvent, customer, options, &error);
    if (!error.isEmpty())
        report.violations << error;
    // A phase that sold nothing measured nothing (a schema change broke its SQL): the run must say so.
    const QList<QPair<QString, const Tally *>> phases{{QStringLiteral("hot"), &hot}, {QStringLiteral("sessions"), &sessions},
        {QStringLiteral("ceiling"), &ceiling}, {QStringLiteral("spread"), &spread}, {QStringLiteral("real row"), &realRow},
        {QStringLiteral("prepared once"), &preparedOnce}, {QStringLiteral("classic"), &classic}};
    for (const auto &phase : phases) {
        if (phase.second->ok == 0)
            report.violations << QStringLiteral("%1: nothing sold (%2)").arg(phase.first, phase.second->errorSummary().left(200));
    }

    report.add(QStringLiteral("clients"), QStringLiteral("terminals"), options.clients, QString(), 0);
    report.add(QStringLiteral("rtt_ms"), QStringLiteral("round trip (proxy)"), options.rttMs, QStringLiteral("ms"));
    report.add(QStringLiteral("seconds"), QStringLiteral("seconds per phase"), options.seconds, QStringLiteral("s"));
    addPhase(report, QStringLiteral("hot"), QStringLiteral("book_tickets (BookingRepository::book)"), hot);
    addPhase(report, QStringLiteral("sessions"), QStringLiteral("the same through TerminalSession (BookingService::sell)"),
             sessions);
    for (const auto &[key, label, tally] : {std::make_tuple(QStringLiteral("open50"), QStringLiteral("open loop at 50 % of book_tickets' closed-loop rate"), &openHalf),
                                            std::make_tuple(QStringLiteral("open90"), QStringLiteral("open loop at 90 % of book_tickets' closed-loop rate"), &openNinety)}) {
        addPhase(report, key, label, *tally);
        report.add(key + QStringLiteral("_p999_ms"), label + QStringLiteral(" latency p99.9"), percentile(tally->latenciesMs, 0.999),
                   QStringLiteral("ms"), 2);
    }
    addPhase(report, QStringLiteral("spread"), QStringLiteral("the same spread over 100 events, no notifications"), spread);
    addPhase(report, QStringLiteral("ceiling"), QStringLiteral("ceiling (bare conditional UPDATE)"), ceiling);
    addPhase(report, QStringLiteral("real_row"), QStringLiteral("the same UPDATE on the real events row, with its triggers"),
             realRow);
    addPhase(report, QStringLiteral("prepared_once"), QStringLiteral("book_tickets, statement prepared once"), preparedOnce);
    addPhase(report, QStringLiteral("classic"), QStringLiteral("classic client-side locked transaction"), classic);
    const double ratio = ceiling.perSecond() > 0 ? hot.perSecond() / ceiling.perSecond() : 0;
    report.add(QStringLiteral("hot_over_ceiling"), QStringLiteral("hot / ceiling (goal >= 0.9)"), ratio, QString(), 3);
    const double overSpread = spread.perSecond() > 0 ? hot.perSecond() / spread.perSecond() : 0;
    report.add(QStringLiteral("hot_over_spread"), QStringLiteral("hot / spread (goal >= 0.95)"), overSpread, QString(), 3);
    report.add(QStringLiteral("sessions_over_spread"), QStringLiteral("through TerminalSession / spread"),
               spread.perSecond() > 0 ? sessions.perSecond() / spread.perSecond() : 0, QString(), 3);
    report.add(QStringLiteral("real_row_over_ceiling"), QStringLiteral("real events row / ceiling"),
               ceiling.perSecond() > 0 ? realRow.perSecond() / ceiling.perSecond() : 0, QString(), 3);
    report.add(QStringLiteral("hot_over_classic"), QStringLiteral("hot / classic"),
               classic.perSecond() > 0 ? hot.perSecond() / classic.perSecond() : 0, QString(), 1);
    report.add(QStringLiteral("prepared_once_over_ceiling"), QStringLiteral("prepared once / ceiling"),
               ceiling.perSecond() > 0 ? preparedOnce.perSecond() / ceiling.perSecond() : 0, QString(), 3);
    report.add(QStringLiteral("sessions_over_ceiling"), QStringLiteral("through TerminalSession / ceiling"),
               ceiling.perSecond() > 0 ? sessions.perSecond() / ceiling.perSecond() : 0, QString(), 3);
    report.json.insert(QStringLiteral("goal_met"), ratio >= 0.9);
    report.json.insert(QStringLiteral("spread_goal_met"), overSpread >= 0.95);

    report.violations << checkInvariants(server, database);
    // Every booking a terminal was told about is in the database, and nothing else is.
    const qint64 rows = server.scalar(database, QStringLiteral(
        "SELECT count(*) FROM marquee.bookings WHERE event_id = %1 AND status = 'confirmed'").arg(hotEvent)).toLongLong();
    const qint64 told = hot.ok + preparedOnce.ok + openHalf.ok + openNinety.ok;
    if (rows != told)
        report.violations << QStringLiteral("hot: %1 bookings confirmed to terminals, %2 in the database").arg(told).arg(rows);
    const qint64 sessionRows = server.scalar(database, QStringLiteral(
        "SELECT count(*) FROM marquee.bookings WHERE event_id = %1 AND status = 'confirmed'").arg(sessionsEvent)).toLongLong();
    if (sessionRows != sessionsAnswered)
        report.violations << QStringLiteral("hot through sessions: %1 sales confirmed to terminals, %2 in the database")
                                 .arg(sessionsAnswered).arg(sessionRows);
    const qint64 spreadRows = server.scalar(database, QStringLiteral(
        "SELECT count(*) FROM marquee.bookings WHERE event_id <> ALL ('{%1}'::bigint[]) AND status = 'confirmed'")
        .arg(QStringLiteral("%1,%2,%3").arg(hotEvent).arg(sessionsEvent).arg(classicEvent))).toLongLong();
    if (spreadRows != spread.ok)
        report.violations << QStringLiteral("spread: %1 bookings confirmed to terminals, %2 in the database").arg(spread.ok).arg(spreadRows);
    const qint64 classicRows = server.scalar(database, QStringLiteral(
        "SELECT count(*) FROM marquee.bookings WHERE event_id = %1").arg(classicEvent)).toLongLong();
    if (classicRows != classic.ok)
        report.violations << QStringLiteral("classic: %1 committed, %2 in the database").arg(classic.ok).arg(classicRows);
    report.json.insert(QStringLiteral("invariants_ok"), report.violations.isEmpty());
    return report;
}

} // namespace Marquee::Bench

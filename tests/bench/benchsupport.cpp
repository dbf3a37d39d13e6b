#include "benchsupport.h"

#include "benchserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QTimer>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace Marquee::Bench {

void ScenarioReport::add(const QString &key, const QString &label, double value, const QString &unit, int decimals)
{
    rows.append({label, QString::number(value, 'f', decimals) + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit)});
    json.insert(key, std::isfinite(value) ? value : 0.0);
}

void ScenarioReport::addText(const QString &key, const QString &label, const QString &value)
{
    rows.append({label, value});
    json.insert(key, value);
}

void Tally::merge(const Tally &other)
{
    ok += other.ok;
    failed += other.failed;
    latenciesMs += other.latenciesMs;
    for (auto it = other.errors.cbegin(); it != other.errors.cend(); ++it)
        errors[it.key()] += it.value();
}

void Tally::record(bool success, double ms, const QString &error)
{
    if (success) {
        ++ok;
        latenciesMs.append(ms);
    } else {
        ++failed;
        errors[error.left(120)] += 1;
    }
}

QString Tally::errorSummary() const
{
    QStringList parts;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        parts << QStringLiteral("%1x %2").arg(it.value()).arg(it.key());
    return parts.join(QStringLiteral("; "));
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least p of the samples at or below it.
    const auto rank = qsizetype(std::ceil(p * double(values.size())));
    return values.at(qBound<qsizetype>(0, rank - 1, values.size() - 1));
}

Tally runTerminals(int clients, double seconds, const Terminal &terminal, QString *error)
{
    std::mutex mutex;
    std::condition_variable changed;
    int ready = 0;
    int failedToPrepare = 0;
    bool go = false;
    Clock::time_point start;
    Clock::time_point deadline;
    std::vector<Tally> tallies(static_cast<size_t>(clients));
    std::vector<Clock::time_point> finished(static_cast<size_t>(clients));

    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < clients; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            const bool prepared = terminal.prepare(i);
            {
                std::unique_lock lock(mutex);
                ++ready;
                if (!prepared)
                    ++failedToPrepare;
                changed.notify_all();
                changed.wait(lock, [&] { return go; });
            }
            if (prepared)
                terminal.body(i, deadline, tallies[size_t(i)]);
            finished[size_t(i)] = Clock::now();
            if (terminal.finish)
                terminal.finish(i);
        }));
        threads.back()->start();
    }
    {
        std::unique_lock lock(mutex);
        changed.wait_for(lock, std::chrono::seconds(60), [&] { return ready == clients; });
        start = Clock::now();
        deadline = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
        go = true;
        changed.notify_all();
    }
    for (auto &thread : threads)
        thread->wait();

    Tally total;
    Clock::time_point last = start;
    for (int i = 0; i < clients; ++i) {
        total.merge(tallies[size_t(i)]);
        last = std::max(last, finished[size_t(i)]);
    }
    total.elapsedSeconds = std::chrono::duration<double>(last - start).count();
    if (failedToPrepare > 0 && error)
        *error = QStringLiteral("%1 of %2 terminals could not connect").arg(failedToPrepare).arg(clients);
    return total;
}

QStringList checkInvariants(BenchServer &server, const QString &database)
{
    const QString sql = QStringLiteral(
        "SELECT string_agg(format('event %s: capacity %s, tickets_sold %s, confirmed quantity %s, tickets %s, "
        "revenue %s vs %s, bookings_count %s vs %s, tickets_reserved %s vs %s', e.id, e.capacity, e.tickets_sold, b.q, "
        "t.n, e.revenue, b.r, e.bookings_count, b.n, e.tickets_reserved, rv.q), E'\\n') "
        "FROM marquee.events e "
        "CROSS JOIN LATERAL (SELECT coalesce(sum(quantity), 0) AS q, coalesce(sum(total_amount), 0) AS r, count(*) AS n "
        "                    FROM marquee.bookings WHERE event_id = e.id AND status = 'confirmed') b "
        "CROSS JOIN LATERAL (SELECT count(*) AS n FROM marquee.tickets tk JOIN marquee.bookings bk ON bk.id = tk.booking_id "
        "                    WHERE bk.event_id = e.id AND bk.status = 'confirmed' AND tk.status <> 'cancelled') t "
        "CROSS JOIN LATERAL (SELECT coalesce(sum(quantity), 0) AS q FROM marquee.bookings "
        "                    WHERE event_id = e.id AND status = 'reserved') rv "
        "WHERE e.tickets_sold > e.capacity OR b.q > e.capacity OR e.tickets_sold <> b.q OR b.q <> t.n "
        "   OR e.revenue <> b.r OR e.bookings_count <> b.n "
        "   OR e.tickets_sold + e.tickets_reserved > e.capacity OR e.tickets_reserved <> rv.q");
    const QString checked = server.scalar(database, QStringLiteral("SELECT count(*) FROM marquee.events"));
    if (checked.isEmpty())
        return {QStringLiteral("invariant check could not run: ") + server.errorString()};
    const QString broken = server.scalar(database, sql);
    return broken.isEmpty() ? QStringList() : broken.split(QLatin1Char('\n'));
}

QString randomPhone()
{
    return QStringLiteral("08%1").arg(QRandomGenerator::global()->bounded(20000) + 10000000);
}

qint64 procStatusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

bool resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

void spin(qint64 ms, const std::function<bool()> &done)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (elapsed.elapsed() >= ms || (done && done()))
            loop.quit();
    });
    check.start();
    loop.exec();
}

} // namespace Marquee::Bench

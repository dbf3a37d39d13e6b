#pragma once

#include "session/connectionprofile.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

namespace Marquee::Bench {

class BenchServer;

using Clock = std::chrono::steady_clock;

inline double millisecondsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

struct BenchOptions
{
    QStringList scenarios{QStringLiteral("hot"), QStringLiteral("spread"), QStringLiteral("fanout"), QStringLiteral("list"),
                          QStringLiteral("door")};
    double rttMs = 5;          // hot, spread, list: the round trip the proxy adds
    double fanoutRttMs = 0;    // fanout: its goal is stated at R = 0
    double seconds = 5;        // each measured phase (hot and spread have three each)
    int clients = 16;          // booking terminals (hot, spread)
    int listeners = 100;       // fanout
    int spreadEvents = 100;
    int listEvents = 100000;
    int fanoutRounds = 40;
    double promoteDelaySeconds = 0; // failover: from the primary's death to the standby's promotion
    QList<int> terminalCounts{50, 150, 300}; // terminals: how many terminal sessions, one run each
    bool smoke = false;
};

// What one scenario found: figures for the table and the JSON line, and any broken invariant.
struct ScenarioReport
{
    QString name;
    QList<QPair<QString, QString>> rows;   // label, value: the readable table
    QJsonObject json;
    QStringList violations;                // a non-empty list fails the run
    QStringList problems;                  // wrong, but not a sales invariant: reported, does not fail the run
    QString error;                         // the scenario could not run at all

    void add(const QString &key, const QString &label, double value, const QString &unit, int decimals = 1);
    void addText(const QString &key, const QString &label, const QString &value);
};

// What a group of terminals did in one phase.
struct Tally
{
    qint64 ok = 0;
    qint64 failed = 0;
    QList<double> latenciesMs;
    QMap<QString, int> errors;
    double elapsedSeconds = 0;

    double perSecond() const { return elapsedSeconds > 0 ? double(ok) / elapsedSeconds : 0; }
    void merge(const Tally &other);
    void record(bool success, double ms, const QString &error = QString());
    QString errorSummary() const;
};

double percentile(QList<double> values, double p);

// Runs `clients` threads. Each calls `body(index, deadline, tally)` once after all of them called
// `prepare(index)` (connections are opened there, outside the measured window). The phase ends at the
// deadline (now + seconds once everyone is ready); the elapsed time runs until the last thread is done.
struct Terminal
{
    std::function<bool(int index)> prepare;                 // false: could not connect
    std::function<void(int index, Clock::time_point deadline, Tally &tally)> body;
    std::function<void(int index)> finish;                  // closes the thread's connections
};
Tally runTerminals(int clients, double seconds, const Terminal &terminal, QString *error);

// Seats sold and reserved never exceed capacity, and the statistics equal the rows (sold = sum of confirmed
// quantities = number of their tickets; revenue, bookings_count and tickets_reserved likewise). One line per broken event.
QStringList checkInvariants(BenchServer &server, const QString &database);

// A phone number for a simulated customer, from a pool so some customers come back.
QString randomPhone();

// Runs this thread's event loop for `ms`, or until `done` says so (checked every 5 ms): the scenarios that
// drive real terminal sessions on this thread wait this way, so their answers and hints keep arriving.
void spin(qint64 ms, const std::function<bool()> &done = {});

// Kilobytes from /proc/self/status ("VmHWM", "VmRSS"), 0 when unknown.
qint64 procStatusKb(const char *field);
// Resets the peak resident size (VmHWM) of this process; false where the kernel does not allow it.
bool resetPeakMemory();

} // namespace Marquee::Bench

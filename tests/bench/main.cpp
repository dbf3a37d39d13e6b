// marquee-bench: how fast Marquee sells and how quickly every terminal sees it, on a real PostgreSQL
// (fsync on) behind a latency proxy. Prints a table and one JSON line per scenario; exits non-zero
// only when an invariant breaks (oversold, statistics differing from the rows) or a scenario cannot run.

#include "benchserver.h"
#include "scenarios.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace Marquee::Bench;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void printReport(const ScenarioReport &report)
{
    out() << "\n== " << report.name << " ==\n";
    if (!report.error.isEmpty())
        out() << "  could not run: " << report.error << "\n";
    int width = 0;
    for (const auto &[label, value] : report.rows)
        width = qMax(width, int(label.size()));
    for (const auto &[label, value] : report.rows)
        out() << "  " << label.leftJustified(width + 2, QLatin1Char('.')) << ' ' << value << "\n";
    for (const QString &violation : report.violations)
        out() << "  VIOLATION: " << violation << "\n";
    for (const QString &problem : report.problems)
        out() << "  PROBLEM (reported, not fatal): " << problem << "\n";
    out().flush();
}

// Other work on the machine skews every figure: say how busy it was.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

} // namespace

int main(int argc, char *argv[])
{
    // The door scenario drives the real door view: widgets, drawn offscreen unless a platform is chosen.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marquee-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Marquee's booking and live-availability benchmark."));
    parser.addHelpOption();
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
        QStringLiteral("Scenarios to run, comma-separated: hot,spread,fanout,list,door,failover,terminals (default: "
                       "hot,spread,fanout,list,door; failover starts servers of its own)."), QStringLiteral("list"));
    const QCommandLineOption terminalsOption(QStringLiteral("terminals"),
        QStringLiteral("Terminals scenario: how many terminal sessions, comma-separated runs (default 50,150,300)."),
        QStringLiteral("N,..."));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Seconds per measured phase (default 5)."),
                                           QStringLiteral("T"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Booking terminals (default 16)."),
                                           QStringLiteral("N"));
    const QCommandLineOption rttOption(QStringLiteral("rtt-ms"),
        QStringLiteral("Round trip the proxy adds for hot, spread and list (default 5)."), QStringLiteral("R"));
    const QCommandLineOption fanoutRttOption(QStringLiteral("fanout-rtt-ms"),
        QStringLiteral("Round trip for the fan-out scenario (default 0: direct)."), QStringLiteral("R"));
    const QCommandLineOption listenersOption(QStringLiteral("listeners"),
        QStringLiteral("Listening terminals in the fan-out scenario (default 100)."), QStringLiteral("L"));
    const QCommandLineOption eventsOption(QStringLiteral("events"),
        QStringLiteral("Events in the list scenario (default 100000)."), QStringLiteral("E"));
    const QCommandLineOption promoteDelayOption(QStringLiteral("promote-delay-s"),
        QStringLiteral("Failover: seconds from the primary's death to the standby's promotion (default 0)."), QStringLiteral("S"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("Use this server (a superuser's libpq conninfo) instead of starting a private one."), QStringLiteral("conninfo"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"),
        QStringLiteral("Every scenario for about a second with few terminals; for CTest. Uses MARQUEE_TEST_PGHOST when set."));
    parser.addOptions({scenarioOption, secondsOption, clientsOption, rttOption, fanoutRttOption, listenersOption,
                       eventsOption, promoteDelayOption, terminalsOption, dbOption, smokeOption});
    parser.process(app);

    BenchOptions options;
    if (parser.isSet(smokeOption)) {
        options.smoke = true;
        options.seconds = 1;
        options.clients = 4;
        options.listeners = 10;
        options.listEvents = 5000;
        options.spreadEvents = 20;
        options.fanoutRounds = 10;
        // A sale must wait for the promotion, not give up: the smoke makes it wait a second.
        options.promoteDelaySeconds = 1;
        options.terminalCounts = {9};
    }
    auto number = [&](const QCommandLineOption &option, double fallback, double low, double high) {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value < low || value > high) {
            std::fprintf(stderr, "marquee-bench: --%s must be a number from %g to %g\n",
                         qPrintable(option.names().constFirst()), low, high);
            std::exit(2);
        }
        return value;
    };
    options.seconds = number(secondsOption, options.seconds, 0.2, 120);
    options.clients = int(number(clientsOption, options.clients, 1, 64));
    options.rttMs = number(rttOption, options.rttMs, 0, 1000);
    options.fanoutRttMs = number(fanoutRttOption, options.fanoutRttMs, 0, 1000);
    options.listeners = int(number(listenersOption, options.listeners, 1, 250));
    options.listEvents = int(number(eventsOption, options.listEvents, 1, 2000000));
    options.promoteDelaySeconds = number(promoteDelayOption, options.promoteDelaySeconds, 0, 50);
    if (parser.isSet(terminalsOption)) {
        options.terminalCounts.clear();
        for (const QString &item : parser.value(terminalsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int n = item.toInt(&ok);
            if (!ok || n < 1 || n > 1000) {
                std::fprintf(stderr, "marquee-bench: --terminals takes numbers from 1 to 1000, comma-separated\n");
                return 2;
            }
            options.terminalCounts << n;
        }
    }
    if (parser.isSet(scenarioOption)) {
        options.scenarios = parser.value(scenarioOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &name : std::as_const(options.scenarios)) {
            if (!QStringList{QStringLiteral("hot"), QStringLiteral("spread"), QStringLiteral("fanout"), QStringLiteral("list"),
                             QStringLiteral("door"), QStringLiteral("failover"), QStringLiteral("terminals")}
                     .contains(name)) {
                std::fprintf(stderr, "marquee-bench: unknown scenario %s\n", qPrintable(name));
                return 2;
            }
        }
    }

    BenchServer server;
    const QString testHost = QProcessEnvironment::systemEnvironment().value(QStringLiteral("MARQUEE_TEST_PGHOST"));
    bool started = false;
    if (parser.isSet(dbOption))
        started = server.useExisting(parser.value(dbOption));
    else if (options.smoke && !testHost.isEmpty())
        started = server.useExisting(QStringLiteral("host=%1 dbname=postgres").arg(testHost));
    else
    {
        // Three connections per desk (listener, read and write workers, all open from sign-in), two per kiosk, and
        // the owner's: room for the largest terminals run and for the fan-out's terminal sessions (desks).
        int needed = 0;
        if (options.scenarios.contains(QStringLiteral("terminals"))) {
            for (int n : std::as_const(options.terminalCounts))
                needed = std::max(needed, n * 3 + 50);
        }
        if (options.scenarios.contains(QStringLiteral("fanout")))
            needed = std::max(needed, (options.listeners + 1) * 3 + 50);
        started = server.startPrivate(QStringLiteral(MARQUEE_SOURCE_DIR "/scripts/pg-local.sh"), needed > 300 ? needed : 0);
    }
    if (!started) {
        std::fprintf(stderr, "marquee-bench: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QString fsync = server.scalar(QStringLiteral("postgres"), QStringLiteral("SHOW fsync"));
    const QString syncCommit = server.scalar(QStringLiteral("postgres"), QStringLiteral("SHOW synchronous_commit"));
    out() << "marquee-bench on " << server.description() << "\n"
          << "  PostgreSQL " << server.scalar(QStringLiteral("postgres"), QStringLiteral("SHOW server_version"))
          << ", fsync=" << fsync << ", synchronous_commit=" << syncCommit
          << ", cores=" << QThread::idealThreadCount() << ", load average " << loadAverage() << "\n";
    if (fsync != QLatin1String("on"))
        out() << "  NOTE: fsync is off on this server: commit costs are not real, throughput figures mean little\n";
    out().flush();

    const auto began = Clock::now();
    QList<ScenarioReport> reports;
    for (const QString &name : std::as_const(options.scenarios)) {
        ScenarioReport report = name == QLatin1String("hot")      ? runHotScenario(server, options)
                              : name == QLatin1String("spread")   ? runSpreadScenario(server, options)
                              : name == QLatin1String("fanout")   ? runFanoutScenario(server, options)
                              : name == QLatin1String("failover") ? runFailoverScenario(server, options)
                              : name == QLatin1String("door")     ? runDoorScenario(server, options)
                              : name == QLatin1String("terminals") ? runTerminalsScenario(server, options)
                                                                  : runListScenario(server, options);
        report.json.insert(QStringLiteral("scenario"), report.name);
        if (!report.json.contains(QStringLiteral("fsync"))) // the failover scenario runs servers of its own
            report.json.insert(QStringLiteral("fsync"), fsync);
        report.json.insert(QStringLiteral("load_average"), loadAverage());
        if (!report.error.isEmpty())
            report.json.insert(QStringLiteral("error"), report.error);
        if (!report.problems.isEmpty())
            report.json.insert(QStringLiteral("problems"), QJsonArray::fromStringList(report.problems));
        printReport(report);
        reports.append(report);
    }
    server.stop();

    out() << "\n";
    bool failed = false;
    for (const ScenarioReport &report : std::as_const(reports)) {
        out() << QString::fromUtf8(QJsonDocument(report.json).toJson(QJsonDocument::Compact)) << "\n";
        failed = failed || !report.error.isEmpty() || !report.violations.isEmpty();
    }
    out() << "\nwhole run: " << QString::number(millisecondsBetween(began, Clock::now()) / 1000, 'f', 1) << " s; "
          << (failed ? "FAILED: an invariant broke or a scenario could not run" : "invariants held") << "\n";
    out().flush();
    return failed ? 1 : 0;
}

#include "commands.h"

#include "booking/bookingrepository.h"
#include "database/connection.h"
#include "session/connectionprofile.h"
#include "database/migrator.h"
#include "demo/demodata.h"
#include "printing/escposprinter.h"
#include "printing/escposrenderer.h"
#include "printing/linerasteriser.h"
#include "printing/saleprintout.h"
#include "server/housekeeping.h"
#include "shell/language.h"
#include "seating/seatingplanreader.h"
#include "seating/seatingplanrepository.h"
#include "seating/seatingplanwriter.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>
#include <QThread>

namespace Marquee {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &what, const Error &error)
{
    err() << "marquee: " << what << ": " << error.message();
    if (!error.detail().isEmpty())
        err() << " (" << error.detail().simplified() << ")"; // on the same line: one sentence, one line
    err() << Qt::endl;
    return 1;
}

Result<QSqlDatabase> connect(const CommandLine &line, const QString &name, bool setupWork = true)
{
    auto profile = line.hasConnInfo ? ConnectionProfile::fromConnInfo(line.connInfo)
                                    : Result<ConnectionProfile>(ConnectionProfile::fromEnvironment());
    if (!profile)
        return profile.error();
    ConnectionProfile p = profile.value();
    if (setupWork) {
        p.statementTimeoutMs = 0; // migrations and demo data may take longer than a sale
        p.lockTimeoutMs = 0;
    } else {
        p.applicationName = QStringLiteral("marquee-cli");
    }
    return Connection::open(p, name);
}

int migrate(QSqlDatabase db)
{
    Migrator migrator(db);
    auto report = migrator.migrate();
    if (!report)
        return fail(QStringLiteral("migration failed"), report.error());
    if (report->applied.isEmpty()) {
        out() << "Schema is up to date at version " << report->schemaVersion << "; nothing to do." << Qt::endl;
    } else {
        for (const QString &name : report->applied)
            out() << "Applied " << name << Qt::endl;
        out() << "Schema is now at version " << report->schemaVersion << " (" << report->applied.size()
              << " applied, " << report->alreadyApplied << " already there)." << Qt::endl;
    }
    for (const QString &warning : report->warnings)
        err() << "marquee: warning: " << warning << "." << Qt::endl;
    return 0;
}

// The passwords go to a file only its user can read: created with mode 0600, never widened.
bool writeLoginsFile(const QString &path, const QList<DemoLogin> &logins)
{
    QFile file(path);
    file.remove();
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Text,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    QTextStream stream(&file);
    stream << "# Demo logins made by marquee demo-data: login password\n";
    for (const DemoLogin &login : logins)
        stream << login.login << ' ' << login.password << '\n';
    stream.flush();
    return file.error() == QFileDevice::NoError;
}

// The booking as the login may read it; the connection is closed again before the printer is contacted, so a slow
// printer never holds one of the login's few connections.
Result<Booking> readBooking(const CommandLine &line)
{
    const QString name = QStringLiteral("marquee-print");
    Result<Booking> found = Error(ErrorCode::Internal);
    {
        auto db = connect(line, name, false);
        if (!db)
            return db.error();
        found = BookingRepository(db.value()).byReference(line.reference);
    }
    Connection::close(name);
    return found;
}

} // namespace

int runMigrate(const CommandLine &line)
{
    auto db = connect(line, QStringLiteral("marquee-cli"));
    if (!db)
        return fail(QStringLiteral("cannot connect"), db.error());
    return migrate(db.value());
}

int runDemoData(const CommandLine &line)
{
    auto db = connect(line, QStringLiteral("marquee-cli"));
    if (!db)
        return fail(QStringLiteral("cannot connect"), db.error());
    if (const int status = migrate(db.value()); status != 0)
        return status;
    DemoData demo(db.value());
    auto report = demo.load();
    if (!report)
        return fail(QStringLiteral("loading demo data failed"), report.error());
    if (report->alreadyLoaded) {
        out() << "Demo data is already loaded; nothing added." << Qt::endl;
    } else {
        out() << "Loaded " << report->eventsCreated << " events and " << report->bookingsMade << " bookings";
        if (report->loginsCreated > 0)
            out() << "; created " << report->loginsCreated << " demo logins with random passwords";
        out() << "." << Qt::endl;
        for (const DemoLogin &login : report->logins)
            out() << "  " << login.login << "  password " << login.password << Qt::endl;
        if (!report->logins.isEmpty() && !line.loginsFile.isEmpty()) {
            if (!writeLoginsFile(line.loginsFile, report->logins)) {
                err() << "marquee: cannot write the demo logins to " << line.loginsFile << "." << Qt::endl;
                return 1;
            }
            out() << "The demo logins and their passwords are also in " << line.loginsFile
                  << " (readable only by you)." << Qt::endl;
        }
    }
    return 0;
}

int runGuard(const CommandLine &line)
{
    auto profile = line.hasConnInfo ? ConnectionProfile::fromConnInfo(line.connInfo)
                                    : Result<ConnectionProfile>(ConnectionProfile::fromEnvironment());
    if (!profile)
        return fail(QStringLiteral("cannot connect"), profile.error());
    ConnectionProfile p = profile.value();
    p.applicationName = QStringLiteral("marquee-guard");
    p.statementTimeoutMs = 10000;
    const QString name = QStringLiteral("marquee-guard");
    QStringList reportedRights;
    bool wasConnected = false;
    int backoffMs = 500;
    for (;;) {
        {
            QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false) : QSqlDatabase();
            if (!db.isOpen()) {
                auto opened = Connection::open(p, name);
                if (!opened) {
                    if (line.once)
                        return fail(QStringLiteral("cannot connect"), opened.error());
                    err() << "marquee guard: " << opened.error().message() << " Trying again." << Qt::endl;
                    QThread::msleep(unsigned(backoffMs));
                    backoffMs = qMin(backoffMs * 2, 30000);
                    continue;
                }
                db = opened.value();
                backoffMs = 500;
                if (!wasConnected)
                    out() << "marquee guard: watching " << p.displayName() << " every " << line.intervalMs << " ms."
                          << Qt::endl;
                wasConnected = true;
            }
            auto done = Housekeeping(db).run();
            if (!done) {
                if (line.once)
                    return fail(QStringLiteral("housekeeping failed"), done.error());
                err() << "marquee guard: " << done.error().message() << Qt::endl;
            } else {
                for (const HousekeepingAction &action : done.value()) {
                    if (action.isMissingRight()) {
                        if (!reportedRights.contains(action.rule)) {
                            reportedRights << action.rule;
                            err() << "marquee guard: warning: the schema owner "
                                  << (action.rule == QLatin1String("cannot_read_activity")
                                          ? "cannot see other sessions' state (GRANT pg_read_all_stats TO the owner)"
                                          : "cannot end other sessions (GRANT pg_signal_backend TO the owner)")
                                  << "; stuck sessions are not all ended." << Qt::endl;
                        }
                        continue;
                    }
                    if (action.rule == QLatin1String("failed")) {
                        err() << "marquee guard: housekeeping could not run this round." << Qt::endl;
                        continue;
                    }
                    out() << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ' '
                          << (action.ended ? "ended" : "could not end") << " session " << action.pid
                          << (action.login.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(action.login))
                          << ": " << action.rule << Qt::endl;
                }
            }
        }
        if (line.once)
            break;
        QThread::msleep(unsigned(line.intervalMs));
    }
    Connection::close(name);
    return 0;
}

int runPrintBooking(const CommandLine &line)
{
    // The printout speaks the language asked for (English by default, as this command's messages do).
    LanguageSwitcher language;
    if (!line.language.isEmpty())
        language.setLanguage(line.language);

    const QString what = QStringLiteral("cannot print booking %1").arg(line.reference);
    auto booking = readBooking(line);
    if (!booking)
        return fail(what, booking.error());
    // A cancelled booking's tickets would look valid on paper: nothing is printed.
    if (booking->isVoid())
        return fail(what, Error(ErrorCode::BookingNotFound, QStringLiteral("the booking is cancelled or expired")));
    // Nor are an unpaid reservation's: they open no door until the box office takes the money.
    if (booking->isReservation())
        return fail(what, Error(ErrorCode::ReservationUnpaid, QStringLiteral("the reservation is not paid yet")));

    // A reprint: marked as such on every ticket and the receipt, and it opens no drawer.
    const Receipt receipt = Receipt::forBooking(booking.value(), true);
    const QList<TicketSlip> tickets = TicketSlip::forBooking(booking.value(), true);
    const LineRasteriser rasteriser;
    const QByteArray job =
        EscPosRenderer(rasteriser, PaperRoll::eighty()).render(SalePrintout::compose(receipt, tickets));

    const PrinterAddress address = PrinterAddress::parse(line.printer).value();
    EscPosPrinter printer(address);
    // The printer's own timers always answer (at most a few minutes for a job it keeps taking); this is a backstop.
    const Result<void> printed = printer.print(job).wait(30 * 60 * 1000);
    if (!printed)
        return fail(what, printed.error());
    out() << "Printed " << tickets.size() << (tickets.size() == 1 ? " ticket" : " tickets")
          << " and the receipt of booking " << booking->reference << " on " << address.toString() << "." << Qt::endl;
    return 0;
}

// A plan is read and checked whole before anything is sent: a bad file gives its one sentence and stores nothing.
// The plan is stored in one call (marquee.create_seating_plan, admins only), so a failure stores nothing either.
int runImportSeatingPlan(const CommandLine &line)
{
    QFile file(line.file);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "marquee: cannot read " << line.file << ": " << file.errorString() << "." << Qt::endl;
        return 1;
    }
    // pretix's plans are at most a few MB; a much larger file is not a seating plan.
    constexpr qint64 largest = 64 * 1024 * 1024;
    if (file.size() > largest) {
        err() << "marquee: " << line.file << " is larger than 64 MB; it is not a seating plan." << Qt::endl;
        return 1;
    }
    SeatingPlanReading reading = SeatingPlanReader::read(file.readAll());
    if (!reading) {
        err() << "marquee: " << line.file << ": " << reading.problem().message() << Qt::endl;
        return 1;
    }
    SeatingPlan plan = reading.takePlan();
    if (line.hasPlanName)
        plan.name = line.planName;
    plan.name = plan.name.trimmed();
    if (plan.name.isEmpty()) {
        err() << "marquee: " << line.file << ": the plan has no name; give it one with --name NAME." << Qt::endl;
        return 1;
    }
    if (plan.name.size() > SeatingPlanReader::maximumNameLength) {
        err() << "marquee: a seating plan's name can have at most " << SeatingPlanReader::maximumNameLength
              << " characters." << Qt::endl;
        return 1;
    }

    auto db = connect(line, QStringLiteral("marquee-cli"));
    if (!db)
        return fail(QStringLiteral("cannot connect"), db.error());
    auto created = SeatingPlanRepository(db.value()).create(plan);
    if (!created)
        return fail(QStringLiteral("the seating plan was not stored"), created.error());
    out() << "Imported seating plan " << created.value() << " \"" << plan.name << "\": " << plan.seatCount()
          << " seats." << Qt::endl;
    return 0;
}

int runExportSeatingPlan(const CommandLine &line)
{
    auto db = connect(line, QStringLiteral("marquee-cli"));
    if (!db)
        return fail(QStringLiteral("cannot connect"), db.error());
    auto plan = SeatingPlanRepository(db.value()).load(line.planId);
    if (!plan) {
        if (plan.error().code() == ErrorCode::NotFound) {
            err() << "marquee: there is no seating plan " << line.planId << "." << Qt::endl;
            return 1;
        }
        return fail(QStringLiteral("cannot read the seating plan"), plan.error());
    }
    const QByteArray json = SeatingPlanWriter::toBytes(plan.value());
    if (line.file.isEmpty()) {
        QFile output;
        if (!output.open(stdout, QIODevice::WriteOnly) || output.write(json) != json.size()) {
            err() << "marquee: cannot write the seating plan to standard output." << Qt::endl;
            return 1;
        }
        return 0;
    }
    // All or nothing: a half-written plan never replaces a file.
    QSaveFile output(line.file);
    if (!output.open(QIODevice::WriteOnly) || output.write(json) != json.size() || !output.commit()) {
        err() << "marquee: cannot write " << line.file << ": " << output.errorString() << "." << Qt::endl;
        return 1;
    }
    out() << "Wrote seating plan " << line.planId << " (" << plan->seatCount() << " seats) to " << line.file << "."
          << Qt::endl;
    return 0;
}

} // namespace Marquee

#include "commands.h"

#include "database/connection.h"
#include "database/connectionprofile.h"
#include "database/migrator.h"
#include "demo/demodata.h"

#include <QTextStream>

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
        err() << " (" << error.detail().trimmed() << ")";
    err() << Qt::endl;
    return 1;
}

Result<QSqlDatabase> connect(const CommandLine &line, const QString &name)
{
    auto profile = line.hasConnInfo ? ConnectionProfile::fromConnInfo(line.connInfo)
                                    : Result<ConnectionProfile>(ConnectionProfile::fromEnvironment());
    if (!profile)
        return profile.error();
    ConnectionProfile p = profile.value();
    p.statementTimeoutMs = 0; // migrations and demo data may take longer than a sale
    p.lockTimeoutMs = 0;
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
    return 0;
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
            out() << "; created " << report->loginsCreated << " demo logins (password \"" << DemoData::DemoPassword << "\")";
        out() << "." << Qt::endl;
    }
    return 0;
}

} // namespace Marquee

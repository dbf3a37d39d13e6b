#include "commandline.h"

#include "printing/printeraddress.h"
#include "validation/validation.h"

#include <QCoreApplication>

namespace Marquee {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine line;
    bool commandSeen = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--db") || argument.startsWith(QLatin1String("--db="))) {
            if (argument.startsWith(QLatin1String("--db="))) {
                line.connInfo = argument.mid(5);
            } else if (i + 1 < arguments.size()) {
                line.connInfo = arguments.at(++i);
            } else {
                line.error = QStringLiteral("--db needs a connection string, e.g. --db \"host=/run/postgresql dbname=marquee\".");
                return line;
            }
            line.hasConnInfo = true;
        } else if (argument == QLatin1String("--kiosk")) {
            line.kiosk = true;
        } else if (argument == QLatin1String("--door")) {
            line.door = true;
        } else if (argument == QLatin1String("--entrance")) {
            if (i + 1 >= arguments.size()) {
                line.error = QStringLiteral("--entrance needs the entrance's name, e.g. --entrance \"North gate\".");
                return line;
            }
            line.entrance = arguments.at(++i).trimmed();
            if (line.entrance.isEmpty() || line.entrance.size() > 60 || Validation::hasHiddenCharacters(line.entrance, false)) {
                line.error = QStringLiteral("--entrance takes a name of 1 to 60 characters without control or hidden characters.");
                return line;
            }
        } else if (argument == QLatin1String("--lang") && i + 1 < arguments.size()) {
            line.language = arguments.at(++i);
        } else if (argument == QLatin1String("--view") && i + 1 < arguments.size()) {
            line.view = arguments.at(++i);
        } else if (argument == QLatin1String("--logins-file") && i + 1 < arguments.size()) {
            line.loginsFile = arguments.at(++i);
        } else if (argument == QLatin1String("--interval-ms") && i + 1 < arguments.size()) {
            bool ok = false;
            line.intervalMs = arguments.at(++i).toInt(&ok);
            if (!ok || line.intervalMs < 100 || line.intervalMs > 600000) {
                line.error = QStringLiteral("--interval-ms takes a number of milliseconds from 100 to 600000.");
                return line;
            }
        } else if (argument == QLatin1String("--reference") && i + 1 < arguments.size()) {
            line.reference = arguments.at(++i);
        } else if (argument == QLatin1String("--printer") && i + 1 < arguments.size()) {
            line.printer = arguments.at(++i);
        } else if (argument == QLatin1String("--once")) {
            line.once = true;
        } else if (argument == QLatin1String("--name")) {
            if (i + 1 >= arguments.size()) {
                line.error = QStringLiteral("--name needs the seating plan's name.");
                return line;
            }
            line.planName = arguments.at(++i);
            line.hasPlanName = true;
        } else if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            line.command = Command::Version;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            line.command = Command::Help;
        } else if (!argument.startsWith(QLatin1Char('-')) && !commandSeen) {
            commandSeen = true;
            if (argument == QLatin1String("migrate"))
                line.command = Command::Migrate;
            else if (argument == QLatin1String("demo-data"))
                line.command = Command::DemoData;
            else if (argument == QLatin1String("guard"))
                line.command = Command::Guard;
            else if (argument == QLatin1String("print-booking"))
                line.command = Command::PrintBooking;
            else if (argument == QLatin1String("import-seating-plan"))
                line.command = Command::ImportSeatingPlan;
            else if (argument == QLatin1String("export-seating-plan"))
                line.command = Command::ExportSeatingPlan;
            else if (argument == QLatin1String("gui"))
                line.command = Command::Gui;
            else {
                line.error = QStringLiteral("Unknown command \"%1\"; run marquee --help for the commands.").arg(argument);
                return line;
            }
        } else if (!argument.startsWith(QLatin1Char('-')) && line.command == Command::ImportSeatingPlan
                   && line.file.isEmpty()) {
            line.file = argument;
        } else if (!argument.startsWith(QLatin1Char('-')) && line.command == Command::ExportSeatingPlan
                   && line.planId == 0) {
            bool ok = false;
            line.planId = argument.toLongLong(&ok);
            if (!ok || line.planId <= 0) {
                line.error = QStringLiteral("export-seating-plan takes the plan's id (a positive number), not \"%1\".")
                                 .arg(argument);
                return line;
            }
        } else if (!argument.startsWith(QLatin1Char('-')) && line.command == Command::ExportSeatingPlan
                   && line.file.isEmpty()) {
            line.file = argument;
        } else if (argument.startsWith(QLatin1String("-platform")) || argument.startsWith(QLatin1String("-style"))
                   || argument.startsWith(QLatin1String("-qwindow"))) {
            // Qt's own GUI options: QApplication takes them.
            if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1Char('-')))
                ++i;
        } else {
            line.error = QStringLiteral("Unknown option \"%1\"; run marquee --help for the options.").arg(argument);
            return line;
        }
    }
    if (line.command == Command::ImportSeatingPlan && line.file.isEmpty())
        line.error = QStringLiteral("import-seating-plan needs the plan's file: marquee import-seating-plan --db CONNINFO FILE.");
    if (line.command == Command::ExportSeatingPlan && line.planId == 0)
        line.error = QStringLiteral("export-seating-plan needs the plan's id: marquee export-seating-plan --db CONNINFO ID [FILE].");
    if (line.hasPlanName && line.command != Command::ImportSeatingPlan)
        line.error = QStringLiteral("--name is for import-seating-plan only.");
    if (line.language.size() && line.language != QLatin1String("en") && line.language != QLatin1String("th"))
        line.error = QStringLiteral("--lang takes en or th.");
    if (line.view.size() && line.view != QLatin1String("kiosk") && line.view != QLatin1String("boxoffice")
        && line.view != QLatin1String("admin") && line.view != QLatin1String("door"))
        line.error = QStringLiteral("--view takes kiosk, boxoffice, admin or door.");
    if (line.door && line.kiosk)
        line.error = QStringLiteral("--door and --kiosk are two different terminals: give one of them.");
    if (!line.entrance.isEmpty() && !line.door && line.view != QLatin1String("door"))
        line.error = QStringLiteral("--entrance is for the door: marquee --door --entrance NAME.");
    if (line.command == Command::PrintBooking && line.error.isEmpty()) {
        if (line.reference.isEmpty()) {
            line.error = QStringLiteral("print-booking needs --reference REF, the booking's reference, e.g. K7QM2XPA.");
        } else if (!Validation::isWellFormedBookingReference(Validation::normalizeBookingReference(line.reference))) {
            line.error =
                QStringLiteral("--reference takes a booking reference of 8 letters and digits, e.g. K7QM2XPA.");
        } else if (line.printer.isEmpty()) {
            line.error =
                QStringLiteral("print-booking needs --printer escpos://HOST[:PORT], the receipt printer's address.");
        } else if (auto address = PrinterAddress::parse(line.printer); !address) {
            line.error = address.error().message();
        } else {
            line.reference = Validation::normalizeBookingReference(line.reference);
            line.printer = address->toString();
        }
    }
    return line;
}

QString CommandLine::usage()
{
    return QStringLiteral(
        "Usage: marquee [COMMAND] [--db CONNINFO] [--kiosk | --door [--entrance NAME]]\n"
        "               [--view kiosk|boxoffice|admin|door] [--lang en|th]\n"
        "\n"
        "Commands:\n"
        "  (none)      open the desktop application (a sign-in dialog unless --db is given)\n"
        "  migrate     bring the database schema up to date and say what was applied\n"
        "  demo-data   migrate, then load a sample season of events, customers and bookings (safe to run twice);\n"
        "              prints the demo logins' random passwords, and with --logins-file FILE also writes them there\n"
        "              (readable only by you)\n"
        "  guard       end stuck terminal sessions (marquee.housekeeping) every --interval-ms (default 2000) until\n"
        "              stopped, or once with --once; run it on the server as the schema owner\n"
        "  print-booking  print a booking's tickets and its receipt again on a receipt printer, marked as a reprint\n"
        "              (it opens no cash drawer): --reference REF --printer escpos://HOST[:PORT]; as a box-office\n"
        "              or admin login; --lang th prints it in Thai\n"
        "  import-seating-plan [--name NAME] FILE\n"
        "              store a seating plan in pretix's format (JSON) and print its id and number of seats; a file\n"
        "              that does not follow the format is refused with one sentence saying what is wrong\n"
        "  export-seating-plan ID [FILE]\n"
        "              write stored seating plan ID in pretix's format to FILE (default: standard output)\n"
        "\n"
        "Options:\n"
        "  --db CONNINFO   a libpq connection string, e.g. \"host=/run/postgresql port=5432 dbname=marquee user=alice\";\n"
        "                  PGHOST, PGPORT, PGDATABASE, PGUSER and PGPASSWORD fill in what it leaves out\n"
        "  --kiosk         open the customer kiosk, full screen\n"
        "  --door          open the door's scan page, full screen (door, box-office and admin logins)\n"
        "  --entrance NAME the entrance this door scans for, e.g. \"North gate\" (recorded with every check-in)\n"
        "  --view VIEW     the view to open first (kiosk, boxoffice, admin or door), if the login's group allows it\n"
        "  --lang en|th    the language to start in (default: the last one chosen on this computer); for\n"
        "                  print-booking, the printout's language (default English)\n"
        "  --reference REF the booking to print (print-booking), e.g. K7QM2XPA\n"
        "  --printer ADDR  the receipt printer (print-booking): escpos://HOST[:PORT], port 9100 by default\n"
        "  --name NAME     import-seating-plan: the plan's name in Marquee (default: the file's \"name\")\n"
        "  --version       print the version and exit\n");
}

} // namespace Marquee

#pragma once

#include <QString>
#include <QStringList>

namespace Marquee {

// What the person asked for on the command line, before any Qt application object exists
// (the commands that need no display must not create a QApplication).
struct CommandLine
{
    enum class Command { Gui, Migrate, DemoData, Guard, PrintBooking, ImportSeatingPlan, ExportSeatingPlan, Version, Help };

    Command command = Command::Gui;
    QString connInfo;       // --db, empty when not given
    bool hasConnInfo = false;
    bool kiosk = false;     // --kiosk
    bool door = false;      // --door: the door's scan page, full screen
    QString entrance;       // --entrance NAME: the entrance it scans for (1 to 60 characters, nothing hidden)
    QString language;       // --lang en|th
    QString view;           // --view kiosk|boxoffice|admin|door: the first view, if the login may open it
    QString loginsFile;     // demo-data --logins-file FILE: where the demo logins' passwords go (mode 0600)
    int intervalMs = 2000;  // guard --interval-ms N: how often it runs housekeeping
    bool once = false;      // guard --once: one round, then exit
    QString reference;      // print-booking --reference REF: the booking to print (normalised, well-formed)
    QString printer;        // print-booking --printer escpos://HOST[:PORT] (checked)
    QString planName;       // import-seating-plan --name NAME: the plan's name, instead of the file's
    bool hasPlanName = false;
    QString file;           // import-seating-plan FILE, export-seating-plan ID [FILE]
    qint64 planId = 0;      // export-seating-plan ID
    QString error;          // a bad argument: one sentence for stderr

    static CommandLine parse(const QStringList &arguments);
    static QString usage();
};

} // namespace Marquee

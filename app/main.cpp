#include "commandline.h"
#include "version.h"
#include "commands.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const Marquee::CommandLine line = Marquee::CommandLine::parse(arguments);

    QCoreApplication::setOrganizationName(QStringLiteral("Marquee"));
    QCoreApplication::setApplicationName(QStringLiteral("Marquee"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARQUEE_VERSION));

    if (!line.error.isEmpty()) {
        QTextStream(stderr) << "marquee: " << line.error << Qt::endl;
        return 2;
    }
    switch (line.command) {
    case Marquee::CommandLine::Command::Version:
        QTextStream(stdout) << "marquee " << MARQUEE_VERSION << Qt::endl;
        return 0;
    case Marquee::CommandLine::Command::Help:
        QTextStream(stdout) << Marquee::CommandLine::usage();
        return 0;
    case Marquee::CommandLine::Command::Migrate: {
        QCoreApplication app(argc, argv);
        return Marquee::runMigrate(line);
    }
    case Marquee::CommandLine::Command::DemoData: {
        QCoreApplication app(argc, argv);
        return Marquee::runDemoData(line);
    }
    case Marquee::CommandLine::Command::Guard: {
        QCoreApplication app(argc, argv);
        return Marquee::runGuard(line);
    }
    case Marquee::CommandLine::Command::PrintBooking: {
        // Lines beyond ASCII are drawn with the system's fonts, which needs Qt Gui but never a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt Gui's own remarks (no XDG_RUNTIME_DIR under cron or ssh, font fallbacks) are not for the person
        // running this: what went wrong is the command's one sentence. Critical and fatal messages still show.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                QTextStream(stderr) << "marquee: " << message << Qt::endl;
        });
        QGuiApplication app(argc, argv);
        return Marquee::runPrintBooking(line);
    }
    case Marquee::CommandLine::Command::ImportSeatingPlan: {
        QCoreApplication app(argc, argv);
        return Marquee::runImportSeatingPlan(line);
    }
    case Marquee::CommandLine::Command::ExportSeatingPlan: {
        QCoreApplication app(argc, argv);
        return Marquee::runExportSeatingPlan(line);
    }
    case Marquee::CommandLine::Command::Gui:
        break;
    }

    QApplication app(argc, argv);
    return Marquee::runGui(line);
}

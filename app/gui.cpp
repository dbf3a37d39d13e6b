#include "commands.h"

#include "service/detachedthreads.h"
#include "shell/shell.h"

#include <QApplication>
#include <QIcon>

namespace Marquee {

int runGui(const CommandLine &line)
{
    // Window managers (and Wayland) match the window to the installed desktop entry and its icon.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/marquee.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.marquee.Marquee"));

    ShellOptions options;
    options.hasConnInfo = line.hasConnInfo;
    options.connInfo = line.connInfo;
    options.kiosk = line.kiosk;
    options.door = line.door;
    options.entrance = line.entrance;
    options.language = line.language;
    options.view = viewKindFromName(line.view);

    Shell shell(options);
    QObject::connect(&shell, &Shell::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    shell.start();
    const int status = QApplication::exec();
    // The windows are gone; a worker still in a network call gets a moment to end before the process does.
    DetachedThreads::waitAll(2000);
    return status;
}

} // namespace Marquee

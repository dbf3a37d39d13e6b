#include "commands.h"

#include <QApplication>
#include <QLabel>

namespace Marquee {

// Placeholder until the shell lands: a window that says what it is.
int runGui(const CommandLine &)
{
    QLabel label(QStringLiteral("Marquee"));
    label.show();
    return QApplication::exec();
}

} // namespace Marquee

#pragma once

#include "commandline.h"

namespace Marquee {

// The commands that run without a display. Each returns the process exit code and writes one clear
// sentence to stderr when it fails.
int runMigrate(const CommandLine &line);
int runDemoData(const CommandLine &line);
int runGuard(const CommandLine &line);
// Needs a QGuiApplication (fonts draw the lines beyond ASCII); main() makes an offscreen one, no display needed.
int runPrintBooking(const CommandLine &line);
int runImportSeatingPlan(const CommandLine &line);
int runExportSeatingPlan(const CommandLine &line);

// The desktop application (needs a QApplication).
int runGui(const CommandLine &line);

} // namespace Marquee

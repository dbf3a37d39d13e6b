#include "mainwindow.h"

#include <QLabel>

namespace Marquee {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Marquee"));
    setCentralWidget(new QLabel(tr("Marquee"), this));
}

} // namespace Marquee

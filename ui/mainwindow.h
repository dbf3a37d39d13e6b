#pragma once

#include <QMainWindow>

namespace Marquee {

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Marquee

#pragma once

#include <QSpinBox>

namespace Marquee {

// The number of tickets: a spin button (so assistive technology hears "Number of tickets, spin button, 2" and can
// raise or lower it) that only steps. Up, Down, +, - and the buttons beside it move it within what may be booked;
// typed digits are refused rather than silently corrected ("12" never becomes 1), so the value is always one the
// customer saw.
class KioskQuantityBox final : public QSpinBox
{
    Q_OBJECT

public:
    explicit KioskQuantityBox(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Marquee

#include "kioskquantitybox.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace Marquee {

KioskQuantityBox::KioskQuantityBox(QWidget *parent)
    : QSpinBox(parent)
{
    setButtonSymbols(QAbstractSpinBox::NoButtons); // the finger-sized stepper buttons stand beside it
    setAlignment(Qt::AlignCenter);
    setFocusPolicy(Qt::TabFocus);
    setKeyboardTracking(false);
    setAccelerated(false);
    lineEdit()->setReadOnly(true);
    lineEdit()->setFocusPolicy(Qt::NoFocus);
}

void KioskQuantityBox::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Plus:
        stepBy(1);
        event->accept();
        return;
    case Qt::Key_Down:
    case Qt::Key_Minus:
        stepBy(-1);
        event->accept();
        return;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Escape:
        event->ignore(); // Enter goes on to the page (Next); Tab and Escape are the page's too
        return;
    default:
        event->accept(); // typed digits and letters change nothing
        return;
    }
}

} // namespace Marquee

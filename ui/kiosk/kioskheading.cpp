#include "kioskheading.h"

namespace Marquee {

KioskHeading::KioskHeading(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
}

} // namespace Marquee

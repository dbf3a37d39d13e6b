#pragma once

class QAccessibleInterface;
class QObject;
class QString;

namespace Marquee {

// What the kiosk tells assistive technology (AT-SPI on Linux, hence Orca) beyond what Qt's widgets say
// themselves: headings as headings, a message for the customer as an alert, and the event list as one item per
// event whose name says title, venue, date, price and seats left (Qt's own list would expose every column of
// the terminal's events model as a cell, and only the date as a name). Installed once by every KioskView.
class KioskAccessibility final
{
public:
    KioskAccessibility() = delete;

    static void install();

private:
    static QAccessibleInterface *factory(const QString &className, QObject *object);
};

} // namespace Marquee

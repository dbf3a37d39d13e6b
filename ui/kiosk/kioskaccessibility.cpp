#include "kioskaccessibility.h"

#include "kioskeventlist.h"
#include "kioskeventlistaccessible.h"
#include "kioskheading.h"
#include "kioskheadingaccessible.h"
#include "kioskmessagelabel.h"
#include "kioskmessageaccessible.h"

#include <QAccessible>

namespace Marquee {

void KioskAccessibility::install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(&KioskAccessibility::factory);
}

QAccessibleInterface *KioskAccessibility::factory(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    if (className == QLatin1String("Marquee::KioskHeading"))
        return new KioskHeadingAccessible(static_cast<KioskHeading *>(object));
    if (className == QLatin1String("Marquee::KioskMessageLabel"))
        return new KioskMessageAccessible(static_cast<KioskMessageLabel *>(object));
    if (className == QLatin1String("Marquee::KioskEventList"))
        return new KioskEventListAccessible(static_cast<KioskEventList *>(object));
    return nullptr;
}

} // namespace Marquee

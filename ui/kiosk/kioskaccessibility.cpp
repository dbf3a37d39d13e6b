#include "kioskaccessibility.h"

#include "kioskeventlist.h"
#include "kioskeventlistaccessible.h"
#include "kioskheading.h"
#include "kioskmessagelabel.h"
#include "kioskmessageaccessible.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace Marquee {

namespace {

// A heading: its text as its name, the heading role.
class HeadingAccessible final : public QAccessibleWidget
{
public:
    explicit HeadingAccessible(QLabel *label)
        : QAccessibleWidget(label, QAccessible::Heading)
    {
    }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name) {
            const QString name = widget()->accessibleName();
            return name.isEmpty() ? static_cast<QLabel *>(widget())->text() : name;
        }
        return QAccessibleWidget::text(t);
    }
};

} // namespace

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
        return new HeadingAccessible(static_cast<KioskHeading *>(object));
    if (className == QLatin1String("Marquee::KioskMessageLabel"))
        return new KioskMessageAccessible(static_cast<KioskMessageLabel *>(object));
    if (className == QLatin1String("Marquee::KioskEventList"))
        return new KioskEventListAccessible(static_cast<KioskEventList *>(object));
    return nullptr;
}

} // namespace Marquee

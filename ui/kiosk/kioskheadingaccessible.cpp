#include "kioskheadingaccessible.h"

#include <QLabel>

namespace Marquee {

KioskHeadingAccessible::KioskHeadingAccessible(QLabel *label)
    : QAccessibleWidget(label, QAccessible::Heading)
{
}

QString KioskHeadingAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name) {
        const QString name = widget()->accessibleName();
        return name.isEmpty() ? static_cast<QLabel *>(widget())->text() : name;
    }
    return QAccessibleWidget::text(t);
}

} // namespace Marquee

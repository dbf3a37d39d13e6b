#include "kioskmessageaccessible.h"

#include "kioskmessagelabel.h"

namespace Marquee {

KioskMessageAccessible::KioskMessageAccessible(KioskMessageLabel *label)
    : QAccessibleWidget(label, QAccessible::AlertMessage)
{
}

KioskMessageLabel *KioskMessageAccessible::label() const
{
    return static_cast<KioskMessageLabel *>(widget());
}

bool KioskMessageAccessible::isVisibleMessage() const
{
    return label()->hasMessage();
}

QString KioskMessageAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name)
        return label()->text();
    return QAccessibleWidget::text(t);
}

QList<QPair<QAccessibleInterface *, QAccessible::Relation>>
KioskMessageAccessible::relations(QAccessible::Relation match) const
{
    auto found = QAccessibleWidget::relations(match);
    // Qt 6.4 has no "description for" relation: the message says what is wrong with the field, so the field is
    // labelled by it (AT-SPI's "label for"); the field also carries it as its description.
    if (QWidget *field = label()->field(); field && isVisibleMessage() && (match & QAccessible::Labelled)) {
        if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(field))
            found.append({iface, QAccessible::Labelled});
    }
    return found;
}

} // namespace Marquee

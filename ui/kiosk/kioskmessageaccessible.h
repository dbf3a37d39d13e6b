#pragma once

#include <QAccessibleWidget>

namespace Marquee {

class KioskMessageLabel;

// A message for the customer as assistive technology sees it: an alert (role AlertMessage) named by its text, and
// related to the field it is about (the field is described by it, see KioskMessageLabel::setField).
class KioskMessageAccessible final : public QAccessibleWidget
{
public:
    explicit KioskMessageAccessible(KioskMessageLabel *label);

    QString text(QAccessible::Text t) const override;
    QList<QPair<QAccessibleInterface *, QAccessible::Relation>>
    relations(QAccessible::Relation match = QAccessible::AllRelations) const override;

private:
    KioskMessageLabel *label() const;
    bool isVisibleMessage() const;
};

} // namespace Marquee

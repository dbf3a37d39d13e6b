#pragma once

#include <QAccessibleWidget>

class QLabel;

namespace Marquee {

// A page's heading (KioskHeading) as assistive technology sees it: the heading role, named by its text.
class KioskHeadingAccessible final : public QAccessibleWidget
{
public:
    explicit KioskHeadingAccessible(QLabel *label);

    QString text(QAccessible::Text t) const override;
};

} // namespace Marquee

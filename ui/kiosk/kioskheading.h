#pragma once

#include <QLabel>

namespace Marquee {

// A page's heading. Only its class differs from a label: KioskAccessibility exposes it with the heading role, so
// a screen reader can announce it as such and jump between headings.
class KioskHeading final : public QLabel
{
    Q_OBJECT

public:
    explicit KioskHeading(QWidget *parent = nullptr);
};

} // namespace Marquee

#pragma once

namespace Marquee {

// How the customer at the kiosk asked it to look: larger text and high contrast, chosen on the start page and
// forgotten with the customer. KioskStyle makes the stylesheet for it.
struct KioskLook
{
    static constexpr int NormalText = 100;
    static constexpr int LargeText = 150;
    static constexpr int LargestText = 200;

    int textPercent = NormalText;
    bool highContrast = false;

    friend bool operator==(const KioskLook &a, const KioskLook &b)
    {
        return a.textPercent == b.textPercent && a.highContrast == b.highContrast;
    }
    friend bool operator!=(const KioskLook &a, const KioskLook &b) { return !(a == b); }
};

} // namespace Marquee

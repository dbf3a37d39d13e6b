#pragma once

#include "kiosklook.h"

namespace Marquee {

// What the customer at the kiosk turned on at the start page for themselves: speech output, larger text, high
// contrast, more time. The flow holds it and forgets it with the customer; any of it is the kiosk's
// accessibility mode, in which every timeout is doubled.
struct KioskAssistance
{
    static constexpr int TimeFactor = 2;

    bool speech = false;
    bool largerText = false;
    bool highContrast = false;
    bool moreTime = false;

    bool isAccessibilityMode() const { return speech || largerText || highContrast || moreTime; }
    int timeFactor() const { return isAccessibilityMode() ? TimeFactor : 1; }
    KioskLook look() const
    {
        KioskLook look;
        look.textPercent = largerText ? KioskLook::LargeText : KioskLook::NormalText;
        look.highContrast = highContrast;
        return look;
    }

    friend bool operator==(const KioskAssistance &a, const KioskAssistance &b)
    {
        return a.speech == b.speech && a.largerText == b.largerText && a.highContrast == b.highContrast
            && a.moreTime == b.moreTime;
    }
    friend bool operator!=(const KioskAssistance &a, const KioskAssistance &b) { return !(a == b); }
};

} // namespace Marquee

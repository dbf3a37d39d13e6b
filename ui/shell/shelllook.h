#pragma once

#include <QPalette>

namespace Marquee {

// The shell's own colours (the window around every view family): today only the connection banner's.
class ShellLook final
{
public:
    // `base` with the banner's colours: amber while the connection is lost, green once it is back.
    static QPalette bannerPalette(const QPalette &base, bool lost);
};

} // namespace Marquee

#include "shelllook.h"

#include <QColor>

namespace Marquee {

QPalette ShellLook::bannerPalette(const QPalette &base, bool lost)
{
    // Set on the palette, not a style sheet, so the banner follows the platform style.
    QPalette palette = base;
    if (lost) {
        palette.setColor(QPalette::Window, QColor(0xfd, 0xe6, 0xb0));
        palette.setColor(QPalette::WindowText, QColor(0x5c, 0x3b, 0x00));
    } else {
        palette.setColor(QPalette::Window, QColor(0xd4, 0xf0, 0xd4));
        palette.setColor(QPalette::WindowText, QColor(0x14, 0x4d, 0x14));
    }
    return palette;
}

} // namespace Marquee

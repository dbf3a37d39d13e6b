#pragma once

namespace Marquee {

// The width of the receipt printer's paper: how many dots a raster line has and how many characters of the
// printer's normal font (12 x 24 dots, "font A") fit on a line. Thermal receipt printers print 8 dots a
// millimetre (203 dpi).
struct PaperRoll
{
    int millimetres = 80;
    int printableDots = 576;
    int columns = 48;

    static constexpr PaperRoll eighty() { return PaperRoll{80, 576, 48}; }
    static constexpr PaperRoll fiftyEight() { return PaperRoll{58, 384, 32}; }
};

} // namespace Marquee

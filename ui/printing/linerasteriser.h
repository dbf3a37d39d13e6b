#pragma once

#include "printing/textrasteriser.h"

#include <QFont>

class QImage;

namespace Marquee {

// Draws a line of the paper roll with the terminal's own fonts and text shaping (HarfBuzz through Qt), so Thai
// vowels and tone marks sit exactly where the screen puts them, and turns it into printer dots. Lives in ui
// because it needs Qt Gui; core's EscPosRenderer calls it through TextRasteriser. Needs a QGuiApplication
// (the command line's print-booking makes an offscreen one).
class LineRasteriser final : public TextRasteriser
{
public:
    // The application's font unless another is given; its pixel size is set per line (24 dots, the height of
    // the printer's own font, or 48 for double size).
    explicit LineRasteriser(const QFont &font = QFont());

    MonoBitmap rasterise(const PrintDocument::Item &item, int widthDots) const override;

    // A white picture with black text, as drawn before it becomes dots (for tests and the decoder's images).
    QImage render(const PrintDocument::Item &item, int widthDots) const;

    // Dots darker than half grey become black.
    static MonoBitmap toMonoBitmap(const QImage &image);

private:
    QFont m_font;
};

} // namespace Marquee

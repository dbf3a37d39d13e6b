#pragma once

#include "paperroll.h"
#include "printdocument.h"

#include <QByteArray>

namespace Marquee {

class TextRasteriser;

// Turns a PrintDocument into the ESC/POS byte stream for one job.
//
// Thai (and any other text beyond printable ASCII) goes as a raster picture of the rendered line (GS v 0), not
// through a code page. Receipt printers' Thai code pages (Epson's 20, 21, 26; others' 255, 96…) differ from
// model to model, and how each stacks Thai's combining vowels and tone marks over and under a consonant (one
// pass or three, a mark in a cell of its own or none) is inconsistent, so the same bytes print correctly on one
// printer and as misplaced marks or "?" on the next. A picture drawn with the terminal's own fonts and text
// shaping prints exactly what the screen shows, on every ESC/POS printer, at the cost of more bytes (a 576-dot
// line of 34 rows is 2.4 KB, nothing on a network). Plain ASCII lines stay text in the printer's own font:
// sharp, small, and readable back from the stream.
class EscPosRenderer
{
public:
    EscPosRenderer(const TextRasteriser &rasteriser, PaperRoll roll = PaperRoll::eighty());

    // Starts with ESC @ (and GS a 0), then every item in order.
    QByteArray render(const PrintDocument &document) const;

    // True when the printer's font can print `text` as it is: printable ASCII only.
    static bool fitsPrinterFont(const QString &text);

    // Word-wrapped to `columns` characters; a word longer than a line is broken.
    static QStringList wrap(const QString &text, int columns);

private:
    const TextRasteriser &m_rasteriser;
    PaperRoll m_roll;
};

} // namespace Marquee

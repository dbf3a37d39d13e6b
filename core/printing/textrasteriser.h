#pragma once

#include "monobitmap.h"
#include "printdocument.h"

namespace Marquee {

// Draws a line of text as a picture for the printer. Core has no Qt Gui and so no fonts: the one that draws
// (LineRasteriser, ui/printing) is handed to the renderer from outside.
class TextRasteriser
{
public:
    virtual ~TextRasteriser() = default;

    // The item's text (and its right-hand column, flush right) in its style, `widthDots` wide and as tall as it
    // needs: a line too long for the paper is wrapped, never cut off.
    virtual MonoBitmap rasterise(const PrintDocument::Item &item, int widthDots) const = 0;
};

} // namespace Marquee

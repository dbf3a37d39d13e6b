#pragma once

#include <QByteArray>

namespace Marquee {

// A black-and-white picture in the layout ESC/POS raster commands take: rows of whole bytes, the leftmost dot in
// the highest bit, 1 for a black dot. Core has no Qt Gui, so a rendered line crosses from the rasteriser (ui) to
// the encoder (core) in this form rather than as a QImage.
class MonoBitmap
{
public:
    MonoBitmap() = default;
    // A white picture; the width is rounded up to whole bytes.
    MonoBitmap(int widthDots, int heightDots);

    bool isNull() const { return m_height == 0 || m_bytesPerRow == 0; }
    int widthDots() const { return m_bytesPerRow * 8; }
    int heightDots() const { return m_height; }
    int bytesPerRow() const { return m_bytesPerRow; }
    const QByteArray &bits() const { return m_bits; }

    bool isBlack(int x, int y) const;
    void setBlack(int x, int y, bool black = true);

    // The same picture made from raw rows (what a decoder reads back from a printer's byte stream).
    static MonoBitmap fromRows(int bytesPerRow, int heightDots, const QByteArray &bits);

private:
    int m_bytesPerRow = 0;
    int m_height = 0;
    QByteArray m_bits;
};

} // namespace Marquee

#include "linerasteriser.h"

#include <QFontMetrics>
#include <QImage>
#include <QPainter>

namespace Marquee {

namespace {

constexpr int NormalPixels = 22;   // glyphs of the printer's 24-dot line height, with room for Thai's marks
constexpr int DoublePixels = 44;

} // namespace

LineRasteriser::LineRasteriser(const QFont &font)
    : m_font(font)
{
    // Thermal dots are on or off: glyphs drawn for that are crisper than grey edges thresholded afterwards.
    m_font.setStyleStrategy(QFont::StyleStrategy(QFont::NoAntialias | QFont::PreferQuality));
    m_font.setHintingPreference(QFont::PreferFullHinting);
}

QImage LineRasteriser::render(const PrintDocument::Item &item, int widthDots) const
{
    QFont font = m_font;
    font.setPixelSize(item.style.doubleSize ? DoublePixels : NormalPixels);
    font.setBold(item.style.bold);
    const QFontMetrics metrics(font);
    const int width = qMax(8, widthDots);
    const int gap = metrics.horizontalAdvance(QLatin1Char(' ')) * 2;

    int alignment = Qt::AlignLeft;
    if (item.style.alignment == PrintDocument::Alignment::Centre)
        alignment = Qt::AlignHCenter;
    else if (item.style.alignment == PrintDocument::Alignment::Right)
        alignment = Qt::AlignRight;
    const int flags = alignment | Qt::AlignTop | Qt::TextWordWrap;

    // Two columns: the right one takes what it needs; the left one wraps in the rest. When both do not fit side
    // by side, the right one goes under the left one, flush right.
    const int rightWidth = item.rightText.isEmpty() ? 0 : qMin(width, metrics.horizontalAdvance(item.rightText));
    const bool sideBySide = rightWidth > 0
        && metrics.horizontalAdvance(item.text) + gap + rightWidth <= width;
    const int leftWidth = sideBySide ? width - rightWidth - gap : width;
    const QRect leftBounds = item.text.isEmpty()
        ? QRect()
        : metrics.boundingRect(QRect(0, 0, leftWidth, 100000), flags, item.text);
    const int lineHeight = metrics.height();
    const int leftHeight = item.text.isEmpty() ? 0 : qMax(lineHeight, leftBounds.height());
    int height = leftHeight;
    int rightTop = 0;
    if (rightWidth > 0) {
        rightTop = sideBySide ? qMax(0, leftHeight - lineHeight) : leftHeight;
        height = qMax(height, rightTop + lineHeight);
    }
    height = qMax(height, lineHeight) + 2; // a little air between lines, as the printer's own line spacing

    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.setRenderHint(QPainter::TextAntialiasing, false);
    if (!item.text.isEmpty())
        painter.drawText(QRect(0, 1, leftWidth, leftHeight), flags, item.text);
    if (rightWidth > 0)
        painter.drawText(QRect(width - rightWidth, rightTop + 1, rightWidth, lineHeight), Qt::AlignRight | Qt::AlignTop,
                         item.rightText);
    painter.end();
    return image;
}

MonoBitmap LineRasteriser::toMonoBitmap(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    MonoBitmap bitmap(grey.width(), grey.height());
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *row = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            if (row[x] < 128)
                bitmap.setBlack(x, y);
        }
    }
    return bitmap;
}

MonoBitmap LineRasteriser::rasterise(const PrintDocument::Item &item, int widthDots) const
{
    return toMonoBitmap(render(item, widthDots));
}

} // namespace Marquee

#include "escposencoder.h"

#include <QtGlobal>

namespace Marquee {

namespace {

constexpr int Esc = 0x1b;
constexpr int Gs = 0x1d;
constexpr int Lf = 0x0a;

} // namespace

EscPosEncoder &EscPosEncoder::append(std::initializer_list<int> bytes)
{
    for (int byte : bytes)
        m_bytes.append(static_cast<char>(byte & 0xff));
    return *this;
}

EscPosEncoder &EscPosEncoder::initialise()
{
    return append({Esc, '@'});
}

EscPosEncoder &EscPosEncoder::disableAutomaticStatus()
{
    return append({Gs, 'a', 0});
}

EscPosEncoder &EscPosEncoder::alignment(Alignment alignment)
{
    return append({Esc, 'a', int(alignment)});
}

EscPosEncoder &EscPosEncoder::bold(bool on)
{
    return append({Esc, 'E', on ? 1 : 0});
}

EscPosEncoder &EscPosEncoder::characterSize(int widthTimes, int heightTimes)
{
    const int width = qBound(1, widthTimes, 8) - 1;
    const int height = qBound(1, heightTimes, 8) - 1;
    return append({Gs, '!', (width << 4) | height});
}

EscPosEncoder &EscPosEncoder::text(const QByteArray &printableAscii)
{
    for (char c : printableAscii) {
        Q_ASSERT_X(isPrintableAscii(c), "EscPosEncoder::text", "only printable ASCII goes as text");
        if (isPrintableAscii(c))
            m_bytes.append(c);
    }
    return *this;
}

EscPosEncoder &EscPosEncoder::lineFeed(int lines)
{
    if (lines <= 0)
        return *this;
    if (lines == 1)
        return append({Lf});
    return append({Esc, 'd', qMin(lines, 255)});
}

EscPosEncoder &EscPosEncoder::qrCode(const QByteArray &data, int moduleDots, QrErrorLevel level)
{
    // The symbol storage takes at most 7089 bytes (model 2, level L); a ticket code is a few dozen.
    const QByteArray stored = data.left(7089);
    const int length = int(stored.size()) + 3;
    append({Gs, '(', 'k', 4, 0, '1', 'A', '2', 0});                      // Function 165: model 2
    append({Gs, '(', 'k', 3, 0, '1', 'C', qBound(1, moduleDots, 16)});    // Function 167: module size in dots
    append({Gs, '(', 'k', 3, 0, '1', 'E', int(level)});                   // Function 169: error correction level
    append({Gs, '(', 'k', length & 0xff, (length >> 8) & 0xff, '1', 'P', '0'}); // Function 180: store the data
    m_bytes.append(stored);
    return append({Gs, '(', 'k', 3, 0, '1', 'Q', '0'});                   // Function 181: print the symbol
}

EscPosEncoder &EscPosEncoder::raster(const MonoBitmap &bitmap)
{
    if (bitmap.isNull())
        return *this;
    constexpr int BandRows = 255;
    const int bytesPerRow = bitmap.bytesPerRow();
    for (int top = 0; top < bitmap.heightDots(); top += BandRows) {
        const int rows = qMin(BandRows, bitmap.heightDots() - top);
        append({Gs, 'v', '0', 0, bytesPerRow & 0xff, (bytesPerRow >> 8) & 0xff, rows & 0xff, (rows >> 8) & 0xff});
        m_bytes.append(bitmap.bits().mid(qsizetype(top) * bytesPerRow, qsizetype(rows) * bytesPerRow));
    }
    return *this;
}

EscPosEncoder &EscPosEncoder::cut()
{
    return append({Gs, 'V', 65, 3});
}

EscPosEncoder &EscPosEncoder::openDrawer()
{
    return append({Esc, 'p', 0, 25, 250});
}

EscPosEncoder &EscPosEncoder::requestPaperStatus()
{
    return append({Gs, 'r', 1});
}

} // namespace Marquee

#include "monobitmap.h"

namespace Marquee {

MonoBitmap::MonoBitmap(int widthDots, int heightDots)
    : m_bytesPerRow(qMax(0, (widthDots + 7) / 8))
    , m_height(qMax(0, heightDots))
    , m_bits(qsizetype(m_bytesPerRow) * m_height, '\0')
{
}

bool MonoBitmap::isBlack(int x, int y) const
{
    if (x < 0 || y < 0 || x >= widthDots() || y >= m_height)
        return false;
    const auto byte = static_cast<unsigned char>(m_bits.at(qsizetype(y) * m_bytesPerRow + x / 8));
    return byte & (0x80u >> (x % 8));
}

void MonoBitmap::setBlack(int x, int y, bool black)
{
    if (x < 0 || y < 0 || x >= widthDots() || y >= m_height)
        return;
    char &byte = m_bits[qsizetype(y) * m_bytesPerRow + x / 8];
    const auto mask = static_cast<unsigned char>(0x80u >> (x % 8));
    const auto bits = static_cast<unsigned char>(byte);
    byte = static_cast<char>(black ? (bits | mask) : (bits & ~mask));
}

MonoBitmap MonoBitmap::fromRows(int bytesPerRow, int heightDots, const QByteArray &bits)
{
    MonoBitmap bitmap;
    if (bytesPerRow <= 0 || heightDots <= 0 || bits.size() != qsizetype(bytesPerRow) * heightDots)
        return bitmap;
    bitmap.m_bytesPerRow = bytesPerRow;
    bitmap.m_height = heightDots;
    bitmap.m_bits = bits;
    return bitmap;
}

} // namespace Marquee

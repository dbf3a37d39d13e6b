#pragma once

#include <QColor>
#include <QString>

namespace Marquee {

// The seat map's look in one place: the colours of seat states and of the plan's drawing, and the sizes that
// make it usable by mouse at the desk or by finger at a kiosk. Colour is never the only sign of a state: each
// state also has its own mark (see SeatSymbol), so the colours here only need to be distinct and calm.
class SeatMapLook final
{
public:
    enum class Use { Desk, Touch };

    static SeatMapLook desk() { return SeatMapLook(Use::Desk); }
    static SeatMapLook touch() { return SeatMapLook(Use::Touch); }

    Use use() const { return m_use; }

    // A tap or click finds the nearest seat within this many screen pixels of it, however far out the map is
    // zoomed, so a finger does not have to hit a 10-pixel circle.
    int tapRadius() const { return m_use == Use::Touch ? 28 : 10; }
    // Zoom buttons' side, in pixels (a finger needs at least 44).
    int buttonSize() const { return m_use == Use::Touch ? 56 : 28; }
    // How near one may zoom: a seat at most this many pixels across.
    double largestSeatPixels() const { return m_use == Use::Touch ? 160 : 120; }
    // A legend symbol's radius, in pixels.
    int legendRadius() const { return m_use == Use::Touch ? 12 : 8; }

    // The plan.
    static QColor background() { return QColor(0xfa, 0xf9, 0xf7); }
    static QColor areaFill() { return QColor(0xe4, 0xe0, 0xda); }
    static QColor areaBorder() { return QColor(0x8a, 0x83, 0x79); }
    static QColor areaText() { return QColor(0x33, 0x33, 0x33); }
    static QColor rowName() { return QColor(0x55, 0x55, 0x55); }

    // Seats. Free seats are drawn in their category's colour (the plan's, or one of these when it gives none).
    static QColor categoryColour(const QString &planColour, int categoryIndex);
    static QColor seatOutline() { return QColor(0x30, 0x30, 0x30); }
    static QColor heldFill() { return QColor(0xf6, 0xd3, 0x8a); }
    static QColor heldMark() { return QColor(0x8a, 0x5a, 0x00); }
    static QColor soldFill() { return QColor(0xa7, 0xab, 0xb0); }
    static QColor soldMark() { return QColor(0xff, 0xff, 0xff); }
    static QColor blockedFill() { return QColor(0x3c, 0x40, 0x43); }
    static QColor blockedMark() { return QColor(0xff, 0xff, 0xff); }
    static QColor selectedFill() { return QColor(0x1a, 0x56, 0xdb); }
    static QColor selectedRing() { return QColor(0x0b, 0x1f, 0x5c); }
    static QColor selectedMark() { return QColor(0xff, 0xff, 0xff); }
    static QColor unknownOutline() { return QColor(0x9e, 0x9e, 0x9e); }
    // The wheelchair sign on a free space, and a seat number's text: black or white, whichever reads on `fill`.
    static QColor markOn(const QColor &fill);

private:
    explicit SeatMapLook(Use use) : m_use(use) {}

    Use m_use;
};

} // namespace Marquee

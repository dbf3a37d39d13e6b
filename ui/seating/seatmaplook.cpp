#include "seatmaplook.h"

namespace Marquee {

QColor SeatMapLook::categoryColour(const QString &planColour, int categoryIndex)
{
    const QColor fromPlan = QColor::fromString(planColour);
    if (fromPlan.isValid())
        return fromPlan;
    // Distinct for the usual two to six categories, none of them grey (sold) or near-black (blocked).
    static const QColor fallback[] = {QColor(0x2f, 0x6f, 0xb7), QColor(0xb7, 0x62, 0x2f), QColor(0x3f, 0x8f, 0x4f),
                                      QColor(0x7a, 0x4f, 0xa0), QColor(0xa0, 0x84, 0x3a), QColor(0x2f, 0x8f, 0x8f)};
    return fallback[qMax(0, categoryIndex) % int(std::size(fallback))];
}

QColor SeatMapLook::markOn(const QColor &fill)
{
    // Relative luminance (sRGB weights, near enough for choosing between black and white).
    const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.55 ? QColor(0x1a, 0x1a, 0x1a) : QColor(0xff, 0xff, 0xff);
}

} // namespace Marquee

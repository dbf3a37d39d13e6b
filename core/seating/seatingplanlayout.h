#pragma once

#include <QList>
#include <QString>

namespace Marquee {

// What an admin asks for when a venue has no plan of its own: blocks of N rows × M seats, numbered the way the
// venue numbers them. SeatingPlanGenerator turns it into a plan.
struct SeatingPlanLayout
{
    enum class RowNames { Letters, Numbers };        // A, B, … Z, AA, AB … or 1, 2, 3 …
    enum class SeatOrder { LeftToRight, RightToLeft }; // seen from the stage's side of the hall, i.e. on the plan

    struct Block
    {
        QString name;          // the zone ("Stalls")
        QString category;      // its seats' category; the zone's name when empty
        int rows = 10;
        int seatsPerRow = 20;
    };

    QString name;
    QList<Block> blocks;
    RowNames rowNames = RowNames::Letters;
    SeatOrder seatOrder = SeatOrder::LeftToRight;
    int aisleEvery = 0;        // an aisle (one seat's width) after every this many seats; 0: none
    bool stage = true;         // draw the stage above the first block (the plan's top is the stage side)

    // Geometry, in plan pixels.
    int seatSpacing = 30;      // centre to centre within a row
    int rowSpacing = 34;       // centre to centre between rows
    int blockGap = 60;         // between blocks
    int seatRadius = 10;

    static constexpr int maximumBlocks = 20;
    static constexpr int maximumRows = 200;
    static constexpr int maximumSeatsPerRow = 500;
};

} // namespace Marquee

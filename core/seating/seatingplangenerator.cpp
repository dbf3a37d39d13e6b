#include "seatingplangenerator.h"

#include "seatingplanreader.h"

#include <QSet>

namespace Marquee {

namespace {

// Colours for the generated categories, in the file (a venue may change them; the seat map draws what the
// plan says).
const char *const categoryColours[] = {"#2f6fb7", "#b7622f", "#3f8f4f", "#7a4fa0", "#a0843a", "#2f8f8f"};

// A zone_id made of the name's lower-case letters and digits, unique in the plan.
QString zoneIdFor(const QString &name, int index, QSet<QString> &taken)
{
    QString id;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            id += c;
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('_')))
            id += QLatin1Char('_');
    }
    while (id.endsWith(QLatin1Char('_')))
        id.chop(1);
    if (id.isEmpty())
        id = QStringLiteral("zone%1").arg(index + 1);
    QString unique = id;
    for (int n = 2; taken.contains(unique); ++n)
        unique = id + QString::number(n);
    taken.insert(unique);
    return unique;
}

} // namespace

SeatingPlanGenerator::SeatingPlanGenerator(SeatingPlanLayout layout)
    : m_layout(std::move(layout))
{
}

QString SeatingPlanGenerator::letters(int n)
{
    QString name;
    for (int rest = n; rest > 0; rest = (rest - 1) / 26)
        name.prepend(QChar(u'A' + (rest - 1) % 26));
    return name;
}

QString SeatingPlanGenerator::problem() const
{
    if (m_layout.name.trimmed().isEmpty())
        return tr("Please give the plan a name.");
    if (m_layout.name.size() > SeatingPlanReader::maximumNameLength)
        return tr("A plan's name can have at most %1 characters.").arg(SeatingPlanReader::maximumNameLength);
    if (m_layout.blocks.isEmpty())
        return tr("A plan needs at least one block of seats.");
    if (m_layout.blocks.size() > SeatingPlanLayout::maximumBlocks)
        return tr("A plan can have at most %1 blocks of seats.").arg(SeatingPlanLayout::maximumBlocks);
    QSet<QString> names;
    for (const SeatingPlanLayout::Block &block : m_layout.blocks) {
        const QString name = block.name.trimmed();
        if (name.isEmpty())
            return tr("Please give every block a name, such as \"Stalls\" or \"Balcony\".");
        if (name.size() > SeatingPlanReader::maximumNameLength
            || block.category.trimmed().size() > SeatingPlanReader::maximumNameLength)
            return tr("A block's name and category can have at most %1 characters.")
                .arg(SeatingPlanReader::maximumNameLength);
        if (names.contains(name))
            return tr("Two blocks are called \"%1\"; give each block its own name.").arg(name);
        names.insert(name);
        if (block.rows < 1 || block.rows > SeatingPlanLayout::maximumRows)
            return tr("Block \"%1\": the number of rows must be from 1 to %2.").arg(name, QString::number(SeatingPlanLayout::maximumRows));
        if (block.seatsPerRow < 1 || block.seatsPerRow > SeatingPlanLayout::maximumSeatsPerRow)
            return tr("Block \"%1\": the number of seats in a row must be from 1 to %2.")
                .arg(name, QString::number(SeatingPlanLayout::maximumSeatsPerRow));
    }
    if (m_layout.aisleEvery < 0 || m_layout.aisleEvery > SeatingPlanLayout::maximumSeatsPerRow)
        return tr("An aisle comes after every 1 to %1 seats, or 0 for no aisle.").arg(SeatingPlanLayout::maximumSeatsPerRow);
    if (m_layout.seatRadius < 1 || m_layout.seatSpacing < 2 * m_layout.seatRadius
        || m_layout.rowSpacing < 2 * m_layout.seatRadius || m_layout.blockGap < 0)
        return tr("Seats would overlap: the spacing of seats and rows must be at least a seat's width.");
    return QString();
}

SeatingPlan SeatingPlanGenerator::plan() const
{
    const SeatingPlanLayout &l = m_layout;
    SeatingPlan plan;
    plan.name = l.name.trimmed();
    plan.form = SeatingPlanForm::Current;

    // Width of a block in seat places, aisles included.
    auto places = [&l](int seats) { return seats + (l.aisleEvery > 0 ? (seats - 1) / l.aisleEvery : 0); };
    int widestPlaces = 0;
    for (const SeatingPlanLayout::Block &block : l.blocks)
        widestPlaces = qMax(widestPlaces, places(block.seatsPerRow));
    const int margin = 2 * l.seatSpacing;
    const int width = 2 * margin + widestPlaces * l.seatSpacing;

    int y = margin;
    if (l.stage) {
        const int stageWidth = qMax(width - 2 * margin, 4 * l.seatSpacing);
        const int stageDepth = 3 * l.rowSpacing;
        SeatingZone stage;
        stage.name = tr("Stage");
        stage.zoneId = QStringLiteral("stage");
        stage.position = QPointF(margin, y);
        SeatingArea block;
        block.shape = SeatingArea::Shape::Rectangle;
        block.position = QPointF(0, 0);
        block.rectangle = QSize(stageWidth, stageDepth);
        block.color = QStringLiteral("#d9d4cc");
        block.borderColor = QStringLiteral("#8a8379");
        SeatingArea caption;
        caption.shape = SeatingArea::Shape::Text;
        caption.position = QPointF(stageWidth / 2.0, stageDepth / 2.0);
        caption.text = SeatingAreaText{tr("Stage"), QStringLiteral("#333333"), 24, QPointF(0, 0)};
        stage.areas = {block, caption};
        plan.zones.append(stage);
        y += stageDepth + l.blockGap;
    }

    QSet<QString> zoneIds{QStringLiteral("stage")};
    for (int b = 0; b < l.blocks.size(); ++b) {
        const SeatingPlanLayout::Block &block = l.blocks.at(b);
        const QString categoryName = block.category.trimmed().isEmpty() ? block.name.trimmed() : block.category.trimmed();
        if (!plan.category(categoryName)) {
            const int colour = int(plan.categories.size()) % int(std::size(categoryColours));
            plan.categories.append(SeatCategory{categoryName, QString::fromLatin1(categoryColours[colour])});
        }
        SeatingZone zone;
        zone.name = block.name.trimmed();
        zone.zoneId = zoneIdFor(zone.name, b, zoneIds);
        const int blockWidth = places(block.seatsPerRow) * l.seatSpacing;
        zone.position = QPointF((width - blockWidth) / 2.0, y);
        for (int r = 0; r < block.rows; ++r) {
            SeatingRow row;
            row.number = l.rowNames == SeatingPlanLayout::RowNames::Letters ? letters(r + 1) : QString::number(r + 1);
            row.numberPosition = SeatingRow::NumberPosition::Both;
            row.position = QPointF(0, r * l.rowSpacing);
            for (int s = 0; s < block.seatsPerRow; ++s) {
                const int place = s + (l.aisleEvery > 0 ? s / l.aisleEvery : 0);
                const int number = l.seatOrder == SeatingPlanLayout::SeatOrder::LeftToRight ? s + 1 : block.seatsPerRow - s;
                Seat seat;
                seat.number = QString::number(number);
                seat.guid = zone.zoneId + QLatin1Char('-') + row.number + QLatin1Char('-') + seat.number;
                seat.category = categoryName;
                seat.position = QPointF(place * l.seatSpacing + l.seatSpacing / 2.0, l.rowSpacing / 2.0);
                if (l.seatRadius != 10)
                    seat.radius = l.seatRadius;
                row.seats.append(seat);
            }
            zone.rows.append(row);
        }
        plan.zones.append(zone);
        y += block.rows * l.rowSpacing + l.blockGap;
    }
    plan.size = QSize(width, y - l.blockGap + margin);
    return plan;
}

} // namespace Marquee

#pragma once

#include "seating/seatingplan.h"
#include "seatmaplook.h"
#include "seatsymbol.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace Marquee {

// What the seat map's shapes, marks and colours mean: every seat state (free, held, sold, blocked), a
// wheelchair space and "your selection", each with the symbol the map draws; then the plan's categories with
// the colour of their free seats. Labels, so a screen reader reads them too.
class SeatMapLegend final : public QWidget
{
    Q_OBJECT

public:
    explicit SeatMapLegend(const SeatMapLook &look, QWidget *parent = nullptr);

    void setCategories(const QList<SeatCategory> &categories);
    // The texts the legend shows, in order: states first, then categories.
    QStringList entries() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    SeatMapLook m_look;
    QList<SeatCategory> m_categories;
    QGridLayout *m_layout = nullptr;
    QList<QLabel *> m_texts;
};

} // namespace Marquee

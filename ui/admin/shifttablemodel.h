#pragma once

#include "domain/shift.h"
#include "domain/venuesettings.h"

#include <QAbstractTableModel>
#include <QList>

namespace Marquee {

// The desks' shifts as an admin lists them: who, where, when, the money (float, sales, refunds, expected,
// counted, variance) and whether an admin had to close it.
class ShiftTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Desk, Login, Opened, Closed, OpeningFloat, CashSales, CardSales, CashRefunds, CardRefunds, Expected,
                  Counted, Variance, Tickets, NoSales, ColumnCount };

    explicit ShiftTableModel(QObject *parent = nullptr);

    void setShifts(const QList<Shift> &shifts);
    const Shift *shiftAt(int row) const;
    const QList<Shift> &shifts() const { return m_shifts; }
    void setVenue(const VenueSettings &venue);
    // A cell as text, as shown (and exported).
    QString text(const Shift &shift, int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Shift> m_shifts;
    VenueSettings m_venue;
};

} // namespace Marquee

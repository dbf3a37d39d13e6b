#pragma once

#include "domain/report.h"
#include "domain/venuesettings.h"

#include <QAbstractTableModel>

namespace Marquee {

// Attendance per event and entrance: when, event, entrance, came in, inside, sold.
class AttendanceReportModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Starts, Event, Entrance, CheckedIn, Inside, Sold, ColumnCount };

    explicit AttendanceReportModel(QObject *parent = nullptr);

    void setLines(const QList<AttendanceLine> &lines, const VenueSettings &venue);
    const QList<AttendanceLine> &lines() const { return m_lines; }
    QString text(int row, int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AttendanceLine> m_lines;
    VenueSettings m_venue;
};

} // namespace Marquee

#include "attendancereportmodel.h"

#include "venue/venueformat.h"

namespace Marquee {

AttendanceReportModel::AttendanceReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AttendanceReportModel::setLines(const QList<AttendanceLine> &lines, const VenueSettings &venue)
{
    beginResetModel();
    m_lines = lines;
    m_venue = venue;
    endResetModel();
}

int AttendanceReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int AttendanceReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AttendanceReportModel::text(int row, int column) const
{
    const AttendanceLine &line = m_lines.at(row);
    const QLocale locale;
    switch (column) {
    case Starts: return VenueFormat(m_venue, locale).dateTime(line.startsAt);
    case Event: return line.status == QLatin1String("cancelled") ? tr("%1 (cancelled)").arg(line.title) : line.title;
    case Entrance:
        if (line.entrance.isEmpty())
            return line.checkedIn == 0 && line.inside == 0 ? tr("(nobody came in)") : tr("Box office (no entrance)");
        return line.entrance;
    case CheckedIn: return locale.toString(line.checkedIn);
    case Inside: return locale.toString(line.inside);
    case Sold: return locale.toString(line.ticketsSold);
    default: return QString();
    }
}

QVariant AttendanceReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() >= CheckedIn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    return text(index.row(), index.column());
}

QVariant AttendanceReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Starts: return tr("Starts");
    case Event: return tr("Event");
    case Entrance: return tr("Entrance");
    case CheckedIn: return tr("Came in");
    case Inside: return tr("Inside now");
    case Sold: return tr("Sold");
    default: return {};
    }
}

} // namespace Marquee

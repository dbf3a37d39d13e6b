#include "shifttablemodel.h"

#include "adminlook.h"
#include "venue/venueformat.h"

#include <QLocale>

namespace Marquee {

ShiftTableModel::ShiftTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ShiftTableModel::setShifts(const QList<Shift> &shifts)
{
    beginResetModel();
    m_shifts = shifts;
    endResetModel();
}

const Shift *ShiftTableModel::shiftAt(int row) const
{
    return row >= 0 && row < m_shifts.size() ? &m_shifts.at(row) : nullptr;
}

void ShiftTableModel::setVenue(const VenueSettings &venue)
{
    beginResetModel();
    m_venue = venue;
    endResetModel();
}

int ShiftTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shifts.size());
}

int ShiftTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ShiftTableModel::text(const Shift &shift, int column) const
{
    const VenueFormat format(m_venue, QLocale());
    auto optional = [&format](const std::optional<Money> &money) {
        return money ? format.money(*money) : QStringLiteral("—");
    };
    switch (column) {
    case Desk: return shift.desk;
    case Login: return shift.login;
    case Opened: return format.dateTime(shift.openedAt);
    case Closed:
        if (shift.isOpen())
            return tr("open");
        return shift.forceClosed ? tr("%1 (closed by %2)").arg(format.dateTime(shift.closedAt), shift.closedBy)
                                 : format.dateTime(shift.closedAt);
    case OpeningFloat: return format.money(shift.openingFloat);
    case CashSales: return format.money(shift.cashSales);
    case CardSales: return format.money(shift.cardSales);
    case CashRefunds: return format.money(shift.cashRefunds);
    case CardRefunds: return format.money(shift.cardRefunds);
    case Expected: return format.money(shift.expectedCash);
    case Counted: return optional(shift.countedCash);
    case Variance: return optional(shift.variance);
    case Tickets: return QLocale().toString(shift.tickets);
    case NoSales: return QLocale().toString(shift.noSales);
    default: return QString();
    }
}

QVariant ShiftTableModel::data(const QModelIndex &index, int role) const
{
    const Shift *shift = index.isValid() ? shiftAt(index.row()) : nullptr;
    if (!shift)
        return QVariant();
    if (role == Qt::DisplayRole)
        return text(*shift, index.column());
    if (role == Qt::TextAlignmentRole && index.column() >= OpeningFloat)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant ShiftTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Desk: return tr("Desk");
    case Login: return tr("Staff");
    case Opened: return tr("Opened");
    case Closed: return tr("Closed");
    case OpeningFloat: return tr("Float");
    case CashSales: return tr("Cash sales");
    case CardSales: return tr("Card sales");
    case CashRefunds: return tr("Cash refunds");
    case CardRefunds: return tr("Card refunds");
    case Expected: return tr("Expected cash");
    case Counted: return tr("Counted");
    case Variance: return tr("Variance");
    case Tickets: return tr("Tickets");
    case NoSales: return tr("No sales");
    default: return QVariant();
    }
}

} // namespace Marquee

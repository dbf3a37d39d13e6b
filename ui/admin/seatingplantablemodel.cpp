#include "seatingplantablemodel.h"

#include <QLocale>

namespace Marquee {

SeatingPlanTableModel::SeatingPlanTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SeatingPlanTableModel::setPlans(const QList<SeatingPlanSummary> &plans)
{
    beginResetModel();
    m_plans = plans;
    endResetModel();
}

int SeatingPlanTableModel::rowOf(qint64 planId) const
{
    for (int row = 0; row < m_plans.size(); ++row) {
        if (m_plans.at(row).id == planId)
            return row;
    }
    return -1;
}

void SeatingPlanTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int SeatingPlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plans.size());
}

int SeatingPlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SeatingPlanTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plans.size())
        return QVariant();
    const SeatingPlanSummary &plan = m_plans.at(index.row());
    if (role == PlanIdRole)
        return plan.id;
    if (role == Qt::TextAlignmentRole && index.column() == Seats)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Name: return plan.name;
    case Seats: return QLocale().toString(plan.seatCount);
    default: return QVariant();
    }
}

QVariant SeatingPlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Plan");
    case Seats: return tr("Seats");
    default: return QVariant();
    }
}

} // namespace Marquee

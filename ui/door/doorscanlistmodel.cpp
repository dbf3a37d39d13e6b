#include "doorscanlistmodel.h"

#include <QBrush>

namespace Marquee {

DoorScanListModel::DoorScanListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void DoorScanListModel::add(const Row &row)
{
    beginInsertRows(QModelIndex(), 0, 0);
    m_rows.prepend(row);
    endInsertRows();
    if (m_rows.size() > MaxRows) {
        beginRemoveRows(QModelIndex(), MaxRows, int(m_rows.size()) - 1);
        m_rows.resize(MaxRows);
        endRemoveRows();
    }
}

int DoorScanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DoorScanListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2 %3   %4   %5")
            .arg(row.time, DoorLook::symbol(row.answer), row.headline, row.code, row.detail);
    case Qt::ForegroundRole:
        return QBrush(row.answer == DoorLook::Answer::Valid || row.answer == DoorLook::Answer::Waiting
                          ? QColor(0xf0, 0xf0, 0xf0)
                          : DoorLook::background(row.answer).lighter(150));
    case AnswerRole:
        return int(row.answer);
    case CodeRole:
        return row.code;
    default:
        return {};
    }
}

} // namespace Marquee

#include "audittablemodel.h"

#include <QLocale>

namespace Marquee {

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditTableModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void AuditTableModel::appendEntries(const QList<AuditEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + int(entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
}

const AuditEntry *AuditTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void AuditTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString actionText(const QString &action)
{
    const QString a = action.toUpper();
    if (a == QLatin1String("INSERT"))
        return AuditTableModel::tr("Created");
    if (a == QLatin1String("UPDATE"))
        return AuditTableModel::tr("Changed");
    if (a == QLatin1String("DELETE"))
        return AuditTableModel::tr("Deleted");
    return action;
}

QString tableText(const QString &table, const QString &rowId)
{
    if (table == QLatin1String("events"))
        return AuditTableModel::tr("Event");
    if (table == QLatin1String("bookings"))
        return AuditTableModel::tr("Booking");
    // Tickets one statement inserted together are one entry naming them all (migrations/0046: "101,102"); a
    // sale's tickets are inside its booking's entry.
    if (table == QLatin1String("tickets"))
        return rowId.contains(QLatin1Char(',')) ? AuditTableModel::tr("%n tickets", nullptr, int(rowId.count(QLatin1Char(',')) + 1))
                                                 : AuditTableModel::tr("Ticket");
    if (table == QLatin1String("users"))
        return AuditTableModel::tr("Customer");
    if (table == QLatin1String("staff_logins"))
        return AuditTableModel::tr("Staff login");
    return table;
}

} // namespace

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    const AuditEntry *entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!entry)
        return QVariant();
    // The ids of an order's tickets may not fit the column.
    if (role == Qt::ToolTipRole && index.column() == Row)
        return entry->rowId;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case OccurredAt: return QLocale().toString(entry->occurredAt.toLocalTime(), QLocale::ShortFormat);
    case Actor: return entry->actor;
    case Table: return tableText(entry->tableName, entry->rowId);
    case Row: return entry->rowId;
    case Action: return actionText(entry->action);
    default: return QVariant();
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OccurredAt: return tr("When");
    case Actor: return tr("Person");
    case Table: return tr("What");
    case Row: return tr("Row");
    case Action: return tr("Action");
    default: return QVariant();
    }
}

} // namespace Marquee

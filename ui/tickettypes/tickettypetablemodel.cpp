#include "tickettypetablemodel.h"

#include "common/error.h"

#include <QLocale>

namespace Marquee {

TicketTypeTableModel::TicketTypeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TicketTypeTableModel::setTypes(qint64 eventId, const QList<TicketType> &types)
{
    beginResetModel();
    m_eventId = eventId;
    m_types = types;
    m_changed = QList<bool>(types.size(), false);
    endResetModel();
}

QList<int> TicketTypeTableModel::changedRows() const
{
    QList<int> rows;
    for (int i = 0; i < m_changed.size(); ++i) {
        if (m_changed.at(i))
            rows << i;
    }
    return rows;
}

void TicketTypeTableModel::markSaved(int row, qint64 id)
{
    if (row < 0 || row >= m_types.size())
        return;
    m_types[row].id = id;
    m_changed[row] = false;
}

int TicketTypeTableModel::addType(const QString &name)
{
    TicketType type;
    type.eventId = m_eventId;
    type.name = name;
    for (const TicketType &other : std::as_const(m_types))
        type.sortOrder = qMax(type.sortOrder, other.sortOrder + 10);
    const int row = int(m_types.size());
    beginInsertRows(QModelIndex(), row, row);
    m_types.append(type);
    m_changed.append(true);
    endInsertRows();
    return row;
}

int TicketTypeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_types.size());
}

int TicketTypeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketTypeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_types.size())
        return {};
    const TicketType &type = m_types.at(index.row());
    if (role == Qt::CheckStateRole) {
        if (index.column() == Active)
            return type.active ? Qt::Checked : Qt::Unchecked;
        if (index.column() == BoxOfficeOnly)
            return type.boxOfficeOnly ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name: return type.name;
    case Price: return role == Qt::EditRole ? type.price.toDecimalString() : type.price.toDisplayString(QLocale());
    case Quota: return type.quota ? QVariant(QString::number(*type.quota)) : QVariant(role == Qt::EditRole ? QString() : tr("none"));
    case SeatCategory: return type.seatCategory.isEmpty() && role == Qt::DisplayRole ? tr("any seat") : type.seatCategory;
    case SortOrder: return type.sortOrder;
    case Taken: return type.quota ? QVariant(type.taken) : QVariant();
    default: return {};
    }
}

bool TicketTypeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_types.size())
        return false;
    TicketType &type = m_types[index.row()];
    if (role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked;
        if (index.column() == Active)
            type.active = on;
        else if (index.column() == BoxOfficeOnly)
            type.boxOfficeOnly = on;
        else
            return false;
    } else if (role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        switch (index.column()) {
        case Name:
            if (text.isEmpty() || text.size() > 100) {
                emit rejected(Error(ErrorCode::TicketTypeNameRequired).message());
                return false;
            }
            type.name = text;
            break;
        case Price: {
            const std::optional<Money> price = Money::fromDecimalString(text);
            if (!price) {
                emit rejected(Error(ErrorCode::PriceInvalid).message());
                return false;
            }
            if (*price < Money()) {
                emit rejected(Error(ErrorCode::PriceNegative).message());
                return false;
            }
            type.price = *price;
            break;
        }
        case Quota: {
            if (text.isEmpty()) {
                type.quota.reset();
                break;
            }
            bool ok = false;
            const int quota = text.toInt(&ok);
            if (!ok || quota < 0) {
                emit rejected(Error(ErrorCode::QuotaBelowTaken).message());
                return false;
            }
            type.quota = quota;
            break;
        }
        case SeatCategory:
            type.seatCategory = text;
            break;
        case SortOrder: {
            bool ok = false;
            const int order = text.toInt(&ok);
            if (!ok) {
                emit rejected(Error(ErrorCode::InvalidValue).message());
                return false;
            }
            type.sortOrder = order;
            break;
        }
        default:
            return false;
        }
    } else {
        return false;
    }
    m_changed[index.row()] = true;
    emit dataChanged(index, index);
    return true;
}

QVariant TicketTypeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Ticket type");
    case Price: return tr("Price");
    case Quota: return tr("Quota");
    case SeatCategory: return tr("Seat category");
    case SortOrder: return tr("Order");
    case Active: return tr("On sale");
    case BoxOfficeOnly: return tr("Box office only");
    case Taken: return tr("Taken");
    default: return {};
    }
}

Qt::ItemFlags TicketTypeTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Active || index.column() == BoxOfficeOnly)
        flags |= Qt::ItemIsUserCheckable;
    else if (index.column() != Taken)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace Marquee

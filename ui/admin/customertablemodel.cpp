#include "customertablemodel.h"

#include <QLocale>

namespace Marquee {

CustomerTableModel::CustomerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CustomerTableModel::setCustomers(const QList<Customer> &customers)
{
    beginResetModel();
    m_customers = customers;
    endResetModel();
}

void CustomerTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_customers.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_customers.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_customers.size() || role != Qt::DisplayRole)
        return QVariant();
    const Customer &customer = m_customers.at(index.row());
    switch (index.column()) {
    case Name: return customer.name;
    case Phone: return customer.phone;
    case Role: return customer.role == QLatin1String("customer") ? tr("Customer") : tr("Staff");
    case CreatedAt: return QLocale().toString(customer.createdAt.toLocalTime(), QLocale::ShortFormat);
    default: return QVariant();
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Phone: return tr("Phone");
    case Role: return tr("Kind");
    case CreatedAt: return tr("Registered");
    default: return QVariant();
    }
}

} // namespace Marquee

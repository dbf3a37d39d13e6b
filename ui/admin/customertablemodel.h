#pragma once

#include "domain/customer.h"

#include <QAbstractTableModel>
#include <QList>

namespace Marquee {

// Customers (and staff records) of marquee.users, as the last search found them.
class CustomerTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Phone, Role, CreatedAt, ColumnCount };

    explicit CustomerTableModel(QObject *parent = nullptr);

    void setCustomers(const QList<Customer> &customers);
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Customer> m_customers;
};

} // namespace Marquee

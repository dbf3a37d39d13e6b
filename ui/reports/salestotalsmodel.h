#pragma once

#include "reports/salessummary.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace Marquee {

// A sales report grouped by one dimension: key, bookings, tickets, amount; a last row with the totals.
class SalesTotalsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Key, Bookings, Tickets, Amount, ColumnCount };

    explicit SalesTotalsModel(QObject *parent = nullptr);

    void setReport(SalesDimension dimension, const QList<SalesLine> &lines);
    SalesDimension dimension() const { return m_dimension; }
    const QList<SalesTotal> &rows() const { return m_rows; }
    const SalesTotal &total() const { return m_total; }
    // The key as a person reads it: "No shift", "Admission", "Cash" ... (a login or a day as it is).
    static QString keyText(SalesDimension dimension, const QString &key);
    static QString dimensionTitle(SalesDimension dimension);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SalesDimension m_dimension = SalesDimension::Day;
    QList<SalesTotal> m_rows;
    SalesTotal m_total;
};

} // namespace Marquee

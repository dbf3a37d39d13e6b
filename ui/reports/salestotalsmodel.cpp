#include "salestotalsmodel.h"

#include <QFont>

namespace Marquee {

SalesTotalsModel::SalesTotalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SalesTotalsModel::setReport(SalesDimension dimension, const QList<SalesLine> &lines)
{
    beginResetModel();
    m_dimension = dimension;
    m_rows = SalesSummary::by(dimension, lines);
    m_total = SalesSummary::total(lines);
    endResetModel();
}

QString SalesTotalsModel::keyText(SalesDimension dimension, const QString &key)
{
    switch (dimension) {
    case SalesDimension::Desk:
        return key.isEmpty() ? tr("No shift") : key;
    case SalesDimension::TicketType:
        return key.isEmpty() ? tr("Admission") : key;
    case SalesDimension::PaymentMethod:
        if (key == QLatin1String("cash"))
            return tr("Cash");
        if (key == QLatin1String("card"))
            return tr("Card");
        if (key == QLatin1String("complimentary"))
            return tr("Complimentary");
        return key;
    case SalesDimension::Day:
    case SalesDimension::Staff:
        break;
    }
    return key;
}

QString SalesTotalsModel::dimensionTitle(SalesDimension dimension)
{
    switch (dimension) {
    case SalesDimension::Day: return tr("Day");
    case SalesDimension::Desk: return tr("Desk");
    case SalesDimension::Staff: return tr("Staff");
    case SalesDimension::PaymentMethod: return tr("Payment method");
    case SalesDimension::TicketType: return tr("Ticket type");
    }
    return QString();
}

int SalesTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + 1;
}

int SalesTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SalesTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isTotal = index.row() == m_rows.size();
    const SalesTotal &row = isTotal ? m_total : m_rows.at(index.row());
    if (role == Qt::FontRole && isTotal) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Key)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Key: return isTotal ? tr("Total") : keyText(m_dimension, row.key);
    case Bookings: return locale.toString(row.bookings);
    case Tickets: return locale.toString(row.tickets);
    case Amount: return row.amount.toDisplayString(locale);
    default: return {};
    }
}

QVariant SalesTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key: return dimensionTitle(m_dimension);
    case Bookings: return tr("Bookings");
    case Tickets: return tr("Tickets");
    case Amount: return tr("Amount");
    default: return {};
    }
}

} // namespace Marquee

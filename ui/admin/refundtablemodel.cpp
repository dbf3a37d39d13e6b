#include "refundtablemodel.h"

#include "adminlook.h"
#include "venue/venueformat.h"

#include <QLocale>

namespace Marquee {

namespace {

QString methodText(const QString &method)
{
    if (method == QLatin1String("cash"))
        return RefundTableModel::tr("Cash");
    if (method == QLatin1String("card"))
        return RefundTableModel::tr("Card");
    if (method == QLatin1String("transfer"))
        return RefundTableModel::tr("Transfer");
    return method;
}

} // namespace

RefundTableModel::RefundTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RefundTableModel::setRefunds(const QList<Refund> &refunds)
{
    beginResetModel();
    m_refunds = refunds;
    endResetModel();
}

void RefundTableModel::replaceRefund(const Refund &refund)
{
    for (int row = 0; row < m_refunds.size(); ++row) {
        if (m_refunds.at(row).id == refund.id) {
            m_refunds[row] = refund;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}

const Refund *RefundTableModel::refundAt(int row) const
{
    return row >= 0 && row < m_refunds.size() ? &m_refunds.at(row) : nullptr;
}

void RefundTableModel::setVenue(const VenueSettings &venue)
{
    m_venue = venue;
    retranslate();
}

void RefundTableModel::retranslate()
{
    if (!m_refunds.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_refunds.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int RefundTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_refunds.size());
}

int RefundTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefundTableModel::data(const QModelIndex &index, int role) const
{
    const Refund *refund = index.isValid() ? refundAt(index.row()) : nullptr;
    if (!refund)
        return QVariant();
    if (role == Qt::DisplayRole) {
        const VenueFormat format(m_venue, QLocale());
        switch (index.column()) {
        case Reference: return refund->reference;
        case Event: return refund->eventTitle;
        case Customer: return refund->customerName;
        case Phone: return refund->customerPhone.isEmpty() ? tr("walk-in") : refund->customerPhone;
        case Amount: return format.money(refund->amount);
        case PaidBy: return methodText(refund->paidMethod);
        case Reason:
            return refund->reason == RefundReason::EventCancelled ? tr("Event cancelled") : tr("Booking cancelled");
        case DueSince: return format.dateTime(refund->dueSince);
        case Given:
            if (refund->isDue())
                return tr("Due");
            return tr("%1 by %2, %3").arg(methodText(refundMethodToString(refund->refundMethod)), refund->refundedBy,
                                          format.dateTime(refund->refundedAt));
        default: return QVariant();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !refund->isDue())
        return AdminLook::inactiveText();
    return QVariant();
}

QVariant RefundTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference: return tr("Booking");
    case Event: return tr("Event");
    case Customer: return tr("Customer");
    case Phone: return tr("Phone");
    case Amount: return tr("Amount");
    case PaidBy: return tr("Paid by");
    case Reason: return tr("Why");
    case DueSince: return tr("Due since");
    case Given: return tr("Given back");
    default: return QVariant();
    }
}

} // namespace Marquee

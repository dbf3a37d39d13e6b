#pragma once

#include "domain/refund.h"
#include "domain/venuesettings.h"

#include <QAbstractTableModel>
#include <QList>

namespace Marquee {

// The refunds an admin looks at: whom to pay back, how much and how they paid, and once given, how, by whom and
// when. Names are shown as the text they are.
class RefundTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Reference, Event, Customer, Phone, Amount, PaidBy, Reason, DueSince, Given, ColumnCount };

    explicit RefundTableModel(QObject *parent = nullptr);

    void setRefunds(const QList<Refund> &refunds);
    void replaceRefund(const Refund &refund);
    const Refund *refundAt(int row) const;
    void setVenue(const VenueSettings &venue);
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Refund> m_refunds;
    VenueSettings m_venue;
};

} // namespace Marquee

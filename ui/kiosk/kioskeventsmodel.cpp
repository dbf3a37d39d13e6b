#include "kioskeventsmodel.h"

#include "models/eventtablemodel.h"

namespace Marquee {

KioskEventsModel::KioskEventsModel(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

Qt::ItemFlags KioskEventsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QIdentityProxyModel::flags(index);
    if (index.isValid() && index.data(EventTableModel::SoldOutRole).toBool())
        flags &= ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return flags;
}

} // namespace Marquee

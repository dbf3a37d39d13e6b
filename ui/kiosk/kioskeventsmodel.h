#pragma once

#include <QIdentityProxyModel>

namespace Marquee {

// The kiosk's last layer over the event list: a sold-out event (or one no longer on sale) cannot be
// selected or tapped, so a customer never starts a booking that can only fail.
class KioskEventsModel final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit KioskEventsModel(QObject *parent = nullptr);

    Qt::ItemFlags flags(const QModelIndex &index) const override;
};

} // namespace Marquee

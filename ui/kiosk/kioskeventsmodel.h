#pragma once

#include "domain/venuesettings.h"

#include <QSortFilterProxyModel>

namespace Marquee {

// The kiosk's last layer over the event list: one column (the terminal's events model has one per admin
// column; a customer's list, and what a screen reader hears of it, is one item per event), the texts a card shows
// in the venue's time zone and currency, and one sentence per event for assistive technology. A sold-out event
// (or one no longer on sale) cannot be selected or tapped, so a customer never starts a booking that can only
// fail; a screen reader hears it as unavailable.
class KioskEventsModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Role {
        WhenTextRole = Qt::UserRole + 100, // "Saturday, 23 January 2027 · 19:00", in the venue's zone
        PriceTextRole,                     // "฿350.00", in the venue's currency
        SeatsTextRole,                     // "12 seats left", or the badge: "SOLD OUT"
    };

    explicit KioskEventsModel(QObject *parent = nullptr);

    void setVenue(const VenueSettings &venue);
    const VenueSettings &venue() const { return m_venue; }

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // What a screen reader says of one event: title, venue, date and time, price, seats left or why not.
    QString spokenText(const QModelIndex &index) const;

protected:
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;

private:
    VenueSettings m_venue;
};

} // namespace Marquee

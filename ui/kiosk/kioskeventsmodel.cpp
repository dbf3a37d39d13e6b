#include "kioskeventsmodel.h"

#include "domain/event.h"
#include "kioskeventdelegate.h"
#include "kiosktext.h"
#include "models/eventtablemodel.h"
#include "venue/venueformat.h"

namespace Marquee {

KioskEventsModel::KioskEventsModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false); // the terminal's model keeps the order; this one only narrows the columns
}

void KioskEventsModel::setVenue(const VenueSettings &venue)
{
    if (venue == m_venue)
        return;
    m_venue = venue;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

bool KioskEventsModel::filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    return sourceColumn == 0;
}

Qt::ItemFlags KioskEventsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QSortFilterProxyModel::flags(index);
    if (index.isValid() && index.data(EventTableModel::SoldOutRole).toBool())
        flags &= ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return flags;
}

QVariant KioskEventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case WhenTextRole:
    case PriceTextRole:
    case SeatsTextRole:
    case Qt::AccessibleTextRole:
    case Qt::AccessibleDescriptionRole: {
        const Event event = QSortFilterProxyModel::data(index, EventTableModel::EventRole).value<Event>();
        const VenueFormat format(m_venue, QLocale());
        if (role == WhenTextRole)
            return KioskText::when(format, event.startsAt, QStringLiteral("  \u00b7  "));
        if (role == PriceTextRole)
            return format.money(event.price);
        if (role == SeatsTextRole) {
            const QString badge = KioskEventDelegate::badgeText(index);
            return badge.isEmpty() ? KioskText::seatsLeft(event.remaining()) : badge;
        }
        if (role == Qt::AccessibleTextRole)
            return spokenText(index);
        return QVariant(); // the name says it all
    }
    default:
        return QSortFilterProxyModel::data(index, role);
    }
}

QString KioskEventsModel::spokenText(const QModelIndex &index) const
{
    const Event event = QSortFilterProxyModel::data(index, EventTableModel::EventRole).value<Event>();
    const VenueFormat format(m_venue, QLocale());
    const QString badge = KioskEventDelegate::badgeText(index);
    const QString seats = badge.isEmpty() ? KioskText::seatsLeft(event.remaining()) : KioskText::unavailable(event);
    return tr("%1, %2, %3, %4 per ticket, %5")
        .arg(event.title, event.venue, KioskText::when(format, event.startsAt), format.money(event.price), seats);
}

} // namespace Marquee

#pragma once

#include <QStyledItemDelegate>

namespace Marquee {

class KioskEventList;

// Paints one event of the kiosk list as a large card a customer can read from a step away: title,
// venue, date and time and price as KioskEventsModel writes them, and the seats left right now. A sold-out
// event is a grey card with a red "SOLD OUT" badge. The colours are the list's (kiosk.qss sets them).
class KioskEventDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit KioskEventDelegate(KioskEventList *list);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The badge text for an event that cannot be booked, or empty when it can (also used by the tests).
    static QString badgeText(const QModelIndex &index);

private:
    KioskEventList *m_list = nullptr;
};

} // namespace Marquee

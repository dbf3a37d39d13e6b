#pragma once

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHash>
#include <QPersistentModelIndex>

namespace Marquee {

class KioskEventList;

// The kiosk's event list as assistive technology sees it: a list whose children are the events, one item each
// (KioskEventItemAccessible), in the list's row order, so the focus event QListView sends for the current row
// names the right item. Items are made when asked for and kept while their row lives.
class KioskEventListAccessible final : public QAccessibleWidget
{
public:
    explicit KioskEventListAccessible(KioskEventList *list);
    ~KioskEventListAccessible() override;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;
    QString text(QAccessible::Text t) const override;
    QAccessible::State state() const override;

    KioskEventList *list() const;

private:
    QAccessibleInterface *itemFor(const QModelIndex &index) const;

    mutable QHash<QPersistentModelIndex, QAccessible::Id> m_items;
};

} // namespace Marquee

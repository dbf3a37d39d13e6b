#include "kioskeventlistaccessible.h"

#include "kioskeventitemaccessible.h"
#include "kioskeventlist.h"

namespace Marquee {

KioskEventListAccessible::KioskEventListAccessible(KioskEventList *list)
    : QAccessibleWidget(list, QAccessible::List)
{
}

KioskEventListAccessible::~KioskEventListAccessible()
{
    for (QAccessible::Id id : std::as_const(m_items))
        QAccessible::deleteAccessibleInterface(id);
}

KioskEventList *KioskEventListAccessible::list() const
{
    return static_cast<KioskEventList *>(widget());
}

int KioskEventListAccessible::childCount() const
{
    const QAbstractItemModel *model = list()->model();
    return model ? model->rowCount(list()->rootIndex()) : 0;
}

QAccessibleInterface *KioskEventListAccessible::itemFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    // Items of rows that went away are dropped here, the next time anyone asks.
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (!it.key().isValid()) {
            QAccessible::deleteAccessibleInterface(it.value());
            it = m_items.erase(it);
        } else {
            ++it;
        }
    }
    const QPersistentModelIndex key(index);
    if (auto found = m_items.constFind(key); found != m_items.cend())
        return QAccessible::accessibleInterface(found.value());
    auto *item = new KioskEventItemAccessible(list(), index);
    m_items.insert(key, QAccessible::registerAccessibleInterface(item));
    return item;
}

QAccessibleInterface *KioskEventListAccessible::child(int index) const
{
    const QAbstractItemModel *model = list()->model();
    if (!model || index < 0 || index >= childCount())
        return nullptr;
    return itemFor(model->index(index, list()->modelColumn(), list()->rootIndex()));
}

int KioskEventListAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child || child->role() != QAccessible::ListItem)
        return -1;
    const auto *item = static_cast<const KioskEventItemAccessible *>(child);
    return item->isValid() ? item->index().row() : -1;
}

QAccessibleInterface *KioskEventListAccessible::childAt(int x, int y) const
{
    const QPoint local = list()->viewport()->mapFromGlobal(QPoint(x, y));
    return itemFor(list()->indexAt(local));
}

QAccessibleInterface *KioskEventListAccessible::focusChild() const
{
    if (!list()->hasFocus())
        return nullptr;
    return itemFor(list()->currentIndex());
}

QString KioskEventListAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name && list()->accessibleName().isEmpty())
        return QString(); // named by the page (setAccessibleName), never by a column
    return QAccessibleWidget::text(t);
}

QAccessible::State KioskEventListAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.focusable = true;
    return state;
}

} // namespace Marquee

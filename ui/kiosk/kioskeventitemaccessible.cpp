#include "kioskeventitemaccessible.h"

#include "kioskeventlist.h"

#include <QKeySequence>

namespace Marquee {

KioskEventItemAccessible::KioskEventItemAccessible(KioskEventList *list, const QModelIndex &index)
    : m_list(list)
    , m_index(index)
{
}

bool KioskEventItemAccessible::isValid() const
{
    return m_list && m_index.isValid();
}

QWindow *KioskEventItemAccessible::window() const
{
    return m_list ? m_list->window()->windowHandle() : nullptr;
}

QAccessibleInterface *KioskEventItemAccessible::parent() const
{
    return m_list ? QAccessible::queryAccessibleInterface(m_list.data()) : nullptr;
}

QString KioskEventItemAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return QString();
    if (t == QAccessible::Name)
        return m_index.data(Qt::AccessibleTextRole).toString();
    if (t == QAccessible::Description)
        return m_index.data(Qt::AccessibleDescriptionRole).toString();
    return QString();
}

QRect KioskEventItemAccessible::rect() const
{
    if (!isValid())
        return QRect();
    const QRect r = m_list->visualRect(m_index);
    return QRect(m_list->viewport()->mapToGlobal(r.topLeft()), r.size());
}

QAccessible::State KioskEventItemAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    const Qt::ItemFlags flags = m_index.flags();
    state.disabled = !(flags & Qt::ItemIsEnabled);
    state.selectable = bool(flags & Qt::ItemIsSelectable);
    state.focusable = !state.disabled;
    const bool current = m_list->currentIndex() == m_index;
    state.selected = current && m_list->selectionModel() && m_list->selectionModel()->isSelected(m_index);
    state.focused = current && m_list->hasFocus();
    const QRect visible = m_list->viewport()->rect();
    state.invisible = !visible.intersects(m_list->visualRect(m_index));
    state.offscreen = state.invisible;
    return state;
}

void *KioskEventItemAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ActionInterface)
        return static_cast<QAccessibleActionInterface *>(this);
    return nullptr;
}

QStringList KioskEventItemAccessible::actionNames() const
{
    if (!isValid() || !(m_index.flags() & Qt::ItemIsEnabled))
        return {};
    return {pressAction(), setFocusAction()};
}

void KioskEventItemAccessible::doAction(const QString &actionName)
{
    if (!isValid() || !(m_index.flags() & Qt::ItemIsEnabled))
        return;
    if (actionName == setFocusAction()) {
        m_list->setFocus(Qt::OtherFocusReason);
        m_list->setCurrentIndex(m_index);
        return;
    }
    // "press", and AT-SPI's "activate"/"click" (which arrive as the first action: press).
    if (actionName == pressAction() || actionName == QLatin1String("activate") || actionName == QLatin1String("click"))
        m_list->activate(m_index);
}

QStringList KioskEventItemAccessible::keyBindingsForAction(const QString &actionName) const
{
    if (actionName == pressAction())
        return {QKeySequence(Qt::Key_Return).toString()};
    return {};
}

} // namespace Marquee

#pragma once

#include <QAccessible>
#include <QPersistentModelIndex>
#include <QPointer>

namespace Marquee {

class KioskEventList;

// One event of the kiosk's list: a list item named by the whole sentence (title, venue, date, price, seats left
// or sold out), disabled when it cannot be booked, selected and focused as the list's current row. Its press
// and activate actions open the event, as a tap or Enter does.
class KioskEventItemAccessible final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    KioskEventItemAccessible(KioskEventList *list, const QModelIndex &index);

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

    QModelIndex index() const { return m_index; }

private:
    QPointer<KioskEventList> m_list;
    QPersistentModelIndex m_index;
};

} // namespace Marquee

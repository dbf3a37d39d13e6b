#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace Marquee {

// The seat-category cell of a ticket type: a choice of the event's plan's categories (or any seat), so a type
// is never tied to a category the plan does not have. Without categories (an event without seats) it edits as text.
class SeatCategoryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SeatCategoryDelegate(QObject *parent = nullptr);

    void setCategories(const QStringList &categories) { m_categories = categories; }
    QStringList categories() const { return m_categories; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_categories;
};

} // namespace Marquee

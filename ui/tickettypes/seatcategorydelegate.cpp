#include "seatcategorydelegate.h"

#include <QComboBox>

namespace Marquee {

SeatCategoryDelegate::SeatCategoryDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *SeatCategoryDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    if (m_categories.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("seatCategoryChoice"));
    combo->addItem(tr("any seat"), QString());
    for (const QString &category : m_categories)
        combo->addItem(category, category);
    return combo;
}

void SeatCategoryDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QString current = index.data(Qt::EditRole).toString();
    const int found = combo->findData(current);
    if (found >= 0) {
        combo->setCurrentIndex(found);
    } else {
        // A category the plan no longer has: shown as it is, so the admin sees what to change.
        combo->addItem(current, current);
        combo->setCurrentIndex(combo->count() - 1);
    }
}

void SeatCategoryDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index, combo->currentData().toString(), Qt::EditRole);
}

} // namespace Marquee

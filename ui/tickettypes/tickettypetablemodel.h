#pragma once

#include "domain/tickettype.h"

#include <QAbstractTableModel>
#include <QList>

namespace Marquee {

// An event's ticket types as an admin edits them: one row per type, edited in place. A cell that would not be
// stored (an empty name, a price that is not an amount, a negative quota) is refused with one sentence
// (rejected) and nothing changes; the database checks the rest again when saved (a quota below what is taken,
// the last active type).
class TicketTypeTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Price, Quota, SeatCategory, SortOrder, Active, BoxOfficeOnly, Taken, ColumnCount };

    explicit TicketTypeTableModel(QObject *parent = nullptr);

    void setTypes(qint64 eventId, const QList<TicketType> &types);
    const QList<TicketType> &types() const { return m_types; }
    // Rows changed or added since setTypes() (what Save stores).
    QList<int> changedRows() const;
    void markSaved(int row, qint64 id);
    // A new type at the end, named for the admin to change.
    int addType(const QString &name);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void rejected(const QString &message);

private:
    qint64 m_eventId = 0;
    QList<TicketType> m_types;
    QList<bool> m_changed;
};

} // namespace Marquee

#pragma once

#include "domain/audit.h"

#include <QAbstractTableModel>
#include <QList>

namespace Marquee {

// Entries of the audit log, newest first, as the current filter found them.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OccurredAt, Actor, Table, Row, Action, ColumnCount };

    explicit AuditTableModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);
    void appendEntries(const QList<AuditEntry> &entries);
    const AuditEntry *entryAt(int row) const;
    qint64 oldestId() const { return m_entries.isEmpty() ? 0 : m_entries.last().id; }
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace Marquee

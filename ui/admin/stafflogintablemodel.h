#pragma once

#include "domain/staff.h"

#include <QAbstractTableModel>
#include <QList>

namespace Marquee {

// Staff and terminal logins with their group and whether they may sign in.
class StaffLoginTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Login, FullName, Group, Enabled, CreatedBy, CreatedAt, ColumnCount };

    explicit StaffLoginTableModel(QObject *parent = nullptr);

    void setLogins(const QList<StaffLogin> &logins);
    const StaffLogin *loginAt(int row) const;
    void retranslate();

    static QString groupText(StaffGroup group);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StaffLogin> m_logins;
};

} // namespace Marquee

#include "stafflogintablemodel.h"

#include "adminlook.h"

#include <QBrush>
#include <QLocale>

namespace Marquee {

StaffLoginTableModel::StaffLoginTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StaffLoginTableModel::setLogins(const QList<StaffLogin> &logins)
{
    beginResetModel();
    m_logins = logins;
    endResetModel();
}

const StaffLogin *StaffLoginTableModel::loginAt(int row) const
{
    return row >= 0 && row < m_logins.size() ? &m_logins.at(row) : nullptr;
}

void StaffLoginTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_logins.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString StaffLoginTableModel::groupText(StaffGroup group)
{
    switch (group) {
    case StaffGroup::Admin: return tr("Administrator");
    case StaffGroup::BoxOffice: return tr("Box office");
    case StaffGroup::Kiosk: return tr("Kiosk terminal");
    case StaffGroup::Door: return tr("Door scanner");
    case StaffGroup::None: break;
    }
    return tr("None");
}

int StaffLoginTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_logins.size());
}

int StaffLoginTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffLoginTableModel::data(const QModelIndex &index, int role) const
{
    const StaffLogin *login = index.isValid() ? loginAt(index.row()) : nullptr;
    if (!login)
        return QVariant();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Login: return login->login;
        case FullName: return login->fullName;
        case Group: return groupText(login->group);
        case Enabled: return login->enabled ? tr("Enabled") : tr("Disabled");
        case CreatedBy: return login->createdBy;
        case CreatedAt: return QLocale().toString(login->createdAt.toLocalTime(), QLocale::ShortFormat);
        default: return QVariant();
        }
    }
    if (role == Qt::ForegroundRole && !login->enabled)
        return AdminLook::inactiveText();
    return QVariant();
}

QVariant StaffLoginTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Login: return tr("Login");
    case FullName: return tr("Full name");
    case Group: return tr("Group");
    case Enabled: return tr("State");
    case CreatedBy: return tr("Created by");
    case CreatedAt: return tr("Created");
    default: return QVariant();
    }
}

} // namespace Marquee

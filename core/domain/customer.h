#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Marquee {

// A row of marquee.users: a person tickets belong to (role "customer"), or a staff record.
struct Customer
{
    qint64 id = 0;
    QString name;
    QString phone;
    QString role = QStringLiteral("customer");
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace Marquee

Q_DECLARE_METATYPE(Marquee::Customer)

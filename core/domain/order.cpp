#include "order.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Marquee {

QByteArray OrderRequest::linesJson() const
{
    QJsonArray array;
    for (const OrderLine &line : lines) {
        QJsonObject object;
        if (line.isSeat()) {
            object.insert(QStringLiteral("seat"), line.seatGuid);
            if (line.ticketTypeId > 0)
                object.insert(QStringLiteral("ticket_type"), line.ticketTypeId);
        } else {
            object.insert(QStringLiteral("ticket_type"), line.ticketTypeId);
            object.insert(QStringLiteral("quantity"), line.quantity);
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace Marquee

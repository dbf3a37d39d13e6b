#include "bookinglimitsrepository.h"

#include "database/connection.h"
#include "session/sessionrepository.h"

#include <QSqlQuery>

namespace Marquee {

namespace {

StaffGroup groupFrom(const QString &name)
{
    if (name == QLatin1String("marquee_admin"))
        return StaffGroup::Admin;
    if (name == QLatin1String("marquee_box_office"))
        return StaffGroup::BoxOffice;
    if (name == QLatin1String("marquee_kiosk"))
        return StaffGroup::Kiosk;
    return StaffGroup::None;
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariant toVariant(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

bool isInRange(const std::optional<int> &value)
{
    return !value || (*value >= 1 && *value <= BookingLimits::MaxLimit);
}

} // namespace

BookingLimitsRepository::BookingLimitsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<BookingLimits>> BookingLimitsRepository::list()
{
    QSqlQuery q = Connection::query(m_db);
    if (auto r = Connection::exec(q, QStringLiteral(
            "SELECT group_name, bookings_per_minute, tickets_per_customer_event FROM marquee.booking_limits "
            "ORDER BY CASE group_name WHEN 'marquee_kiosk' THEN 1 WHEN 'marquee_box_office' THEN 2 ELSE 3 END")); !r)
        return r.error();
    QList<BookingLimits> limits;
    while (q.next())
        limits.append({groupFrom(q.value(0).toString()), optionalInt(q.value(1)), optionalInt(q.value(2))});
    return limits;
}

Result<void> BookingLimitsRepository::save(const BookingLimits &limits)
{
    if (limits.group == StaffGroup::None || !isInRange(limits.bookingsPerMinute) || !isInRange(limits.ticketsPerCustomerEvent))
        return Error(ErrorCode::InvalidValue, QStringLiteral("a limit is 1 to %1, or none").arg(BookingLimits::MaxLimit));
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral(
        "UPDATE marquee.booking_limits SET bookings_per_minute = :rate::integer, tickets_per_customer_event = :tickets::integer "
        "WHERE group_name = :group"));
    q.bindValue(QStringLiteral(":rate"), toVariant(limits.bookingsPerMinute));
    q.bindValue(QStringLiteral(":tickets"), toVariant(limits.ticketsPerCustomerEvent));
    q.bindValue(QStringLiteral(":group"), staffGroupName(limits.group));
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (q.numRowsAffected() != 1)
        return Error(ErrorCode::NotFound, staffGroupName(limits.group));
    return {};
}

} // namespace Marquee

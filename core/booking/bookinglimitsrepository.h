#pragma once

#include "common/result.h"
#include "session/sessionrepository.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Marquee {

// The caps on hoarding of one group's logins (marquee.booking_limits); no value is no cap.
struct BookingLimits
{
    StaffGroup group = StaffGroup::None;
    std::optional<int> bookingsPerMinute;        // per login
    std::optional<int> ticketsPerCustomerEvent;  // per customer phone and event
};

// Admins read and change the limits; book_tickets enforces them.
class BookingLimitsRepository
{
public:
    static constexpr int MaxLimit = 100000;

    explicit BookingLimitsRepository(QSqlDatabase db);

    Result<QList<BookingLimits>> list();
    Result<void> save(const BookingLimits &limits);

private:
    QSqlDatabase m_db;
};

} // namespace Marquee

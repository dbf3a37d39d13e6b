#pragma once

#include "common/result.h"
#include "domain/bookinglimits.h"

#include <QList>
#include <QSqlDatabase>

namespace Marquee {

// Admins read and change the limits; book_tickets enforces them.
class BookingLimitsRepository
{
public:
    explicit BookingLimitsRepository(QSqlDatabase db);

    Result<QList<BookingLimits>> list();
    Result<void> save(const BookingLimits &limits);

private:
    QSqlDatabase m_db;
};

} // namespace Marquee

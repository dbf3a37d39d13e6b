#pragma once

#include "common/result.h"
#include "domain/shift.h"

#include <QList>
#include <QSqlDatabase>

namespace Marquee {

// The SQL of shifts (migrations/0030): marquee.open_shift, close_shift, current_shift, record_no_sale for the
// desk; shift_report and force_close_shift for admins. Runs on a worker's connection.
class ShiftRepository
{
public:
    explicit ShiftRepository(QSqlDatabase db);

    // Answers the new shift's id. An empty desk is the terminal's name (its login).
    Result<qint64> open(const Money &openingFloat, const QString &desk = QString());
    Result<CashUp> close(const Money &countedCash);
    // This login's open shift with its sales so far (no expected cash: the count is blind); NoOpenShift if none.
    Result<Shift> current();
    Result<qint64> recordNoSale();

    // Admins.
    Result<QList<Shift>> list(const ShiftQuery &query);
    Result<CashUp> forceClose(qint64 shiftId, std::optional<Money> countedCash);

private:
    QSqlDatabase m_db;
};

} // namespace Marquee

#pragma once

#include "domain/shift.h"
#include "service/reply.h"

#include <QList>

#include <optional>

namespace Marquee {

class DatabaseWorker;

// What views ask about shifts. The desk opens its shift with the float, sees it (open since, sales so far),
// records a "no sale" drawer opening, and closes it with a blind count; admins list every shift and close a
// forgotten one. Opening, closing and the no-sale are writes, never repeated by the worker.
class ShiftService final
{
public:
    ShiftService(DatabaseWorker *reads, DatabaseWorker *writes);

    Reply<qint64> open(const Money &openingFloat, const QString &desk = QString());
    // NoOpenShift when this login has none.
    Reply<Shift> current();
    Reply<CashUp> close(const Money &countedCash);
    Reply<qint64> recordNoSale();

    Reply<QList<Shift>> list(const ShiftQuery &query);
    Reply<CashUp> forceClose(qint64 shiftId, std::optional<Money> countedCash = std::nullopt);

private:
    DatabaseWorker *m_reads = nullptr;
    DatabaseWorker *m_writes = nullptr;
};

} // namespace Marquee

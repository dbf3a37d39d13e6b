#pragma once

#include "common/result.h"
#include "eventseat.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QUuid>

namespace Marquee {

// The seat contract (migrations/0022): one call of a marquee.* function per question. Holds belong to a hold
// token the terminal draws (QUuid::createUuid()) and keeps for one customer's sale; the database decides who
// gets a seat (SeatNotAvailable when someone else has it) and caps how long a hold lasts.
//
// Each hold call also sets the session's marquee.accessible_kiosk (on for a kiosk in its accessibility mode, off
// otherwise) in the same statement: the database gives a token twice the life when it is on at the token's first
// use (claim_hold_token), and a worker that reconnected has lost any earlier setting.
class SeatRepository
{
public:
    explicit SeatRepository(QSqlDatabase db);

    // The plan a seated event's seats are of; 0 for an event without seats (NotFound for no such event).
    Result<qint64> planOf(qint64 eventId);
    // Every seat of a seated event, in the plan's order; empty for an event without seats.
    Result<QList<EventSeat>> seatMap(qint64 eventId);
    // All of these seats for this token, or none (SeatNotAvailable); answers when the hold ends. Holding again
    // with the same token extends all of its seats.
    Result<QDateTime> hold(qint64 eventId, const QStringList &guids, const QUuid &token, int seconds,
                           bool accessibleKiosk = false);
    // The best block of `quantity` adjacent seats of the category (empty: any); SoldOut when there is none.
    Result<QStringList> holdBestAvailable(qint64 eventId, const QString &category, int quantity, const QUuid &token,
                                          int seconds, bool accessibleKiosk = false);
    Result<QDateTime> extendHold(const QUuid &token, int seconds, bool accessibleKiosk = false);
    // Frees the token's seats; nothing held is fine.
    Result<void> releaseHold(const QUuid &token);
    // Admins: house holds (blocked) or back on sale; answers the event's capacity.
    Result<int> setHouseHolds(qint64 eventId, const QStringList &guids, bool blocked);

private:
    QSqlDatabase m_db;
};

} // namespace Marquee

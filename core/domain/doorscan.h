#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Marquee {

// What the door answered for one scanned code: the person at the entrance reads it from two metres.
// A refusal by the venue's rules (no such ticket, used, cancelled, unpaid, another event, outside the check-in
// window) is an answer too; only a failure to ask (the connection, a right missing) is an Error instead.
struct DoorScan
{
    enum class Direction { In, Out };
    enum class Outcome {
        Admitted,     // first entry: valid
        Readmitted,   // back in after a check-out: valid
        CheckedOut,   // went out (may come back once)
        AlreadyUsed,  // inside already, or used and no re-entry: when and where in usedAt / usedEntrance
        Refused       // not valid: `refusal` says why
    };

    QString code;               // as the database normalised it (or as scanned, when unknown)
    Direction direction = Direction::In;
    Outcome outcome = Outcome::Refused;
    Error refusal;              // for Refused (and AlreadyUsed: TicketAlreadyUsed)
    qint64 eventId = 0;         // the ticket's event, when the database said
    QString eventTitle;
    QString entrance;           // where this scan happened (empty: none named)
    QDateTime at;               // when the database recorded it (Admitted, Readmitted, CheckedOut)
    QDateTime usedAt;           // AlreadyUsed: the entry that makes this scan a second one
    QString usedEntrance;
    QDateTime firstUsedAt;      // AlreadyUsed: the ticket's first entry
    QString firstEntrance;
    bool usedInside = false;    // AlreadyUsed: the ticket is inside now (false: went out, no re-entry)

    bool isValid() const { return outcome == Outcome::Admitted || outcome == Outcome::Readmitted; }
};

} // namespace Marquee

Q_DECLARE_METATYPE(Marquee::DoorScan)

#pragma once

#include "common/money.h"
#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QUuid>
#include <QSqlDatabase>
#include <QString>

namespace Marquee {

// A demo login made by this run, with the password it was given.
struct DemoLogin
{
    QString login;
    QString password;
};

struct DemoDataReport
{
    int eventsCreated = 0;
    int bookingsMade = 0;
    int loginsCreated = 0;
    QList<DemoLogin> logins;     // the ones created now; a second run creates none
    bool alreadyLoaded = false;
};

// A realistic sample for trying Marquee: a venue in Asia/Bangkok selling in THB, a season of events over the
// coming months at a few venues, some nearly sold out, one cancelled (with its refunds due), two completed,
// customers with bookings, a seated hall (three evenings, seats sold, a house hold, wheelchair spaces, ticket
// types per seat category), child and concession types on family events, a walk-in sale, a few kiosk
// reservations waiting for payment (one about to expire), and one demo login per group. Safe to run twice: the second run finds the season and adds nothing.
// Each demo login gets a random password (a published one would let anyone on the venue's network sign
// in as an admin of a demo that was never taken down); the caller shows and stores them.
class DemoData
{
public:
    explicit DemoData(QSqlDatabase db);
    Result<DemoDataReport> load();

    // 16 characters from the system's cryptographic random source, easy to type (no 0/O, 1/l/I).
    static QString randomPassword();

private:
    Result<void> loadSeatedHall(const QDateTime &today, const QUuid &demoNamespace, DemoDataReport &report);
    Result<void> addFamilyTypes(qint64 eventId, Money adultPrice);

    QSqlDatabase m_db;
};

} // namespace Marquee

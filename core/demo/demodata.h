#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace Marquee {

struct DemoDataReport
{
    int eventsCreated = 0;
    int bookingsMade = 0;
    int loginsCreated = 0;
    bool alreadyLoaded = false;
};

// A realistic sample for trying Marquee: a season of events over the coming months at a few venues,
// some nearly sold out, one cancelled, two completed, customers with bookings, and one demo login per
// group. Safe to run twice: the second run finds the season and adds nothing.
class DemoData
{
public:
    explicit DemoData(QSqlDatabase db);
    Result<DemoDataReport> load();

    static constexpr const char *DemoPassword = "marquee-demo";

private:
    QSqlDatabase m_db;
};

} // namespace Marquee

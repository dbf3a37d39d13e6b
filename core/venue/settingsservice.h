#pragma once

#include "domain/venuesettings.h"
#include "service/reply.h"

#include <QList>

namespace Marquee {

class DatabaseWorker;

// What views ask about the venue's settings. Every terminal reads the venue's (its zone, currency, how long a
// reservation is held ...); admins list every setting and change the venue's. TerminalSession keeps the venue's
// at hand (venueSettings(), venueSettingsChanged) so a view can format a time or a price without asking.
class SettingsService final
{
public:
    SettingsService(DatabaseWorker *reads, DatabaseWorker *writes);

    Reply<VenueSettings> venue();
    // Admins: every row of marquee.settings (the housekeeping ones are read-only to them).
    Reply<QList<Setting>> list();
    // Admins: one venue setting by key ("venue_time_zone", "currency", "reservation_seconds", "late_sale_minutes",
    // "kiosk_reservation_cap_percent", "kiosk_reservation_cap_minimum"). The error names the field (its key).
    Reply<void> set(const QString &key, const QString &value);
    // Admins: every venue setting at once, all or nothing; answers what is stored afterwards.
    Reply<VenueSettings> saveVenue(const VenueSettings &settings);

private:
    DatabaseWorker *m_reads = nullptr;
    DatabaseWorker *m_writes = nullptr;
};

} // namespace Marquee

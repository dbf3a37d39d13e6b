#pragma once

namespace Marquee {

// How full the database server is, for the admin view's warnings.
struct ServerStatus
{
    int connectionsUsed = 0;
    int connectionsMax = 0;
    int connectionsReserved = 0;       // superuser_reserved_connections
    double notificationQueueUsage = 0; // 0..1, pg_notification_queue_usage()

    // Fewer free connections than one terminal needs, or less than a tenth of what logins may use.
    bool nearConnectionLimit() const
    {
        const int usable = connectionsMax - connectionsReserved;
        const int free = usable - connectionsUsed;
        return usable > 0 && (free < 4 || free * 10 < usable);
    }
    bool notificationQueueFilling() const { return notificationQueueUsage > 0.10; }
};

} // namespace Marquee

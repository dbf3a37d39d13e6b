#pragma once

#include "availability/availabilitylistener.h"

#include <QThread>

#include <functional>

namespace Marquee::Bench {

// One terminal's live-availability lane as the app runs it: the real AvailabilityListener in a thread of
// its own with an event loop. `changed` runs in that thread for every availabilityChanged.
class ListenerHost final
{
public:
    using Changed = std::function<void(const QList<Marquee::Availability> &availability, bool complete)>;

    ListenerHost(const ConnectionProfile &profile, Changed changed);
    ~ListenerHost();
    ListenerHost(const ListenerHost &) = delete;
    ListenerHost &operator=(const ListenerHost &) = delete;

    // Moves `object` into the listener's thread; it is deleted there when the host stops.
    void adopt(QObject *object);
    void start();
    // From any thread: the listener announces these events on its own connection.
    void announce(const QList<qint64> &eventIds);

private:
    QThread m_thread;
    AvailabilityListener *m_listener = nullptr;
    QList<QObject *> m_adopted;
};

} // namespace Marquee::Bench

#include "announcer.h"

#include "availabilitylistener.h"

namespace Marquee {

Announcer::Announcer(Address listenerAddress, AvailabilityListener *listener)
    : m_address(std::move(listenerAddress))
    , m_listener(listener)
{
}

void Announcer::announce(const QList<qint64> &eventIds) const
{
    if (!m_listener || eventIds.isEmpty())
        return;
    // The pointer is only used on the listener's thread, and only while its address is valid.
    AvailabilityListener *listener = m_listener;
    m_address.post([listener, eventIds] { listener->announce(eventIds); });
}

} // namespace Marquee

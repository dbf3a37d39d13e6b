#pragma once

#include "service/address.h"

#include <QList>

namespace Marquee {

class AvailabilityListener;

// What a worker uses, right after its commit, to have every terminal told that seats changed. It posts straight to
// the listener's own thread: the announcement never waits for the GUI thread (a busy window must not delay the
// other terminals), and it is dropped safely when the listener is gone.
class Announcer
{
public:
    Announcer() = default;
    Announcer(Address listenerAddress, AvailabilityListener *listener);

    void announce(const QList<qint64> &eventIds) const;

private:
    Address m_address;
    AvailabilityListener *m_listener = nullptr;
};

} // namespace Marquee

#include "liveseats.h"

#include "availability/liveavailability.h"
#include "seatservice.h"

namespace Marquee {

LiveSeats::LiveSeats(SeatService &service, LiveAvailability *live, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    if (live)
        connect(live, &LiveAvailability::seatsChanged, this, [this](qint64 eventId, const QStringList &) { onHint(eventId); });
}

void LiveSeats::follow(qint64 eventId)
{
    if (eventId == m_eventId)
        return;
    m_read.cancel();
    m_eventId = eventId;
    m_loaded = false;
    m_again = false;
    m_seats.clear();
    m_states.clear();
    if (eventId > 0)
        refresh();
}

void LiveSeats::onHint(qint64 eventId)
{
    if (m_eventId <= 0 || (eventId != 0 && eventId != m_eventId))
        return;
    if (m_read.isPending()) {
        m_again = true;
        return;
    }
    refresh();
}

void LiveSeats::refresh()
{
    if (m_eventId <= 0)
        return;
    const qint64 asked = m_eventId;
    m_again = false;
    m_read.ask(m_service.seatMap(asked), this, [this, asked](Result<QList<EventSeat>> seats) {
        if (asked != m_eventId)
            return;
        if (!seats) {
            emit failed(seats.error());
            return;
        }
        m_seats = seats.value();
        QHash<QString, SeatState> states;
        states.reserve(m_seats.size());
        for (const EventSeat &seat : std::as_const(m_seats))
            states.insert(seat.guid, seat.state);
        m_states.replace(states);
        const bool first = !m_loaded;
        m_loaded = true;
        emit loaded(first);
        if (m_again)
            refresh();
    });
}

} // namespace Marquee

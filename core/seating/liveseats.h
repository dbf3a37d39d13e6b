#pragma once

#include "common/error.h"
#include "eventseat.h"
#include "seatstates.h"
#include "service/reply.h"

#include <QList>
#include <QObject>

namespace Marquee {

class LiveAvailability;
class SeatService;

// One event's seats, kept true live for a seat map: read once from seat_map(), then again whenever a hint says
// seats of this event changed (marquee_seats, or the listener reconnected). Only the seats whose state really
// changed are reported (SeatStates::statesChanged), so a map repaints those and nothing is rebuilt. A burst of
// hints costs one read at a time: a hint during a read asks for one more read after it.
class LiveSeats final : public QObject
{
    Q_OBJECT

public:
    LiveSeats(SeatService &service, LiveAvailability *live, QObject *parent = nullptr);

    // Follows this event's seats (0: none). The states are Unknown until the first read answers.
    void follow(qint64 eventId);
    qint64 eventId() const { return m_eventId; }
    SeatStates *states() { return &m_states; }
    // The seats as last read (names, places, categories).
    const QList<EventSeat> &seats() const { return m_seats; }
    // Re-reads now (e.g. after this terminal's own hold).
    void refresh();

signals:
    // A read answered; `first` for the first one after follow().
    void loaded(bool first);
    void failed(const Marquee::Error &error);

private:
    void onHint(qint64 eventId);

    SeatService &m_service;
    SeatStates m_states;
    QList<EventSeat> m_seats;
    LatestReply m_read;
    qint64 m_eventId = 0;
    bool m_loaded = false;
    bool m_again = false;
};

} // namespace Marquee

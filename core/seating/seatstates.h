#pragma once

#include "seatstate.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace Marquee {

// The states of one event's seats as this terminal last heard them, by seat_guid: what a seat map reads and
// listens to. Whoever reads marquee.seat_map() (once, then again for the seats a notification names) feeds it;
// it tells only about the seats whose state really changed, so a view repaints those and nothing else.
// A seat it has not heard of is Unknown.
class SeatStates : public QObject
{
    Q_OBJECT

public:
    explicit SeatStates(QObject *parent = nullptr);

    SeatState state(const QString &guid) const { return m_states.value(guid, SeatState::Unknown); }
    const QHash<QString, SeatState> &all() const { return m_states; }

    // Changes these seats and leaves the others as they are (a re-read of the seats that changed).
    void update(const QHash<QString, SeatState> &states);
    void setState(const QString &guid, SeatState state);
    // The whole event's map: seats not in it become Unknown.
    void replace(const QHash<QString, SeatState> &states);
    void clear();

signals:
    // Only seats whose state is now different; never empty.
    void statesChanged(const QStringList &guids);

private:
    QHash<QString, SeatState> m_states;
};

} // namespace Marquee

#include "seatstates.h"

namespace Marquee {

SeatStates::SeatStates(QObject *parent)
    : QObject(parent)
{
}

void SeatStates::update(const QHash<QString, SeatState> &states)
{
    QStringList changed;
    for (auto it = states.constBegin(); it != states.constEnd(); ++it) {
        if (state(it.key()) == it.value())
            continue;
        if (it.value() == SeatState::Unknown)
            m_states.remove(it.key());
        else
            m_states.insert(it.key(), it.value());
        changed << it.key();
    }
    if (!changed.isEmpty())
        emit statesChanged(changed);
}

void SeatStates::setState(const QString &guid, SeatState state)
{
    update({{guid, state}});
}

void SeatStates::replace(const QHash<QString, SeatState> &states)
{
    QHash<QString, SeatState> next = states;
    for (auto it = m_states.constBegin(); it != m_states.constEnd(); ++it) {
        if (!next.contains(it.key()))
            next.insert(it.key(), SeatState::Unknown);
    }
    update(next);
}

void SeatStates::clear()
{
    replace({});
}

} // namespace Marquee

#include "attendancewatch.h"

#include "availability/liveavailability.h"
#include "doorservice.h"

namespace Marquee {

AttendanceWatch::AttendanceWatch(DoorService &door, LiveAvailability *live, QObject *parent)
    : QObject(parent)
    , m_door(door)
    , m_coalesce(this)
    , m_reconcile(this)
{
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, &AttendanceWatch::readPending);
    m_reconcile.setInterval(30000);
    connect(&m_reconcile, &QTimer::timeout, this, &AttendanceWatch::refresh);
    if (live) {
        connect(live, &LiveAvailability::attendanceHinted, this, &AttendanceWatch::hinted);
        connect(live, &LiveAvailability::connectionRestored, this, &AttendanceWatch::refresh);
    }
}

void AttendanceWatch::setEvents(const QList<qint64> &eventIds)
{
    m_events = eventIds;
    const QSet<qint64> watched(eventIds.cbegin(), eventIds.cend());
    for (auto it = m_counts.begin(); it != m_counts.end();) {
        if (watched.contains(it.key()))
            ++it;
        else
            it = m_counts.erase(it);
    }
    m_pending.intersect(watched);
    if (m_events.isEmpty())
        m_reconcile.stop();
    else
        m_reconcile.start();
    refresh();
}

void AttendanceWatch::refresh()
{
    for (qint64 id : std::as_const(m_events))
        m_pending.insert(id);
    schedule();
}

void AttendanceWatch::hinted(qint64 eventId)
{
    if (eventId <= 0) {
        refresh();   // not ours, or forged: re-read what we show
        return;
    }
    if (m_events.contains(eventId)) {
        m_pending.insert(eventId);
        schedule();
    }
}

void AttendanceWatch::schedule()
{
    if (m_pending.isEmpty() || m_coalesce.isActive())
        return;
    qint64 delay = 20;
    if (m_lastRead.isValid())
        delay = qMax<qint64>(delay, m_minimumIntervalMs - m_lastRead.elapsed());
    m_coalesce.start(int(qMax<qint64>(0, delay)));
}

void AttendanceWatch::readPending()
{
    m_lastRead.restart();
    const QList<qint64> ids(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    for (qint64 id : ids) {
        if (m_inFlight.contains(id)) {
            m_pending.insert(id);   // asked again once the answer in flight is in
            continue;
        }
        m_inFlight.insert(id);
        ++m_readCount;
        m_door.attendance(id).then(this, [this, id](Result<EventAttendance> counted) {
            m_inFlight.remove(id);
            if (counted && m_events.contains(id)) {
                const bool changed = !m_counts.contains(id) || !(m_counts.value(id) == counted.value());
                m_counts.insert(id, counted.value());
                if (changed)
                    emit attendanceChanged(counted.value());
            }
            schedule();
        });
    }
    if (!m_pending.isEmpty())
        schedule();
}

} // namespace Marquee

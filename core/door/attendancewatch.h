#pragma once

#include "domain/attendance.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Marquee {

class DoorService;
class LiveAvailability;

// Keeps the headcount of a few events live on the GUI thread, for the door view and the admin's attendance.
// Every check-in and check-out notifies `marquee_attendance` with the event's id; a notification is only a
// hint (anyone may NOTIFY): the watch re-reads marquee.event_attendance() for the watched events it names, at
// most once per minimum interval, all of them after a hint it cannot read or after the connection came back,
// and every reconcile interval anyway (a lost notification is corrected without anyone asking).
class AttendanceWatch final : public QObject
{
    Q_OBJECT

public:
    AttendanceWatch(DoorService &door, LiveAvailability *live, QObject *parent = nullptr);

    void setEvents(const QList<qint64> &eventIds);
    QList<qint64> events() const { return m_events; }
    // The last count read for this event (empty until the first answer).
    EventAttendance attendance(qint64 eventId) const { return m_counts.value(eventId); }
    void refresh();

    void setMinimumReadInterval(int ms) { m_minimumIntervalMs = ms; }
    void setReconcileInterval(int ms) { m_reconcile.setInterval(ms); }
    int readCount() const { return m_readCount; }

signals:
    void attendanceChanged(const Marquee::EventAttendance &attendance);

private:
    void hinted(qint64 eventId);
    void schedule();
    void readPending();

    DoorService &m_door;
    QList<qint64> m_events;
    QHash<qint64, EventAttendance> m_counts;
    QSet<qint64> m_pending;
    QSet<qint64> m_inFlight;
    QTimer m_coalesce;
    QTimer m_reconcile;
    QElapsedTimer m_lastRead;
    int m_minimumIntervalMs = 250;
    int m_readCount = 0;
};

} // namespace Marquee

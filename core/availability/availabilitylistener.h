#pragma once

#include "announcer.h"
#include "common/error.h"
#include "session/connectionprofile.h"
#include "domain/availability.h"
#include "service/address.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace Marquee {

// Keeps a terminal's seat counts true, live. Runs in its own thread with its own connection (LISTEN
// needs an event loop where the connection lives). A notification is only a hint: the ids of a
// burst are collected for a few tens of milliseconds and then re-read from event_availability(),
// so a lost, duplicated or forged notification never leaves a wrong number on screen.
// When the connection drops it says so, retries with backoff, subscribes again and re-reads
// everything it has reported before (notifications sent meanwhile are gone for good).
// Anyone can NOTIFY, so however many hints arrive it re-reads at a bounded rate: the first hint
// after a quiet spell within the coalescing interval, then at most once per minimum read interval
// (4 a second by default), every pending id in one query. Its heartbeat is also the venue's
// housekeeping: marquee.housekeeping() ends sessions that would stall every terminal.
class AvailabilityListener final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *Channel = "marquee_availability";
    // Check-ins and check-outs (migrations/0035): a hint to re-read an event's headcount, passed on as is.
    static constexpr const char *AttendanceChannel = "marquee_attendance";
    // Seat changes of seated events (migrations/0022): {"event_id": n, "seats": [...]} or {"event_id": n}.
    static constexpr const char *SeatsChannel = "marquee_seats";

    explicit AvailabilityListener(const ConnectionProfile &profile, QObject *parent = nullptr);
    ~AvailabilityListener() override;

    // Where workers post announcements for this listener's thread (valid while the listener lives).
    Address address() const { return m_address; }

    // More pending ids than this (a flood of made-up ids) are cut down to the watched ones.
    static constexpr int MaxPendingIds = 500;

    void setCoalesceInterval(int ms) { m_coalesceMs = ms; }
    void setMinimumReadInterval(int ms) { m_minimumReadIntervalMs = ms; }
    void setHeartbeatInterval(int ms) { m_heartbeat.setInterval(ms); }
    // How many times availability was re-read after hints since start (for tests and the benchmark).
    int readCount() const { return m_reads.load(); }

public slots:
    void start();
    void stop();
    // After this terminal's own booking committed: send the hint to every terminal.
    void announce(const QList<qint64> &eventIds);
    // Re-read these events now (a view opened them) or everything known.
    void refresh(const QList<qint64> &eventIds);
    void refreshAll();
    // The events this terminal shows: the ones reconciled and re-read after a reconnect or a junk hint.
    // Events that left every view are forgotten.
    void watch(const QList<qint64> &eventIds);

signals:
    // `complete` is true after (re)connecting: the list then holds everything re-read.
    void availabilityChanged(const QList<Marquee::Availability> &availability, bool complete);
    void connectionLost(const QString &message);
    void connectionRestored();
    void started();
    // Someone checked a ticket of this event in or out (0: a hint without a readable event id).
    void attendanceHinted(qint64 eventId);
    // A hint that seats of this event changed (these, or any when `guids` is empty; every event when `eventId`
    // is 0: after a reconnect). Only a hint: whoever shows the seats re-reads them from seat_map().
    void seatsChanged(qint64 eventId, const QStringList &guids);

private:
    bool connectNow();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void scheduleRead();
    void readPending();
    void heartbeat();
    void lost(const Error &error);
    void scheduleReconnect();
    void sendAnnouncements();

    ConnectionProfile m_profile;
    Address m_address;
    QString m_connectionName;
    QTimer m_coalesce;
    QTimer m_heartbeat;
    QTimer m_reconnect;
    QTimer m_announceBatch;
    QSet<qint64> m_pending;
    QSet<qint64> m_known;
    QElapsedTimer m_lastRead;
    // Hints that arrive together (one commit's, a burst of sales) make one read; the flood protection is the
    // minimum interval below. 5 ms, not more: every terminal's screen waits this long after every sale.
    int m_coalesceMs = 5;
    int m_minimumReadIntervalMs = 250;
    std::atomic<int> m_reads{0};
    bool m_housekeeping = true;
    QList<qint64> m_toAnnounce;
    bool m_connected = false;
    bool m_wasConnected = false;
    bool m_driverHooked = false;
    bool m_stopped = false;
    int m_backoffMs = 250;
    int m_heartbeats = 0;
};

} // namespace Marquee

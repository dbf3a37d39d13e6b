#pragma once

#include "announcer.h"
#include "session/connectionprofile.h"
#include "domain/availability.h"

#include <QList>
#include <QStringList>
#include <QStringList>
#include <QObject>

class QThread;

namespace Marquee {

class AvailabilityListener;

// The GUI-side handle: owns the listener's thread, forwards its signals to the owner's thread.
class LiveAvailability final : public QObject
{
    Q_OBJECT

public:
    explicit LiveAvailability(const ConnectionProfile &profile, QObject *parent = nullptr);
    // Never waits on the network: a listener busy connecting is left to end by itself.
    ~LiveAvailability() override;

    void start();
    void announce(const QList<qint64> &eventIds);
    void refresh(const QList<qint64> &eventIds);
    void refreshAll();
    void watch(const QList<qint64> &eventIds);
    bool isConnected() const { return m_connected; }
    AvailabilityListener *listener() const { return m_listener; }
    // For workers: announces right after their commit, straight to the listener's thread.
    Announcer announcer() const;

signals:
    void availabilityChanged(const QList<Marquee::Availability> &availability, bool complete);
    void connectionLost(const QString &message);
    void connectionRestored();
    // A check-in or check-out of this event happened somewhere (0: re-read everything shown). Only a hint.
    void attendanceHinted(qint64 eventId);
    // Seats of this event changed (these, or any when empty; every event when 0): re-read them (seat_map).
    void seatsChanged(qint64 eventId, const QStringList &guids);

private:
    QThread *m_thread = nullptr;
    AvailabilityListener *m_listener = nullptr;
    bool m_connected = false;
};

} // namespace Marquee

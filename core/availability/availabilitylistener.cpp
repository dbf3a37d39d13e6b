#include "availabilitylistener.h"

#include "availabilityrepository.h"
#include "database/connection.h"
#include "server/housekeeping.h"
#include "service/detachedthreads.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlQuery>

namespace Marquee {

namespace {
// After a failover the promoted server takes writes within seconds; the banner should not outlast it by much.
// Even 300 terminals knocking every 4 s are 75 connections a second, which a server that just came up serves.
constexpr int MaxBackoffMs = 4000;
}

AvailabilityListener::AvailabilityListener(const ConnectionProfile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_address(this)
    , m_connectionName(Connection::uniqueName(QStringLiteral("listener")))
    , m_coalesce(this)
    , m_heartbeat(this)
    , m_reconnect(this)
    , m_announceBatch(this)
{
    qRegisterMetaType<QList<Marquee::Availability>>();
    // The listener's own session never holds a long transaction, so hints arrive at once;
    // a short statement timeout keeps a stalled server from freezing the reconnect logic.
    m_profile.statementTimeoutMs = 5000;
    m_profile.announceAfterCommit = false;
    m_coalesce.setSingleShot(true);
    // Bookings that commit within a few milliseconds of each other are announced in one call.
    m_announceBatch.setSingleShot(true);
    m_announceBatch.setInterval(5);
    connect(&m_announceBatch, &QTimer::timeout, this, &AvailabilityListener::sendAnnouncements);
    m_heartbeat.setInterval(3000);
    m_reconnect.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, &AvailabilityListener::readPending);
    connect(&m_heartbeat, &QTimer::timeout, this, &AvailabilityListener::heartbeat);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        if (!connectNow())
            scheduleReconnect();
    });
}

AvailabilityListener::~AvailabilityListener()
{
    m_address.clear();
    stop();
}

void AvailabilityListener::start()
{
    m_stopped = false;
    if (!connectNow())
        scheduleReconnect();
    emit started();
}

void AvailabilityListener::stop()
{
    m_stopped = true;
    m_coalesce.stop();
    m_heartbeat.stop();
    m_reconnect.stop();
    m_announceBatch.stop();
    if (QSqlDatabase::contains(m_connectionName))
        Connection::close(m_connectionName);
    m_connected = false;
    m_driverHooked = false;
}

bool AvailabilityListener::connectNow()
{
    if (m_stopped)
        return false;
    auto opened = Connection::open(m_profile, m_connectionName);
    if (!opened) {
        lost(opened.error());
        return false;
    }
    QSqlDatabase db = opened.value();
    if (!m_driverHooked) {
        connect(db.driver(), &QSqlDriver::notification, this, &AvailabilityListener::onNotification);
        m_driverHooked = true;
    }
    // Subscribe first, then read: a change between the two is then seen twice, never missed.
    for (const char *channel : {Channel, SeatsChannel, AttendanceChannel}) {
        if (!db.driver()->subscribedToNotifications().contains(QLatin1String(channel))
            && !db.driver()->subscribeToNotification(QLatin1String(channel))) {
            lost(Error(ErrorCode::ConnectionLost, QStringLiteral("LISTEN failed")));
            return false;
        }
    }
    m_connected = true;
    m_backoffMs = 250;
    m_heartbeat.start();

    AvailabilityRepository repository(db);
    auto active = repository.allActive();
    if (!active) {
        lost(active.error());
        return false;
    }
    QList<Availability> everything = active.value();
    QSet<qint64> seen;
    for (const Availability &a : std::as_const(everything))
        seen.insert(a.eventId);
    const QList<qint64> others(m_known.cbegin(), m_known.cend());
    QList<qint64> missing;
    for (qint64 id : others) {
        if (!seen.contains(id))
            missing.append(id);
    }
    if (!missing.isEmpty()) {
        auto rest = repository.forEvents(missing);
        if (rest)
            everything += rest.value();
    }
    for (const Availability &a : std::as_const(everything))
        m_known.insert(a.eventId);
    if (m_wasConnected)
        emit connectionRestored();
    m_wasConnected = true;
    emit availabilityChanged(everything, true);
    // Seat changes sent while away are gone too: every seat map re-reads.
    emit seatsChanged(0, {});
    if (!m_toAnnounce.isEmpty())
        m_announceBatch.start();
    return true;
}

void AvailabilityListener::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name == QLatin1String(AttendanceChannel)) {
        const QJsonObject hint = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
        emit attendanceHinted(qMax<qint64>(0, hint.value(QLatin1String("event_id")).toVariant().toLongLong()));
        return;
    }
    if (name == QLatin1String(SeatsChannel)) {
        const QJsonObject object = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
        const qint64 eventId = object.value(QLatin1String("event_id")).toVariant().toLongLong();
        QStringList guids;
        const QJsonArray seats = object.value(QLatin1String("seats")).toArray();
        for (const QJsonValue &seat : seats) {
            if (seat.isString())
                guids << seat.toString();
        }
        // Junk or forged: whoever shows seats re-reads them all.
        emit seatsChanged(qMax<qint64>(eventId, 0), guids);
        return;
    }
    if (name != QLatin1String(Channel))
        return;
    const QJsonObject object = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    const qint64 eventId = object.value(QLatin1String("event_id")).toVariant().toLongLong();
    if (eventId <= 0) {
        // Not ours, or forged: the only safe reaction is to re-read everything we show.
        m_pending.unite(m_known);
    } else {
        m_pending.insert(eventId);
    }
    scheduleRead();
}

// One read for everything pending, never sooner than the minimum interval after the last one.
void AvailabilityListener::scheduleRead()
{
    if (m_pending.size() > MaxPendingIds)
        m_pending.intersect(m_known);
    if (m_coalesce.isActive())
        return;
    qint64 delay = m_coalesceMs;
    if (m_lastRead.isValid())
        delay = qMax(delay, m_minimumReadIntervalMs - m_lastRead.elapsed());
    m_coalesce.start(int(qMax<qint64>(0, delay)));
}

void AvailabilityListener::readPending()
{
    if (m_pending.isEmpty() || !m_connected)
        return;
    const QList<qint64> ids(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    AvailabilityRepository repository(QSqlDatabase::database(m_connectionName, false));
    auto result = repository.forEvents(ids);
    ++m_reads;
    m_lastRead.restart();
    if (!result) {
        m_pending.unite(QSet<qint64>(ids.cbegin(), ids.cend()));
        if (result.error().code() == ErrorCode::ConnectionLost || !QSqlDatabase::database(m_connectionName, false).isOpen())
            lost(result.error());
        return;
    }
    for (const Availability &a : result.value())
        m_known.insert(a.eventId);
    emit availabilityChanged(result.value(), false);
}

void AvailabilityListener::refresh(const QList<qint64> &eventIds)
{
    for (qint64 id : eventIds)
        m_pending.insert(id);
    scheduleRead();
}

void AvailabilityListener::refreshAll()
{
    refresh(QList<qint64>(m_known.cbegin(), m_known.cend()));
}

void AvailabilityListener::watch(const QList<qint64> &eventIds)
{
    m_known = QSet<qint64>(eventIds.cbegin(), eventIds.cend());
}

void AvailabilityListener::announce(const QList<qint64> &eventIds)
{
    for (qint64 id : eventIds) {
        if (!m_toAnnounce.contains(id))
            m_toAnnounce.append(id);
    }
    if (m_connected && !m_toAnnounce.isEmpty() && !m_announceBatch.isActive())
        m_announceBatch.start();
}

void AvailabilityListener::sendAnnouncements()
{
    if (!m_connected || m_toAnnounce.isEmpty())
        return;
    AvailabilityRepository repository(QSqlDatabase::database(m_connectionName, false));
    const QList<qint64> ids = m_toAnnounce;
    m_toAnnounce.clear();
    if (auto r = repository.announce(ids); !r) {
        m_toAnnounce += ids;
        lost(r.error());
    }
}

void AvailabilityListener::heartbeat()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen()) {
        lost(Error(ErrorCode::ConnectionLost));
        return;
    }
    // The venue's housekeeping doubles as the heartbeat's query (see migrations/0005). It never fails
    // for its own reasons; a schema without it (an older database) gets a plain SELECT 1.
    if (m_housekeeping) {
        auto done = Housekeeping(db).run();
        if (!done && done.error().sqlState() == QLatin1String("42883"))
            m_housekeeping = false;
        if (!done && (done.error().code() == ErrorCode::ConnectionLost || !db.isOpen())) {
            lost(done.error());
            return;
        }
    } else {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT 1")) || !db.isOpen()) {
            lost(Connection::errorOf(q));
            return;
        }
    }
    // A notification lost in transit leaves nothing to re-read; about once a minute, reconcile
    // everything shown with the table anyway (one small query, not polling for changes).
    if (++m_heartbeats % 20 == 0)
        refreshAll();
}

void AvailabilityListener::lost(const Error &error)
{
    const bool wasConnected = m_connected;
    m_connected = false;
    m_heartbeat.stop();
    if (QSqlDatabase::contains(m_connectionName)) {
        // close() forgets the subscription; the next open() subscribes again.
        QSqlDatabase::database(m_connectionName, false).close();
    }
    if (wasConnected || !m_wasConnected)
        emit connectionLost(error.message());
    scheduleReconnect();
}

void AvailabilityListener::scheduleReconnect()
{
    if (m_stopped || m_reconnect.isActive())
        return;
    // A little jitter, so the terminals of a venue that lost their server together do not all come back at once.
    m_reconnect.start(m_backoffMs + int(QRandomGenerator::global()->bounded(m_backoffMs / 5 + 1)));
    m_backoffMs = qMin(m_backoffMs * 2, MaxBackoffMs);
}

} // namespace Marquee

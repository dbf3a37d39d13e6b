#include "liveavailability.h"

#include "availabilitylistener.h"
#include "service/detachedthreads.h"

#include <QDeadlineTimer>
#include <QThread>

namespace Marquee {

LiveAvailability::LiveAvailability(const ConnectionProfile &profile, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<Marquee::Availability>>();
    m_thread = new QThread;
    m_listener = new AvailabilityListener(profile);
    m_listener->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_listener, [listener = m_listener] {
        listener->stop();
        delete listener;
    }, Qt::DirectConnection);
    connect(m_listener, &AvailabilityListener::availabilityChanged, this, &LiveAvailability::availabilityChanged);
    connect(m_listener, &AvailabilityListener::connectionLost, this, [this](const QString &message) {
        m_connected = false;
        emit connectionLost(message);
    });
    connect(m_listener, &AvailabilityListener::connectionRestored, this, [this] {
        m_connected = true;
        emit connectionRestored();
    });
    connect(m_listener, &AvailabilityListener::availabilityChanged, this, [this] { m_connected = true; });
    connect(m_listener, &AvailabilityListener::attendanceHinted, this, &LiveAvailability::attendanceHinted);
    connect(m_listener, &AvailabilityListener::seatsChanged, this, &LiveAvailability::seatsChanged);
    m_thread->setObjectName(QStringLiteral("availability-listener"));
    m_thread->start();
}

LiveAvailability::~LiveAvailability()
{
    // Signals from the listener must not reach this object any more.
    disconnect(m_listener, nullptr, this, nullptr);
    m_thread->quit();
    if (m_thread->wait(QDeadlineTimer(50))) {
        delete m_thread;
        return;
    }
    // Busy in a network call (a connect can take its whole timeout): it ends by itself, then goes.
    DetachedThreads::adopt(m_thread);
}

Announcer LiveAvailability::announcer() const
{
    return Announcer(m_listener->address(), m_listener);
}

void LiveAvailability::start()
{
    QMetaObject::invokeMethod(m_listener, &AvailabilityListener::start, Qt::QueuedConnection);
}

void LiveAvailability::announce(const QList<qint64> &eventIds)
{
    QMetaObject::invokeMethod(m_listener, [listener = m_listener, eventIds] { listener->announce(eventIds); },
                              Qt::QueuedConnection);
}

void LiveAvailability::refresh(const QList<qint64> &eventIds)
{
    QMetaObject::invokeMethod(m_listener, [listener = m_listener, eventIds] { listener->refresh(eventIds); },
                              Qt::QueuedConnection);
}

void LiveAvailability::watch(const QList<qint64> &eventIds)
{
    QMetaObject::invokeMethod(m_listener, [listener = m_listener, eventIds] { listener->watch(eventIds); },
                              Qt::QueuedConnection);
}

void LiveAvailability::refreshAll()
{
    QMetaObject::invokeMethod(m_listener, &AvailabilityListener::refreshAll, Qt::QueuedConnection);
}

} // namespace Marquee

#include "listenerhost.h"

namespace Marquee::Bench {

ListenerHost::ListenerHost(const ConnectionProfile &profile, Changed changed)
{
    m_listener = new AvailabilityListener(profile);
    m_listener->moveToThread(&m_thread);
    QObject::connect(m_listener, &AvailabilityListener::availabilityChanged, m_listener,
                     [changed = std::move(changed)](const QList<Marquee::Availability> &availability, bool complete) {
                         changed(availability, complete);
                     }, Qt::DirectConnection);
    QObject::connect(&m_thread, &QThread::finished, m_listener, [this] {
        m_listener->stop();
        delete m_listener;
        qDeleteAll(m_adopted);
    }, Qt::DirectConnection);
    m_thread.setObjectName(QStringLiteral("bench-listener"));
    m_thread.start();
}

ListenerHost::~ListenerHost()
{
    m_thread.quit();
    m_thread.wait();
}

void ListenerHost::adopt(QObject *object)
{
    object->moveToThread(&m_thread);
    m_adopted.append(object);
}

void ListenerHost::start()
{
    QMetaObject::invokeMethod(m_listener, &AvailabilityListener::start, Qt::QueuedConnection);
}

void ListenerHost::announce(const QList<qint64> &eventIds)
{
    QMetaObject::invokeMethod(m_listener, [listener = m_listener, eventIds] { listener->announce(eventIds); },
                              Qt::QueuedConnection);
}

} // namespace Marquee::Bench

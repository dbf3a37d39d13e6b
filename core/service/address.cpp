#include "address.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QObject>

namespace Marquee {

Address::Address(QObject *object)
    : m_guard(std::make_shared<Guard>())
{
    m_guard->object = object;
}

bool Address::post(std::function<void()> work) const
{
    if (!m_guard)
        return false;
    // Held while posting, so the object cannot be destroyed between the check and the post.
    QMutexLocker lock(&m_guard->mutex);
    if (!m_guard->object)
        return false;
    return QMetaObject::invokeMethod(m_guard->object, std::move(work), Qt::QueuedConnection);
}

void Address::clear()
{
    if (!m_guard)
        return;
    QMutexLocker lock(&m_guard->mutex);
    m_guard->object = nullptr;
}

bool Address::isValid() const
{
    if (!m_guard)
        return false;
    QMutexLocker lock(&m_guard->mutex);
    return m_guard->object != nullptr;
}

} // namespace Marquee

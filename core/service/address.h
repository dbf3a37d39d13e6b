#pragma once

#include <QMutex>

#include <functional>
#include <memory>

class QObject;

namespace Marquee {

// A way for another thread to run code on an object's own thread that stays safe after the object is gone.
//
// Checking a QPointer and then posting to the object races with its destruction on its own thread; an Address
// closes that window: it posts under a lock that the object's owner takes to clear() it before the object goes,
// and Qt discards whatever was already posted to an object when it is destroyed. Copies share one guard.
class Address
{
public:
    Address() = default;
    explicit Address(QObject *object);

    // Runs `work` on the object's thread (queued); false, and nothing runs, when the object is gone.
    bool post(std::function<void()> work) const;

    // The object is going: later posts are dropped. Call from the object's destructor or its owner.
    void clear();

    bool isValid() const;

private:
    struct Guard
    {
        QMutex mutex;
        QObject *object = nullptr;
    };
    std::shared_ptr<Guard> m_guard;
};

} // namespace Marquee

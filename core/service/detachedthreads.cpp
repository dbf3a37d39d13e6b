#include "detachedthreads.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QThread>

#include <vector>

namespace Marquee {

namespace {

QMutex s_mutex;
std::vector<QPointer<QThread>> s_threads;

} // namespace

void DetachedThreads::adopt(QThread *thread)
{
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    if (thread->isFinished()) {
        // It ended between the owner's last look and the connection above.
        thread->deleteLater();
        return;
    }
    QMutexLocker lock(&s_mutex);
    s_threads.emplace_back(thread);
}

bool DetachedThreads::waitAll(int ms)
{
    const QDeadlineTimer deadline(ms);
    QMutexLocker lock(&s_mutex);
    std::vector<QPointer<QThread>> running;
    for (const QPointer<QThread> &thread : s_threads) {
        if (thread && !thread->wait(deadline))
            running.push_back(thread);
    }
    s_threads = running;
    return running.empty();
}

} // namespace Marquee

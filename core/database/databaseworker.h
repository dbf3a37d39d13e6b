#pragma once

#include "common/error.h"
#include "connectionprofile.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>

#include <type_traits>
#include <utility>

namespace Marquee {

class WorkerConnection;

// A thread with its own database connection, so the GUI thread never waits on the network.
// run() hands a job to the thread; the job gets the thread's connection (reopened if the server
// dropped it) and its result comes back to `context`'s thread by a queued call. If `context` is
// gone by then, the result is dropped.
// When the connection cannot be opened (the server is full, this login has used its connections,
// the network is down), a job that returns a Result gets that error, not a closed handle, and the
// worker keeps trying to open it by itself with backoff, so a terminal that got only some of its
// connections gets the rest as soon as the server has room.
class DatabaseWorker final : public QObject
{
    Q_OBJECT

public:
    DatabaseWorker(const ConnectionProfile &profile, const QString &purpose, QObject *parent = nullptr);
    ~DatabaseWorker() override;

    template<typename Job, typename Done>
    void run(QObject *context, Job job, Done done)
    {
        QPointer<QObject> guard(context);
        QObject *target = m_connectionObject;
        QMetaObject::invokeMethod(target, [target, job = std::move(job), done = std::move(done), guard]() mutable {
            QSqlDatabase db = connectionOf(target);
            using JobResult = decltype(job(db));
            auto result = [&]() -> JobResult {
                if constexpr (std::is_constructible_v<JobResult, Error>) {
                    if (!db.isOpen())
                        return JobResult(openErrorOf(target));
                }
                return job(db);
            }();
            if (guard) {
                QMetaObject::invokeMethod(guard.data(), [done = std::move(done), result = std::move(result)]() mutable {
                    done(std::move(result));
                }, Qt::QueuedConnection);
            }
        }, Qt::QueuedConnection);
    }

    ConnectionProfile profile() const { return m_profile; }

private:
    static QSqlDatabase connectionOf(QObject *connectionObject);
    static Error openErrorOf(QObject *connectionObject);

    ConnectionProfile m_profile;
    QThread m_thread;
    QObject *m_connectionObject = nullptr;
};

} // namespace Marquee

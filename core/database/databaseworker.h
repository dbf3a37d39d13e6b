#pragma once

#include "connectionprofile.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>

#include <utility>

namespace Marquee {

class WorkerConnection;

// A thread with its own database connection, so the GUI thread never waits on the network.
// run() hands a job to the thread; the job gets the thread's connection (reopened if the server
// dropped it) and its result comes back to `context`'s thread by a queued call. If `context` is
// gone by then, the result is dropped.
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
            auto result = job(db);
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

    ConnectionProfile m_profile;
    QThread m_thread;
    QObject *m_connectionObject = nullptr;
};

} // namespace Marquee

#include "databaseworker.h"

#include "connection.h"
#include "service/detachedthreads.h"

#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace Marquee {

namespace {

constexpr int FirstRetryMs = 250;
constexpr int LongestRetryMs = 5000;
// How long a destroyed worker may hold up the thread that destroys it (usually the GUI's).
constexpr int DestroyWaitMs = 50;

} // namespace

// Lives in the worker thread and owns the connection there: opened on first use, reopened after the server
// dropped it, closed and removed from the thread itself when the thread finishes.
class WorkerConnection final : public QObject
{
public:
    WorkerConnection(ConnectionProfile profile, QString name)
        : m_profile(std::move(profile)), m_name(std::move(name))
    {
    }

    // The open connection, or why there is none.
    Result<QSqlDatabase> connection()
    {
        if (QSqlDatabase::contains(m_name)) {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                return db;
            // Statements prepared on the dropped session do not exist on the new one.
            Connection::forgetPrepared(m_name);
        }
        return Connection::open(m_profile, m_name);
    }

    void closeConnection()
    {
        if (QSqlDatabase::contains(m_name))
            Connection::close(m_name);
    }

    void attempt(DatabaseWorker::Kind kind, const std::function<std::optional<Error>(QSqlDatabase *, const Error *)> &job,
                 const std::function<void(const Error &)> &fail, const std::function<bool()> &cancelled, int retryMs)
    {
        if (cancelled())
            return;
        auto db = connection();
        std::optional<Error> failure;
        if (db) {
            failure = job(&db.value(), nullptr);
        } else if (kind == DatabaseWorker::Kind::KeyedWrite && DatabaseWorker::isRetryable(db.error())
                   && QSqlDatabase::contains(m_name)) {
            // No server takes writes right now; the sale reconnects itself (with its key) until one does.
            QSqlDatabase closed = QSqlDatabase::database(m_name, false);
            failure = job(&closed, nullptr);
        } else {
            failure = job(nullptr, &db.error());
        }
        if (!failure)
            return;
        if (kind != DatabaseWorker::Kind::Read || m_finishing) {
            fail(*failure);
            return;
        }
        // A read that found no connection: try again later, unless nobody wants it any more by then.
        QTimer::singleShot(retryMs, this, [this, kind, job, fail, cancelled, retryMs] {
            attempt(kind, job, fail, cancelled, std::min(retryMs * 2, LongestRetryMs));
        });
    }

    // The worker is going: reads waiting for a retry give up with their last failure instead.
    void finish() { m_finishing = true; }

private:
    ConnectionProfile m_profile;
    QString m_name;
    bool m_finishing = false;
};

DatabaseWorker::DatabaseWorker(const ConnectionProfile &profile, const QString &purpose, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_thread(new QThread)
{
    auto *connection = new WorkerConnection(profile, Connection::uniqueName(purpose));
    connection->moveToThread(m_thread);
    m_connection = connection;
    // Runs in the worker thread as its event loop ends: the connection is closed where it was opened.
    connect(m_thread, &QThread::finished, connection, [connection] {
        connection->closeConnection();
        delete connection;
    }, Qt::DirectConnection);
    m_thread->setObjectName(QStringLiteral("db-") + purpose);
    m_thread->start();
}

DatabaseWorker::~DatabaseWorker()
{
    // Queued behind the jobs already asked for, so those still run (a sale in flight is not dropped).
    QThread *thread = m_thread;
    WorkerConnection *connection = m_connection;
    QMetaObject::invokeMethod(connection, [connection, thread] {
        connection->finish();
        thread->quit();
    }, Qt::QueuedConnection);
    if (thread->wait(QDeadlineTimer(DestroyWaitMs))) {
        delete thread;
        return;
    }
    // Still busy in a network call: never wait on libpq here. The thread ends by itself after its job.
    DetachedThreads::adopt(thread);
}

bool DatabaseWorker::isRetryable(const Error &error)
{
    switch (error.code()) {
    case ErrorCode::ConnectionLost:
    case ErrorCode::CannotConnect:
    case ErrorCode::ServerFull:
    case ErrorCode::LoginConnectionLimit:
        return true;
    default:
        return false;
    }
}

void DatabaseWorker::schedule(Kind kind, Attempt attempt, Fail fail, Cancelled cancelled)
{
    WorkerConnection *connection = m_connection;
    QMetaObject::invokeMethod(connection, [connection, kind, attempt = std::move(attempt), fail = std::move(fail),
                                           cancelled = std::move(cancelled)] {
        connection->attempt(kind, attempt, fail, cancelled, FirstRetryMs);
    }, Qt::QueuedConnection);
}

} // namespace Marquee

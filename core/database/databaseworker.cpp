#include "databaseworker.h"

#include "connection.h"

#include <QSqlError>
#include <QTimer>

namespace Marquee {

namespace {
constexpr int FirstRetryMs = 500;
constexpr int MaxRetryMs = 8000;
}

// Lives in the worker thread and owns the connection there: opened on first use, reopened after the
// server dropped it, closed and removed from the thread itself when the thread finishes. Once it has
// been asked for and could not be opened, it tries again by itself with backoff until it is open.
class WorkerConnection final : public QObject
{
public:
    WorkerConnection(ConnectionProfile profile, QString name)
        : m_profile(std::move(profile)), m_name(std::move(name)), m_retry(this)
    {
        m_retry.setSingleShot(true);
        QObject::connect(&m_retry, &QTimer::timeout, this, [this] { (void)connection(); });
    }

    QSqlDatabase connection()
    {
        QSqlDatabase db;
        if (!QSqlDatabase::contains(m_name)) {
            // open() adds the connection even when it fails: the next call only reopens it.
            auto opened = Connection::open(m_profile, m_name);
            if (!opened)
                m_openError = opened.error();
            db = QSqlDatabase::database(m_name, false);
        } else {
            db = QSqlDatabase::database(m_name, false);
            if (!db.isOpen()) {
                // Statements prepared on the dropped session do not exist on the new one.
                Connection::forgetPrepared(m_name);
                if (!db.open())
                    m_openError = Error::fromSql(db.lastError());
            }
        }
        if (db.isOpen()) {
            m_retry.stop();
            m_retryMs = FirstRetryMs;
        } else if (!m_retry.isActive()) {
            m_retry.start(m_retryMs);
            m_retryMs = qMin(m_retryMs * 2, MaxRetryMs);
        }
        return db;
    }

    Error openError() const { return m_openError; }

    void closeConnection()
    {
        m_retry.stop();
        if (QSqlDatabase::contains(m_name))
            Connection::close(m_name);
    }

private:
    ConnectionProfile m_profile;
    QString m_name;
    QTimer m_retry;
    int m_retryMs = FirstRetryMs;
    Error m_openError = Error(ErrorCode::ConnectionLost);
};

DatabaseWorker::DatabaseWorker(const ConnectionProfile &profile, const QString &purpose, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
{
    auto *connection = new WorkerConnection(profile, Connection::uniqueName(purpose));
    connection->moveToThread(&m_thread);
    m_connectionObject = connection;
    // Runs in the worker thread as its event loop ends: the connection is closed where it was opened.
    connect(&m_thread, &QThread::finished, connection, [connection] {
        connection->closeConnection();
        delete connection;
    }, Qt::DirectConnection);
    m_thread.setObjectName(QStringLiteral("db-") + purpose);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    m_thread.quit();
    m_thread.wait();
}

QSqlDatabase DatabaseWorker::connectionOf(QObject *connectionObject)
{
    return static_cast<WorkerConnection *>(connectionObject)->connection();
}

Error DatabaseWorker::openErrorOf(QObject *connectionObject)
{
    return static_cast<WorkerConnection *>(connectionObject)->openError();
}

} // namespace Marquee

#include "databaseworker.h"

#include "connection.h"

namespace Marquee {

// Lives in the worker thread and owns the connection there: opened on first use, reopened after the
// server dropped it, closed and removed from the thread itself when the thread finishes.
class WorkerConnection final : public QObject
{
public:
    WorkerConnection(ConnectionProfile profile, QString name)
        : m_profile(std::move(profile)), m_name(std::move(name))
    {
    }

    QSqlDatabase connection()
    {
        if (!QSqlDatabase::contains(m_name)) {
            auto opened = Connection::open(m_profile, m_name);
            return opened ? opened.value() : QSqlDatabase::database(m_name, false);
        }
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (!db.isOpen()) {
            // Statements prepared on the dropped session do not exist on the new one.
            Connection::forgetPrepared(m_name);
            db.open();
        }
        return db;
    }

    void closeConnection()
    {
        if (QSqlDatabase::contains(m_name))
            Connection::close(m_name);
    }

private:
    ConnectionProfile m_profile;
    QString m_name;
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

} // namespace Marquee

#include "connection.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QHash>
#include <QThread>

#include <memory>

namespace Marquee::Connection {

Result<QSqlDatabase> open(const ConnectionProfile &profile, const QString &connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error(ErrorCode::DriverMissing, QStringLiteral("QPSQL driver not available"));

    QSqlDatabase db = QSqlDatabase::contains(connectionName)
        ? QSqlDatabase::database(connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(profile.host);
    db.setPort(profile.driverPort());
    db.setDatabaseName(profile.database);
    db.setUserName(profile.user);
    db.setPassword(profile.password);
    db.setConnectOptions(profile.connectOptions());
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    // A new session has none of the statements prepared on the one before.
    forgetPrepared(connectionName);
    if (!db.open())
        return Error::fromSql(db.lastError());
    return db;
}

namespace {

// Connections belong to one thread, so each thread keeps its own prepared statements.
using PreparedByStatement = QHash<QString, std::shared_ptr<QSqlQuery>>;
thread_local QHash<QString, PreparedByStatement> t_prepared;

} // namespace

QSqlQuery *prepared(const QSqlDatabase &db, const QString &sql, Error *error)
{
    PreparedByStatement &statements = t_prepared[db.connectionName()];
    auto found = statements.constFind(sql);
    if (found != statements.constEnd())
        return found->get();
    auto q = std::make_shared<QSqlQuery>(db);
    q->setNumericalPrecisionPolicy(QSql::HighPrecision);
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        if (error)
            *error = errorOf(*q);
        return nullptr;
    }
    statements.insert(sql, q);
    return q.get();
}

void forgetPrepared(const QString &connectionName)
{
    t_prepared.remove(connectionName);
}

void close(const QString &connectionName)
{
    forgetPrepared(connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Result<void> reopen(QSqlDatabase &db)
{
    forgetPrepared(db.connectionName());
    db.close();
    if (!db.open())
        return Error::fromSql(db.lastError());
    return {};
}

QString uniqueName(const QString &purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("marquee-%1-%2").arg(purpose).arg(counter.fetchAndAddRelaxed(1));
}

QSqlQuery query(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    q.setForwardOnly(true);
    return q;
}

Error errorOf(const QSqlQuery &query)
{
    Error error = Error::fromSql(query.lastError());
    // After the server dropped the connection Qt may report no SQLSTATE at all; the handle tells.
    if (error.code() == ErrorCode::Internal && !query.driver()->isOpen())
        return Error(ErrorCode::ConnectionLost, error.detail());
    if (error.code() == ErrorCode::Internal && query.driver()->isOpenError())
        return Error(ErrorCode::ConnectionLost, error.detail());
    return error;
}

Result<void> exec(QSqlQuery &query)
{
    if (!query.exec())
        return errorOf(query);
    return {};
}

Result<void> committed(QSqlQuery &query)
{
    // next() past the rows read fetches the statement's end: the end of the rows, or the error that came instead.
    while (query.isActive() && query.next()) {
    }
    if (query.lastError().isValid())
        return errorOf(query);
    return {};
}

Result<void> exec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        return errorOf(query);
    return {};
}

} // namespace Marquee::Connection

#pragma once

#include "common/result.h"
#include "session/connectionprofile.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace Marquee::Connection {

// Opens a named QPSQL connection in the calling thread. The connection belongs to this thread
// for its whole life; close it with close() from the same thread.
Result<QSqlDatabase> open(const ConnectionProfile &profile, const QString &connectionName);

// Closes and removes a connection once no QSqlQuery on it is left.
void close(const QString &connectionName);

// Reopens a connection the server dropped. Session settings come back with the profile's options.
Result<void> reopen(QSqlDatabase &db);

// A query prepared once per connection and kept for its life, so later executions cost one round trip
// (QSqlQuery::prepare on QPSQL sends PREPARE; destroying the query sends DEALLOCATE). Owned by this
// thread's cache; forgotten when the connection is closed or reopened through this namespace.
// Returns nullptr and sets `error` if the statement cannot be prepared.
QSqlQuery *prepared(const QSqlDatabase &db, const QString &sql, Error *error = nullptr);
void forgetPrepared(const QString &connectionName);

// A name unique to this thread and purpose, e.g. "marquee-booking-0x7f..".
QString uniqueName(const QString &purpose);

// Runs a prepared query; on failure returns the typed error (a dropped connection becomes ConnectionLost).
Result<void> exec(QSqlQuery &query);
Result<void> exec(QSqlQuery &query, const QString &sql);

// A query on db that reads numeric columns as exact strings.
QSqlQuery query(const QSqlDatabase &db);

// Maps the last error of a query, checking whether the connection itself is gone.
Error errorOf(const QSqlQuery &query);

} // namespace Marquee::Connection

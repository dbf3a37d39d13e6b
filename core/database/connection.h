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

// The rest of a statement's answer, after its rows were read: whether the statement really succeeded — for a
// statement outside a transaction block, whether it COMMITTED. Queries here are forward-only, which QPSQL runs in
// libpq's single-row mode: exec() and next() return as soon as the first row arrives, and the server sends the rows
// of `SELECT marquee.book_tickets(...)` *before* it commits (and, with a synchronous standby, before the standby
// has the commit). A commit that then fails — a deferred check, the connection lost, the server gone while it
// waits for the standby — would otherwise be seen by nobody, and a sale told "made" that was never made.
// Call it after the last row you need and before finish(); a lost connection gives ConnectionLost (the outcome is
// unknown: retry with the key). Every call that changes something and answers with rows needs it.
Result<void> committed(QSqlQuery &query);

// A query on db that reads numeric columns as exact strings.
QSqlQuery query(const QSqlDatabase &db);

// Maps the last error of a query, checking whether the connection itself is gone.
Error errorOf(const QSqlQuery &query);

} // namespace Marquee::Connection

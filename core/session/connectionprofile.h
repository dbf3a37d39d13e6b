#pragma once

#include "common/result.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace Marquee {

// Where and how one terminal connects. Every thread opens its own connection from a copy of this
// (connections cannot cross threads), so it holds parameters, never a connection.
//
// A venue with a standby gives several servers, as libpq takes them: "host=db1,db2 port=5432" (one port for all)
// or "host=db1,db2 port=5432,5433" (one per host). libpq then connects to the first that answers and, with
// target_session_attrs=read-write (the default here for a host list), accepts writes: after a failover every
// reconnect finds the promoted server by itself.
struct ConnectionProfile
{
    QString host;                 // a host name, a Unix socket directory, or a comma-separated list of them
    int port = 5432;              // the port of every host, unless `ports` gives one per host
    QList<int> ports;             // one port per host of a host list (libpq's "port=5432,5433"); empty: `port`
    QString database = QStringLiteral("marquee");
    QString user;
    QString password;
    QString sslMode;              // libpq sslmode: disable, prefer, require, verify-ca, verify-full
    int connectTimeoutSeconds = 5;
    int statementTimeoutMs = 15000;
    int lockTimeoutMs = 5000;
    QString applicationName = QStringLiteral("marquee");
    // Other libpq keywords given in a conninfo string (sslrootcert, sslcert, ...), passed through.
    QList<QPair<QString, QString>> extraOptions;
    // This session announces availability itself right after each booking commits (see migrations/0002).
    bool announceAfterCommit = false;

    // PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, PGSSLMODE as defaults.
    static ConnectionProfile fromEnvironment();

    // A libpq-style "host=/run/x port=5432 dbname=marquee user=alice" on top of the environment defaults.
    static Result<ConnectionProfile> fromConnInfo(const QString &connInfo);

    // The string for QSqlDatabase::setConnectOptions (Qt turns ';' into spaces for libpq).
    QString connectOptions() const;

    // For display and logs: never contains the password.
    QString displayName() const;

    // More than one server in `host` (a primary and its standbys).
    bool hasHostList() const;
    // What QSqlDatabase::setPort gets: -1 when the ports travel in connectOptions() (one per host).
    int driverPort() const;
};

} // namespace Marquee

Q_DECLARE_METATYPE(Marquee::ConnectionProfile)

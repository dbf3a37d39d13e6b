#pragma once

#include "session/connectionprofile.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Marquee::Bench {

// The PostgreSQL the benchmark measures: a private one it starts itself (scripts/pg-local.sh, fsync on,
// stopped and removed at the end), or one given with --db. Every scenario gets a fresh migrated database.
class BenchServer
{
public:
    BenchServer() = default;
    ~BenchServer();

    // maxConnections 0: the script's default (300).
    bool startPrivate(const QString &scriptPath, int maxConnections = 0);
    bool useExisting(const QString &connInfo);
    void stop();

    QString errorString() const { return m_error; }
    // Where the server's socket (or TCP address) is, for the latency proxy.
    QString host() const { return m_admin.host; }
    int port() const { return m_admin.port; }
    QString description() const;

    // Drops and creates `name`, migrates it, and makes the box-office login the terminals use.
    bool createDatabase(const QString &name);
    // The superuser in `database`, directly (no proxy).
    ConnectionProfile superuser(const QString &database) const;
    // A box-office terminal in `database` through the proxy on 127.0.0.1:proxyPort (0: directly).
    ConnectionProfile terminal(const QString &database, quint16 proxyPort) const;
    ConnectionProfile superuserVia(const QString &database, quint16 proxyPort) const;

    // Runs one statement as the superuser in `database`; false and errorString() on failure.
    bool exec(const QString &database, const QString &sql);
    // The first column of the first row of a query, as text (empty on failure).
    QString scalar(const QString &database, const QString &sql);

    static QString boxOfficeLogin() { return QStringLiteral("marquee_bench_box_office"); }
    // A venue's desks are logins of their own, each with its own open shift and so its own receipt counter
    // (migrations/0030): one login shared by every measured terminal would queue all their cash sales on one
    // desk's counter, which no venue does. createDatabase() makes this many.
    static constexpr int DeskCount = 128;
    static QString deskLogin(int index);
    // `terminal` (a box-office profile) as the login of desk `index` (modulo DeskCount); any other profile as it is.
    static ConnectionProfile atDesk(const ConnectionProfile &terminal, int index);

private:
    ConnectionProfile m_admin;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_script;
    QString m_error;
    bool m_private = false;
};

} // namespace Marquee::Bench

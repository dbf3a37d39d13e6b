#pragma once

#include "common/error.h"
#include "session/connectionprofile.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace Marquee::Test {

// One open connection as one login, closed (and removed) with the object: what a person with psql and
// that login's password has. Use it only in the thread that made it.
class SqlSession final
{
public:
    SqlSession(const ConnectionProfile &profile, const QString &purpose);
    ~SqlSession();
    SqlSession(const SqlSession &) = delete;
    SqlSession &operator=(const SqlSession &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    const Error &openError() const { return m_error; }
    QSqlDatabase db() const { return m_db; }

    // Runs one statement: the SQLSTATE it failed with, or an empty string when it worked. A handle the
    // server closed fails with text instead of a state ("database not open", "terminating connection").
    QString stateOf(const QString &sql) const;

    // The first column of the first row, or an invalid QVariant (and a warning) if the statement failed.
    QVariant value(const QString &sql) const;

    // This session's server process, taken when it was opened.
    int pid() const { return m_pid; }

    // Whether the server still answers on this connection.
    bool isAlive() const;

private:
    QString m_name;
    QSqlDatabase m_db;
    Error m_error;
    int m_pid = 0;
};

} // namespace Marquee::Test

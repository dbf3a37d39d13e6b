#include "sqlsession.h"

#include "database/connection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Marquee::Test {

SqlSession::SqlSession(const ConnectionProfile &profile, const QString &purpose)
    : m_name(Connection::uniqueName(QStringLiteral("test-session-") + purpose))
{
    auto db = Connection::open(profile, m_name);
    if (!db) {
        m_error = db.error();
        return;
    }
    m_db = db.value();
    m_pid = value(QStringLiteral("SELECT pg_backend_pid()")).toInt();
}

SqlSession::~SqlSession()
{
    m_db = QSqlDatabase();
    Connection::close(m_name);
}

QString SqlSession::stateOf(const QString &sql) const
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return QString();
    if (!q.lastError().nativeErrorCode().isEmpty())
        return q.lastError().nativeErrorCode();
    return q.lastError().text().isEmpty() ? QStringLiteral("failed") : q.lastError().text();
}

QVariant SqlSession::value(const QString &sql) const
{
    QSqlQuery q(m_db);
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql.left(160)), qPrintable(q.lastError().text()));
        return QVariant();
    }
    return q.next() ? q.value(0) : QVariant();
}

bool SqlSession::isAlive() const
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1")) && m_db.isOpen();
}

} // namespace Marquee::Test

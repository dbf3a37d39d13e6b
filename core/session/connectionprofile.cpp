#include "connectionprofile.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace Marquee {

namespace {

// "5432" or "5432,5433" (libpq's port list): false unless every entry is a port number.
bool parsePorts(const QString &text, QList<int> &ports)
{
    ports.clear();
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        bool ok = false;
        const int port = part.trimmed().toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return false;
        ports.append(port);
    }
    return !ports.isEmpty();
}

// One port, or a list of them, into the profile.
void setPorts(ConnectionProfile &profile, const QList<int> &ports)
{
    profile.port = ports.constFirst();
    profile.ports = ports.size() > 1 ? ports : QList<int>();
}

} // namespace

ConnectionProfile ConnectionProfile::fromEnvironment()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    ConnectionProfile profile;
    profile.host = env.value(QStringLiteral("PGHOST"));
    QList<int> ports;
    if (parsePorts(env.value(QStringLiteral("PGPORT")), ports))
        setPorts(profile, ports);
    profile.database = env.value(QStringLiteral("PGDATABASE"), profile.database);
    profile.user = env.value(QStringLiteral("PGUSER"));
    profile.password = env.value(QStringLiteral("PGPASSWORD"));
    profile.sslMode = env.value(QStringLiteral("PGSSLMODE"));
    return profile;
}

namespace {

// Splits "a=1 b='x y' c=\'q\'" into pairs, as libpq does. Returns false on a malformed string.
bool parseConnInfo(const QString &text, QList<QPair<QString, QString>> &pairs)
{
    int i = 0;
    const int n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const int keyStart = i;
        while (i < n && text.at(i) != QLatin1Char('=') && !text.at(i).isSpace())
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        while (i < n && text.at(i).isSpace())
            ++i;
        if (key.isEmpty() || i >= n || text.at(i) != QLatin1Char('='))
            return false;
        ++i;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == QLatin1Char('\\') && i < n) {
                    value.append(text.at(i++));
                } else if (c == QLatin1Char('\'')) {
                    closed = true;
                    break;
                } else {
                    value.append(c);
                }
            }
            if (!closed)
                return false;
        } else {
            while (i < n && !text.at(i).isSpace()) {
                const QChar c = text.at(i++);
                if (c == QLatin1Char('\\') && i < n)
                    value.append(text.at(i++));
                else
                    value.append(c);
            }
        }
        pairs.append({key, value});
    }
    return true;
}

QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

Result<ConnectionProfile> ConnectionProfile::fromConnInfo(const QString &connInfo)
{
    QList<QPair<QString, QString>> pairs;
    if (!parseConnInfo(connInfo, pairs))
        return Error(ErrorCode::InvalidValue, QStringLiteral("malformed connection string"));

    ConnectionProfile profile = fromEnvironment();
    for (const auto &[key, value] : pairs) {
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
            profile.host = value;
        } else if (key == QLatin1String("port")) {
            QList<int> ports;
            if (!parsePorts(value, ports))
                return Error(ErrorCode::InvalidValue,
                             QStringLiteral("port must be a number from 1 to 65535, or a comma-separated list of them"));
            setPorts(profile, ports);
        } else if (key == QLatin1String("dbname")) {
            profile.database = value;
        } else if (key == QLatin1String("user")) {
            profile.user = value;
        } else if (key == QLatin1String("password")) {
            profile.password = value;
        } else if (key == QLatin1String("sslmode")) {
            profile.sslMode = value;
        } else if (key == QLatin1String("connect_timeout")) {
            profile.connectTimeoutSeconds = value.toInt();
        } else if (key == QLatin1String("application_name")) {
            profile.applicationName = value;
        } else if (value.contains(QLatin1Char(';'))) {
            // Qt would split it: refuse instead of connecting somewhere unexpected.
            return Error(ErrorCode::InvalidValue, QStringLiteral("a value cannot contain ';'"));
        } else {
            profile.extraOptions.append({key, value});
        }
    }
    // libpq would refuse it only when connecting, with words a clerk cannot act on.
    if (!profile.ports.isEmpty() && profile.ports.size() != profile.host.split(QLatin1Char(',')).size())
        return Error(ErrorCode::InvalidValue, QStringLiteral("give one port for every host, or one port for all of them"));
    return profile;
}

QString ConnectionProfile::connectOptions() const
{
    QStringList options;
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    if (connectTimeoutSeconds > 0)
        options << QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds);
    if (!applicationName.isEmpty())
        options << QStringLiteral("application_name=") + quoted(applicationName);
    // Keepalives find a half-open connection (a pulled cable) without waiting for the OS default of hours.
    options << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=10")
            << QStringLiteral("keepalives_interval=5") << QStringLiteral("keepalives_count=3");
    QStringList serverOptions;
    if (statementTimeoutMs > 0)
        serverOptions << QStringLiteral("-c statement_timeout=%1").arg(statementTimeoutMs);
    if (lockTimeoutMs > 0)
        serverOptions << QStringLiteral("-c lock_timeout=%1").arg(lockTimeoutMs);
    if (announceAfterCommit)
        serverOptions << QStringLiteral("-c marquee.notify_after_commit=on");
    if (!serverOptions.isEmpty())
        options << QStringLiteral("options=") + quoted(serverOptions.join(QLatin1Char(' ')));
    if (!ports.isEmpty()) {
        QStringList list;
        for (int p : ports)
            list << QString::number(p);
        // QSqlDatabase::setPort takes one number: a list goes here instead (driverPort() is then -1).
        options << QStringLiteral("port=") + quoted(list.join(QLatin1Char(',')));
    }
    bool attributesGiven = false;
    for (const auto &[key, value] : extraOptions) {
        options << key + QLatin1Char('=') + quoted(value);
        attributesGiven = attributesGiven || key == QLatin1String("target_session_attrs");
    }
    // Of a primary and its standbys, a terminal needs the one that takes writes: it sells, and its listener
    // LISTENs and announces, which a standby refuses. libpq's default ("any") would settle for a standby.
    if (hasHostList() && !attributesGiven)
        options << QStringLiteral("target_session_attrs=read-write");
    return options.join(QLatin1Char(';'));
}

bool ConnectionProfile::hasHostList() const
{
    return host.contains(QLatin1Char(','));
}

int ConnectionProfile::driverPort() const
{
    return ports.isEmpty() ? port : -1;
}

QString ConnectionProfile::displayName() const
{
    const QString where = host.isEmpty() ? QStringLiteral("localhost") : host;
    QStringList portNames;
    for (int p : ports)
        portNames << QString::number(p);
    const QString portName = ports.isEmpty() ? QString::number(port) : portNames.join(QLatin1Char(','));
    return QStringLiteral("%1@%2:%3/%4").arg(user.isEmpty() ? QStringLiteral("(default user)") : user, where, portName,
                                             database);
}

} // namespace Marquee

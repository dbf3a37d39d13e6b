#include "failovercluster.h"

#include <QProcess>

namespace Marquee::Bench {

FailoverCluster::FailoverCluster(const QString &scriptPath)
    : m_script(scriptPath)
    , m_dir(QStringLiteral("/tmp/marquee-failover-XXXXXX"))
{
    if (!m_dir.isValid())
        m_error = QStringLiteral("cannot create a temporary folder: ") + m_dir.errorString();
    // MARQUEE_BENCH_KEEP=1 leaves the servers' folders (stopped) for a person to look into.
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("MARQUEE_BENCH_KEEP"));
}

FailoverCluster::~FailoverCluster()
{
    for (const QString &name : std::as_const(m_started))
        script({QStringLiteral("stop"), folder(name)});
}

bool FailoverCluster::script(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("bash"), QStringList{m_script} + arguments);
    if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("pg-local.sh %1 failed: %2").arg(arguments.constFirst(),
            QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

bool FailoverCluster::connect(BenchServer &server, const QString &name)
{
    if (!server.useExisting(QStringLiteral("host=%1 port=5432 dbname=postgres").arg(folder(name)))) {
        m_error = server.errorString();
        return false;
    }
    return true;
}

bool FailoverCluster::startPrimary()
{
    m_started.append(QStringLiteral("primary"));
    return m_dir.isValid()
        && script({QStringLiteral("start"), primaryFolder(), QStringLiteral("--archive"), folder(QStringLiteral("archive"))})
        && connect(m_primary, QStringLiteral("primary"));
}

bool FailoverCluster::takeBaseBackup()
{
    return script({QStringLiteral("backup"), folder(QStringLiteral("restored")), primaryFolder()});
}

bool FailoverCluster::startStandby()
{
    // It archives into the same folder once promoted, so the archive goes on across the failover.
    m_started.append(QStringLiteral("standby"));
    return script({QStringLiteral("standby"), standbyFolder(), primaryFolder(), QStringLiteral("--name"), standbyName(),
                   QStringLiteral("--archive"), folder(QStringLiteral("archive"))})
        && connect(m_standby, QStringLiteral("standby"));
}

bool FailoverCluster::killPrimary()
{
    return script({QStringLiteral("stop"), primaryFolder()});
}

bool FailoverCluster::promoteStandby()
{
    return script({QStringLiteral("promote"), standbyFolder()});
}

bool FailoverCluster::restoreTo(const QString &targetTime)
{
    m_started.append(QStringLiteral("restored"));
    return script({QStringLiteral("recover"), folder(QStringLiteral("restored")), folder(QStringLiteral("archive")), targetTime})
        && connect(m_restored, QStringLiteral("restored"));
}

} // namespace Marquee::Bench

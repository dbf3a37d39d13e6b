#pragma once

#include "common/error.h"
#include "database/connectionprofile.h"
#include "session/sessionrepository.h"

#include <QObject>

#include <memory>
#include <vector>

class QThread;

namespace Marquee {

// One try at connecting with a profile and asking the server who we are, on a thread of its own
// (the GUI thread never waits on the network; a wrong host can take the whole connect timeout).
// The connection is opened and closed inside that thread; only the answer comes back.
class SignInAttempt final : public QObject
{
    Q_OBJECT

public:
    explicit SignInAttempt(QObject *parent = nullptr);
    // Waits for a try still under way (at most the profile's connect timeout).
    ~SignInAttempt() override;

    // Starts a try; the answer of an earlier, unfinished try is dropped.
    void start(const ConnectionProfile &profile);
    bool isRunning() const { return m_running; }

signals:
    void succeeded(const Marquee::ConnectionProfile &profile, const Marquee::SessionInfo &info);
    void failed(const Marquee::Error &error);

private:
    void finish(quint64 generation, const ConnectionProfile &profile, const Result<SessionInfo> &result);

    std::vector<std::unique_ptr<QThread>> m_threads;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Marquee

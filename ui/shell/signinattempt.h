#pragma once

#include "common/error.h"
#include "session/connectionprofile.h"
#include "domain/session.h"
#include "service/reply.h"

#include <QObject>

namespace Marquee {

// One try at connecting with a profile and asking the server who we are, for the sign-in dialog and the
// "Connecting…" window. The try itself is core's SignInCheck, on a thread of its own (a wrong host can take the
// whole connect timeout); this only turns its answer into signals. Starting again drops the answer of an earlier
// try; destroying it drops the answer too and never waits for the network.
class SignInAttempt final : public QObject
{
    Q_OBJECT

public:
    explicit SignInAttempt(QObject *parent = nullptr);

    // Starts a try; the answer of an earlier, unfinished try is dropped.
    void start(const ConnectionProfile &profile);
    bool isRunning() const { return m_try.isPending(); }

signals:
    void succeeded(const Marquee::ConnectionProfile &profile, const Marquee::SessionInfo &info);
    void failed(const Marquee::Error &error);

private:
    LatestReply m_try;
};

} // namespace Marquee

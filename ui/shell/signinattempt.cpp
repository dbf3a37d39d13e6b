#include "signinattempt.h"

#include "session/signincheck.h"

namespace Marquee {

SignInAttempt::SignInAttempt(QObject *parent)
    : QObject(parent)
{
}

void SignInAttempt::start(const ConnectionProfile &profile)
{
    m_try.ask(SignInCheck::check(profile), this, [this, profile](Result<SessionInfo> result) {
        if (result)
            emit succeeded(profile, result.value());
        else
            emit failed(result.error());
    });
}

} // namespace Marquee

#pragma once

#include "session/connectionprofile.h"
#include "domain/session.h"
#include "service/reply.h"

namespace Marquee {

// One try at signing in with a profile: connect, ask the server who we are, disconnect — on a thread of its own,
// because a wrong host can take the whole connect timeout. Used by the sign-in dialog and by the kiosk's staff
// exit (which checks a member of staff's own login, never the kiosk's). The answer comes back as a Reply: a
// wrong password, an unreachable server, a full server and a disabled login each have their own error.
class SignInCheck final
{
public:
    static Reply<SessionInfo> check(const ConnectionProfile &profile);
};

} // namespace Marquee

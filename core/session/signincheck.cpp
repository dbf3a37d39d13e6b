#include "signincheck.h"

#include "database/databaseworker.h"
#include "sessionrepository.h"

namespace Marquee {

Reply<SessionInfo> SignInCheck::check(const ConnectionProfile &profile)
{
    // A worker for this one question: it connects on its thread, and goes (without waiting for the network) as
    // soon as this thread's event loop runs again; its queued question still runs and answers.
    auto *worker = new DatabaseWorker(profile, QStringLiteral("sign-in"));
    auto reply = worker->ask(DatabaseWorker::Kind::Write, [](QSqlDatabase &db) { return SessionRepository(db).current(); });
    worker->deleteLater();
    return reply;
}

} // namespace Marquee

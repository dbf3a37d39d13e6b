#pragma once

#include "session/connectionprofile.h"
#include "service/reply.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

class QThread;

namespace Marquee {

class WorkerConnection;

// A thread with its own database connection, so the thread that asks never waits on the network. Services in
// core hand it jobs; a job gets the thread's connection and returns a Result, which travels back to the asking
// thread through a Reply. Only services use it: views never see a connection.
//
// - A job whose Reply was cancelled before its turn is skipped.
// - The connection is opened on first use and reopened after the server dropped it (statements prepared on the
//   old session are forgotten). When it cannot be opened the job is not run and its Reply gets why
//   (server unreachable, no free connections, wrong password ...).
// - A read (Kind::Read: it changes nothing, so running it twice is harmless) that fails because the connection
//   is gone or cannot be made is tried again by itself, with backoff, until it succeeds or is cancelled: after
//   an outage every list fills again without anyone touching it. Writes are never repeated here; the booking
//   repository retries a sale itself with its idempotency key.
// - A keyed write (Kind::KeyedWrite: a sale, which carries its own idempotency key, so asking again makes it
//   once) runs even when its connection cannot be opened right now (the server died, or a standby is being
//   promoted): the job gets the closed connection and reconnects itself for as long as its own patience lasts
//   (BookingRepository::book). A plain write would have nothing to reconnect with, so it fails at once and says
//   why; neither is repeated here.
// - Destroying the worker never blocks for more than a moment: jobs already queued still run, and a thread busy
//   in a slow network call is left to finish on its own and then ends (see DetachedThreads).
class DatabaseWorker final : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Read, Write, KeyedWrite };

    DatabaseWorker(const ConnectionProfile &profile, const QString &purpose, QObject *parent = nullptr);
    ~DatabaseWorker() override;

    // Runs `job(QSqlDatabase &db) -> Result<T>` on the worker's thread.
    template<typename Job>
    auto ask(Kind kind, Job job) -> Reply<typename std::invoke_result_t<Job, QSqlDatabase &>::ValueType>
    {
        using T = typename std::invoke_result_t<Job, QSqlDatabase &>::ValueType;
        Reply<T> reply;
        auto state = reply.state();
        const Address asker = Mailbox::forCurrentThread();
        Attempt attempt = [state, asker, job = std::move(job)](QSqlDatabase *db, const Error *openError) mutable
            -> std::optional<Error> {
            Result<T> result = openError ? Result<T>(*openError) : job(*db);
            if (!result.ok() && isRetryable(result.error()))
                return result.error(); // not handed over yet: the worker tries again (reads) or fails it (writes)
            asker.post([state, result = std::move(result)]() mutable { state->deliver(std::move(result)); });
            return std::nullopt;
        };
        schedule(kind, std::move(attempt), [state, asker](const Error &error) {
            asker.post([state, error] { state->deliver(Result<T>(error)); });
        }, [state] { return state->cancelled.load(); });
        return reply;
    }

    // Opens the connection now with a job that does nothing, instead of on the first real job: a desk's first
    // sale in an on-sale burst then finds its connection (and its password check) done. When the server cannot
    // be reached now nothing is retried; the first real job connects as it always does.
    void connectNow()
    {
        ask(Kind::Write, [](QSqlDatabase &) { return Result<bool>(true); });
    }

    // Transitional form for callers that have not moved to ask(): runs `done` on `context`'s thread.
    template<typename Job, typename Done>
    void run(QObject *context, Job job, Done done)
    {
        ask(Kind::Write, std::move(job)).then(context, std::move(done));
    }

    ConnectionProfile profile() const { return m_profile; }

    // A failure that means "no connection right now" (lost, cannot connect, server full) rather than a refusal.
    static bool isRetryable(const Error &error);

private:
    // One try of a job: runs it (or reports why the connection could not be opened) and hands a final answer
    // over itself; a retryable failure it returns instead. `fail` hands such a failure over; `cancelled` tells
    // whether anyone still wants the answer.
    using Attempt = std::function<std::optional<Error>(QSqlDatabase *, const Error *)>;
    using Fail = std::function<void(const Error &)>;
    using Cancelled = std::function<bool()>;
    void schedule(Kind kind, Attempt attempt, Fail fail, Cancelled cancelled);

    ConnectionProfile m_profile;
    QThread *m_thread = nullptr;
    WorkerConnection *m_connection = nullptr;
};

} // namespace Marquee

#pragma once

#include "common/result.h"
#include "mailbox.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace Marquee {

namespace Detail {

// What a Reply and the worker that answers it share. `cancelled` may be set from any thread and is read by
// the worker before it starts the job; everything else is touched only on the asking thread.
class ReplyStateBase
{
public:
    virtual ~ReplyStateBase() = default;

    std::atomic<bool> cancelled{false};
    bool finished = false;
    QEventLoop *waiting = nullptr;
};

template<typename T>
class ReplyState final : public ReplyStateBase
{
public:
    // On the asking thread, from its mailbox.
    void deliver(Result<T> answer)
    {
        if (cancelled.load())
            return;
        finished = true;
        result.emplace(std::move(answer));
        if (waiting)
            waiting->quit();
        if (done && (!hasContext || context)) {
            auto callback = std::move(done);
            done = nullptr;
            callback(std::move(*result));
        }
    }

    std::optional<Result<T>> result;
    std::function<void(Result<T>)> done;
    QPointer<QObject> context;
    bool hasContext = false;
};

} // namespace Detail

// The answer to one question a view (or a tool) asked a service. It arrives later, on the thread that asked,
// through that thread's Mailbox; the database work happens on a worker thread with its own connection.
//
// Why not QFuture<Result<T>>: Qt 6.4's QFuture::then(context, …) checks the context on the worker's thread and
// then posts to it (qfuture_impl.h), so a view closed at the wrong moment is called after its death. Here the
// check happens on the asker's thread, where the context lives. And a Reply knows cancellation: a question
// nobody wants any more is not even sent to the server if its turn has not come.
//
//     m_events->get(id).then(this, [this](Result<Event> event) { … });   // `this` gone: never called
//
// A Reply that is dropped without then() still runs (a booking must not depend on the view that asked for it).
template<typename T>
class Reply
{
public:
    Reply() : m_state(std::make_shared<Detail::ReplyState<T>>()) {}

    // Hands the answer to `done` on the asking thread, unless `context` is destroyed or the reply is cancelled
    // first. Call it right after asking (before the event loop runs again), once.
    template<typename Done>
    void then(QObject *context, Done &&done)
    {
        m_state->context = context;
        m_state->hasContext = true;
        m_state->done = std::forward<Done>(done);
        if (m_state->finished && m_state->result) {
            // Already answered (e.g. after wait()): hand it over now.
            auto callback = std::move(m_state->done);
            m_state->done = nullptr;
            callback(*m_state->result);
        }
    }

    // The answer is not wanted any more: `done` will not be called, and a job that has not started is skipped.
    void cancel()
    {
        m_state->cancelled.store(true);
        m_state->done = nullptr;
    }

    bool isFinished() const { return m_state->finished; }
    bool isCancelled() const { return m_state->cancelled.load(); }

    // For tests and command-line tools: runs this thread's event loop until the answer is here (or `ms` pass,
    // giving a Timeout error). Views never wait.
    Result<T> wait(int ms = 30000)
    {
        if (!m_state->finished) {
            QEventLoop loop;
            QTimer::singleShot(ms, &loop, &QEventLoop::quit);
            m_state->waiting = &loop;
            loop.exec();
            m_state->waiting = nullptr;
        }
        if (m_state->result)
            return *m_state->result;
        return Error(ErrorCode::Timeout, QStringLiteral("no answer within %1 ms").arg(ms));
    }

    // What a worker uses to answer; what LatestReply keeps to cancel.
    std::shared_ptr<Detail::ReplyState<T>> state() const { return m_state; }

    // A reply that is answered already (a refusal found before any database work).
    static Reply answered(Result<T> answer)
    {
        Reply reply;
        reply.m_state->finished = true;
        reply.m_state->result.emplace(std::move(answer));
        return reply;
    }

private:
    std::shared_ptr<Detail::ReplyState<T>> m_state;
};

// One question a view keeps asking again: a search as someone types, a list after every change. Only the answer
// to the latest question is wanted, so asking again cancels the one before; so does destroying this member
// (the view closed). This is the one place where stale answers are dropped.
class LatestReply
{
public:
    LatestReply() = default;
    LatestReply(const LatestReply &) = delete;
    LatestReply &operator=(const LatestReply &) = delete;
    ~LatestReply() { cancel(); }

    template<typename T, typename Done>
    void ask(Reply<T> reply, QObject *context, Done &&done)
    {
        cancel();
        m_pending = reply.state();
        reply.then(context, std::forward<Done>(done));
    }

    void cancel()
    {
        if (auto pending = m_pending.lock())
            pending->cancelled.store(true);
        m_pending.reset();
    }

    // An answer is still awaited.
    bool isPending() const
    {
        auto pending = m_pending.lock();
        return pending && !pending->finished && !pending->cancelled.load();
    }

private:
    std::weak_ptr<Detail::ReplyStateBase> m_pending;
};

} // namespace Marquee

#include "signinattempt.h"

#include "database/connection.h"

#include <QThread>

#include <algorithm>

namespace Marquee {

SignInAttempt::SignInAttempt(QObject *parent)
    : QObject(parent)
{
}

SignInAttempt::~SignInAttempt()
{
    // The threads call back into this object: they must be done before it goes.
    for (auto &thread : m_threads)
        thread->wait();
}

void SignInAttempt::start(const ConnectionProfile &profile)
{
    // Threads of earlier tries that have ended can go now.
    m_threads.erase(std::remove_if(m_threads.begin(), m_threads.end(),
                                   [](const std::unique_ptr<QThread> &thread) { return thread->isFinished(); }),
                    m_threads.end());

    const quint64 generation = ++m_generation;
    m_running = true;
    std::unique_ptr<QThread> thread(QThread::create([this, generation, profile] {
        const QString name = Connection::uniqueName(QStringLiteral("sign-in"));
        Result<SessionInfo> result = Error(ErrorCode::Internal);
        {
            auto opened = Connection::open(profile, name);
            if (opened) {
                SessionRepository sessions(opened.value());
                result = sessions.current();
            } else {
                result = opened.error();
            }
        }
        Connection::close(name);
        // `this` outlives the thread (the destructor waits), and a queued call to a deleted
        // object is discarded, so this is safe even while the window closes.
        QMetaObject::invokeMethod(this, [this, generation, profile, result] {
            finish(generation, profile, result);
        }, Qt::QueuedConnection);
    }));
    thread->setObjectName(QStringLiteral("sign-in"));
    thread->start();
    m_threads.push_back(std::move(thread));
}

void SignInAttempt::finish(quint64 generation, const ConnectionProfile &profile, const Result<SessionInfo> &result)
{
    if (generation != m_generation)
        return;
    m_running = false;
    if (result)
        emit succeeded(profile, result.value());
    else
        emit failed(result.error());
}

} // namespace Marquee

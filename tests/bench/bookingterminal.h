#pragma once

#include "benchsupport.h"

#include "domain/booking.h"
#include "session/connectionprofile.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>

#include <memory>
#include <optional>

namespace Marquee {
class TerminalSession;
}

namespace Marquee::Bench {

// One box-office terminal of the failover scenario as the app runs it: a real TerminalSession (its listener, its
// read and write workers, a box-office login checked by its password) selling through BookingService::sell() on
// the thread that created it, one sale after another as soon as the answer is back. A sale it was not told the
// outcome of (the connection was lost) it asks again with the same idempotency key, as the kiosk does; after
// any other refusal it starts a new sale. Each sale names its customer uniquely ("Failover 3-17"), so the
// server's rows can be matched with what the terminal was told.
class BookingTerminal final : public QObject
{
public:
    // A sale the terminal was told succeeded.
    struct Acknowledged
    {
        QString customerName;
        qint64 bookingId = 0;
        QString reference;
        QDateTime firstSent;        // UTC, when this sale (this key) was first asked for
        QDateTime acknowledged;     // UTC, when the answer arrived
        Clock::time_point at;
        double latencyMs = 0;       // from the last time it was asked for
    };

    BookingTerminal(int index, const ConnectionProfile &profile, const QList<qint64> &events, QObject *parent = nullptr);
    ~BookingTerminal() override;

    void start();
    // Asks for no new sale; the one in flight still gets its answer.
    void stop();
    bool isIdle() const { return !m_inFlight; }

    const QList<Acknowledged> &acknowledged() const { return m_acknowledged; }
    // Refusals and failures by their sentence, and how many sales ended without their outcome being known.
    const QMap<QString, int> &failures() const { return m_failures; }
    int failureCount() const;
    bool hasUnansweredSale() const { return m_unanswered.has_value(); }
    // The connection banner: how often the session said its connection was lost, and restored.
    int connectionLosses() const { return m_losses; }
    int connectionRestores() const { return m_restores; }

private:
    void sellNext();
    void sell(const BookingRequest &request);

    int m_index = 0;
    QList<qint64> m_events;
    std::unique_ptr<TerminalSession> m_session;
    QList<Acknowledged> m_acknowledged;
    QMap<QString, int> m_failures;
    std::optional<BookingRequest> m_unanswered;
    QDateTime m_firstSent;
    Clock::time_point m_sentAt;
    int m_sequence = 0;
    int m_losses = 0;
    int m_restores = 0;
    bool m_stopped = false;
    bool m_inFlight = false;
};

} // namespace Marquee::Bench

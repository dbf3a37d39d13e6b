#pragma once

#include "availability/availabilitylistener.h"
#include "common/result.h"
#include "database/connectionprofile.h"
#include "database/databaseworker.h"
#include "domain/booking.h"
#include "session/sessionrepository.h"

#include <QObject>

#include <functional>

namespace Marquee {

// Everything a view needs to reach the database from the GUI thread without ever waiting on it:
// a worker thread for reads, one for bookings and other writes, and the live availability listener.
// One per signed-in terminal; views receive it and never open connections of their own.
class TerminalSession final : public QObject
{
    Q_OBJECT

public:
    TerminalSession(const ConnectionProfile &profile, const SessionInfo &info, QObject *parent = nullptr);
    ~TerminalSession() override;

    const ConnectionProfile &profile() const { return m_profile; }
    const SessionInfo &info() const { return m_info; }

    DatabaseWorker *reads() const { return m_reads; }
    DatabaseWorker *writes() const { return m_writes; }
    LiveAvailability *live() const { return m_live; }

    // Starts listening (and reading the first availability snapshot).
    void start();

    // Makes a booking on the write worker (retrying with the same key if the connection drops), then
    // tells every other terminal; `done` runs in `context`'s thread with the real outcome.
    void book(QObject *context, const BookingRequest &request,
              std::function<void(Result<BookingConfirmation>)> done);

    // Cancels a booking the same way.
    void cancelBooking(QObject *context, qint64 bookingId, std::function<void(Result<CancellationResult>)> done);

signals:
    // Any view's write changed the availability of this event (for views that want to refresh at once).
    void bookingsChanged(qint64 eventId);

private:
    ConnectionProfile m_profile;
    SessionInfo m_info;
    DatabaseWorker *m_reads = nullptr;
    DatabaseWorker *m_writes = nullptr;
    LiveAvailability *m_live = nullptr;
};

} // namespace Marquee

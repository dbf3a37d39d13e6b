#include "terminalsession.h"

#include "booking/bookingrepository.h"

namespace Marquee {

TerminalSession::TerminalSession(const ConnectionProfile &profile, const SessionInfo &info, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_info(info)
{
    m_reads = new DatabaseWorker(profile, QStringLiteral("reads"), this);
    // Bookings from this terminal are announced by the listener right after they commit, so the
    // booking's own commit never waits for the server-wide notification lock (see migrations/0002).
    ConnectionProfile writeProfile = profile;
    writeProfile.announceAfterCommit = true;
    m_writes = new DatabaseWorker(writeProfile, QStringLiteral("writes"), this);
    m_live = new LiveAvailability(profile, this);
}

TerminalSession::~TerminalSession() = default;

void TerminalSession::start()
{
    m_live->start();
}

void TerminalSession::book(QObject *context, const BookingRequest &request,
                           std::function<void(Result<BookingConfirmation>)> done)
{
    m_writes->run(this, [request](QSqlDatabase db) {
        BookingRepository bookings(db);
        return bookings.book(request);
    }, [this, context = QPointer<QObject>(context), done = std::move(done)](Result<BookingConfirmation> result) {
        if (result)
            m_live->announce({result->eventId});
        if (result)
            emit bookingsChanged(result->eventId);
        if (context)
            done(std::move(result));
    });
}

void TerminalSession::cancelBooking(QObject *context, qint64 bookingId,
                                    std::function<void(Result<CancellationResult>)> done)
{
    m_writes->run(this, [bookingId](QSqlDatabase db) {
        BookingRepository bookings(db);
        return bookings.cancel(bookingId);
    }, [this, context = QPointer<QObject>(context), done = std::move(done)](Result<CancellationResult> result) {
        if (result) {
            m_live->announce({result->eventId});
            emit bookingsChanged(result->eventId);
        }
        if (context)
            done(std::move(result));
    });
}

} // namespace Marquee

#include "bookingterminal.h"

#include "booking/bookingservice.h"
#include "session/terminalsession.h"

#include <QRandomGenerator>
#include <QTimer>

namespace Marquee::Bench {

namespace {

// A refused sale is not asked again at once: a clerk reads the message first (and a terminal that cannot reach
// any server must not spin).
constexpr int PauseAfterFailureMs = 50;

} // namespace

BookingTerminal::BookingTerminal(int index, const ConnectionProfile &profile, const QList<qint64> &events, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_events(events)
{
    SessionInfo info;
    info.login = profile.user;
    info.group = StaffGroup::BoxOffice;
    m_session = std::make_unique<TerminalSession>(profile, info);
    connect(m_session.get(), &TerminalSession::connectionLost, this, [this] { ++m_losses; });
    connect(m_session.get(), &TerminalSession::connectionRestored, this, [this] { ++m_restores; });
}

BookingTerminal::~BookingTerminal() = default;

void BookingTerminal::start()
{
    m_stopped = false;
    m_session->start();
    sellNext();
}

void BookingTerminal::stop()
{
    m_stopped = true;
}

int BookingTerminal::failureCount() const
{
    int count = 0;
    for (int n : m_failures)
        count += n;
    return count;
}

void BookingTerminal::sellNext()
{
    if (m_stopped || m_inFlight)
        return;
    if (m_unanswered) {
        // Its outcome is unknown: the same sale again, with its key, so it is made once whatever happened.
        sell(*m_unanswered);
        return;
    }
    BookingRequest request;
    request.eventId = m_events.at(int(QRandomGenerator::global()->bounded(qsizetype(m_events.size()))));
    request.quantity = 1 + int(QRandomGenerator::global()->bounded(2));
    request.customerName = QStringLiteral("Failover %1-%2").arg(m_index).arg(++m_sequence);
    request.customerPhone = randomPhone();
    request.paymentMethod = PaymentMethod::Card;
    m_firstSent = QDateTime::currentDateTimeUtc();
    sell(request);
}

void BookingTerminal::sell(const BookingRequest &request)
{
    m_inFlight = true;
    m_sentAt = Clock::now();
    m_session->bookings().sell(request).then(this, [this, request](Result<Sale> result) {
        m_inFlight = false;
        if (result) {
            m_unanswered.reset();
            Acknowledged sale;
            sale.customerName = request.customerName;
            sale.bookingId = result->confirmation.bookingId;
            sale.reference = result->confirmation.reference;
            sale.firstSent = m_firstSent;
            sale.acknowledged = QDateTime::currentDateTimeUtc();
            sale.at = Clock::now();
            sale.latencyMs = millisecondsBetween(m_sentAt, sale.at);
            m_acknowledged.append(sale);
            sellNext();
            return;
        }
        const Error &error = result.error();
        const QString detail = error.detail().simplified().left(100);
        m_failures[error.message() + (detail.isEmpty() ? QString() : QStringLiteral(" (") + detail + QLatin1Char(')'))] += 1;
        if (error.isTransient())
            m_unanswered = request;
        else
            m_unanswered.reset();
        QTimer::singleShot(PauseAfterFailureMs, this, [this] { sellNext(); });
    });
}

} // namespace Marquee::Bench

#include "liveseatmap.h"

#include "seatmap.h"
#include "seating/liveseats.h"
#include "seating/seatingplanservice.h"
#include "seating/seatservice.h"
#include "session/terminalsession.h"

#include <QVBoxLayout>

#include <algorithm>

namespace Marquee {

LiveSeatMap::LiveSeatMap(TerminalSession &session, const SeatMapLook &look, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_map(new SeatMap(look, this))
    , m_seats(new LiveSeats(session.seats(), session.live(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_map);
    m_map->setStates(m_seats->states());
    connect(m_map, &SeatMap::selectionChanged, this, [this](const QStringList &guids) {
        if (!m_applying)
            holdSelection(guids);
    });
    connect(m_seats, &LiveSeats::loaded, this, [this](bool first) {
        if (first)
            emit ready();
    });
    connect(m_seats, &LiveSeats::failed, this, [this](const Error &error) { emit problem(error.message()); });
}

LiveSeatMap::~LiveSeatMap()
{
    // Closing the sale's view abandons it. The reply runs without us; a hold still on its way is released after
    // it (one write worker, in order). Releasing a token that holds nothing is harmless.
    if (m_eventId > 0)
        m_session.seats().releaseHold(m_eventId, m_token);
}

void LiveSeatMap::setEvent(qint64 eventId)
{
    if (eventId == m_eventId)
        return;
    releaseHold();
    m_eventId = eventId;
    m_seats->follow(eventId);
    if (eventId > 0)
        loadPlan(eventId);
}

void LiveSeatMap::loadPlan(qint64 eventId)
{
    m_session.seats().planOf(eventId).then(this, [this, eventId](Result<qint64> plan) {
        if (eventId != m_eventId)
            return;
        if (!plan) {
            emit problem(plan.error().message());
            return;
        }
        if (plan.value() <= 0)
            return;
        m_session.seatingPlans().load(plan.value()).then(this, [this, eventId](Result<SeatingPlan> loaded) {
            if (eventId != m_eventId)
                return;
            if (!loaded) {
                emit problem(loaded.error().message());
                return;
            }
            m_map->setPlan(loaded.value());
            emit planShown();
        });
    });
}

void LiveSeatMap::holdSelection(const QStringList &guids)
{
    if (m_eventId <= 0)
        return;
    const qint64 eventId = m_eventId;
    const int asked = ++m_asked;
    // A seat put back: the hold has no per-seat release, so the token's seats are released and the rest held
    // again, in this order, on the one write worker.
    const bool dropped = std::any_of(m_held.cbegin(), m_held.cend(), [&guids](const QString &g) { return !guids.contains(g); });
    if (dropped || guids.isEmpty())
        m_session.seats().releaseHold(eventId, m_token);
    if (guids.isEmpty()) {
        setHeld({}, {});
        return;
    }
    m_session.seats().hold(eventId, guids, m_token, m_holdSeconds, m_accessible).then(this, [this, eventId, asked, guids](Result<QDateTime> until) {
        if (eventId != m_eventId || asked != m_asked)
            return;
        if (!until) {
            // Someone else has one of them, or the hold's time is up: keep what is still ours, show the truth.
            emit problem(until.error().message());
            m_applying = true;
            m_map->setSelection(m_held);
            m_applying = false;
            m_seats->refresh();
            return;
        }
        setHeld(guids, until.value());
    });
}

void LiveSeatMap::holdBestAvailable(const QString &category, int quantity)
{
    if (m_eventId <= 0)
        return;
    const qint64 eventId = m_eventId;
    const int asked = ++m_asked;
    m_session.seats().holdBestAvailable(eventId, category, quantity, m_token, m_holdSeconds, m_accessible)
        .then(this, [this, eventId, asked, category, quantity](Result<QStringList> guids) {
            if (eventId != m_eventId || asked != m_asked)
                return;
            if (!guids) {
                // MQ001 here means no block of that size is free together, not that the event is sold out.
                if (guids.error().code() == ErrorCode::SoldOut)
                    emit problem(category.isEmpty()
                                     ? tr("There are no %n free seats together in one row.", nullptr, quantity)
                                     : tr("There are no %n free seats together in one row in %1.", nullptr, quantity)
                                           .arg(category));
                else
                    emit problem(guids.error().message());
                return;
            }
            // The token's seats: those held before and the new block.
            QStringList all = m_held;
            for (const QString &guid : guids.value()) {
                if (!all.contains(guid))
                    all << guid;
            }
            m_applying = true;
            m_map->setSelection(all);
            m_applying = false;
            setHeld(all, QDateTime());
            m_seats->refresh();
            // hold_best_available answers the seats, not the end: ask it (the same length again, at once).
            extendHold();
        });
}

void LiveSeatMap::extendHold()
{
    if (m_eventId <= 0 || m_held.isEmpty())
        return;
    const qint64 eventId = m_eventId;
    const int asked = m_asked;
    m_session.seats().extendHold(eventId, m_token, m_holdSeconds, m_accessible)
        .then(this, [this, eventId, asked](Result<QDateTime> until) {
            if (eventId != m_eventId || asked != m_asked)
                return;
            if (!until) {
                emit problem(until.error().message());
                m_seats->refresh();
                return;
            }
            setHeld(m_held, until.value());
        });
}

void LiveSeatMap::releaseHold()
{
    if (m_eventId > 0 && (!m_held.isEmpty() || !m_map->selection().isEmpty()))
        m_session.seats().releaseHold(m_eventId, m_token);
    ++m_asked;
    m_token = QUuid::createUuid();
    m_applying = true;
    m_map->clearSelection();
    m_applying = false;
    setHeld({}, {});
}

void LiveSeatMap::forgetHold()
{
    ++m_asked;
    m_token = QUuid::createUuid();
    m_applying = true;
    m_map->clearSelection();
    m_applying = false;
    setHeld({}, {});
}

void LiveSeatMap::setHeld(const QStringList &guids, const QDateTime &until)
{
    m_held = guids;
    m_heldUntil = until;
    emit holdChanged(m_held, m_heldUntil);
}

} // namespace Marquee

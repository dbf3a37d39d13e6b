#pragma once

#include "seatmaplook.h"

#include <QDateTime>
#include <QStringList>
#include <QUuid>
#include <QWidget>

namespace Marquee {

class LiveSeats;
class SeatMap;
class TerminalSession;

// The seat map a sale uses (box office, kiosk, admin preview): one event's plan, its seats' states kept live from
// seat_map() and the hints (LiveSeats), and the customer's seats held while they choose. Each change of the
// selection holds the whole selection with this sale's hold token, so other terminals see those seats held at
// once; a seat taken elsewhere meanwhile drops out (the database says MQ016, the map re-reads). The hold is released
// when the sale is abandoned (releaseHold(), a new event, or this widget closing); after a sale, forgetHold() starts
// a new token (the old one's seats are booked). Put it in a view and give the order holdToken() and heldSeats().
class LiveSeatMap final : public QWidget
{
    Q_OBJECT

public:
    explicit LiveSeatMap(TerminalSession &session, const SeatMapLook &look = SeatMapLook::desk(), QWidget *parent = nullptr);
    ~LiveSeatMap() override;

    // Shows this event's seats (0: none), releasing any hold of the event before.
    void setEvent(qint64 eventId);
    qint64 eventId() const { return m_eventId; }
    // How long each hold asks for (the database caps it: 900 s at a kiosk or the desk).
    void setHoldSeconds(int seconds) { m_holdSeconds = seconds; }
    int holdSeconds() const { return m_holdSeconds; }
    // A kiosk in its accessibility mode: each hold says so, and the database gives a new token twice the life.
    void setAccessibleKiosk(bool accessible) { m_accessible = accessible; }

    SeatMap *map() const { return m_map; }
    LiveSeats *seats() const { return m_seats; }
    QUuid holdToken() const { return m_token; }
    QStringList heldSeats() const { return m_held; }
    QDateTime heldUntil() const { return m_heldUntil; }

    // "4 stalls": the best block of adjacent seats, held and selected.
    void holdBestAvailable(const QString &category, int quantity);
    // The customer is still choosing: the held seats are held for holdSeconds() more (within the token's life).
    void extendHold();
    // The sale was abandoned: its seats go back on sale at once.
    void releaseHold();
    // The sale was made with holdToken(): those seats are booked now; start afresh.
    void forgetHold();

signals:
    // The seats held for this sale and until when (empty: none).
    void holdChanged(const QStringList &guids, const QDateTime &until);
    // The plan and the first states are shown.
    void ready();
    // The event's plan is on the map (it may come before or after the first states).
    void planShown();
    // One translated sentence (a seat taken meanwhile, no such block ...).
    void problem(const QString &message);

private:
    void loadPlan(qint64 eventId);
    void holdSelection(const QStringList &guids);
    void setHeld(const QStringList &guids, const QDateTime &until);

    TerminalSession &m_session;
    SeatMap *m_map = nullptr;
    LiveSeats *m_seats = nullptr;
    qint64 m_eventId = 0;
    int m_holdSeconds = 600;
    bool m_accessible = false;
    QUuid m_token = QUuid::createUuid();
    QStringList m_held;
    QDateTime m_heldUntil;
    bool m_applying = false;   // the selection is being set from a hold's answer, not by the person
    int m_asked = 0;           // holds asked, so only the latest answer sets the selection
};

} // namespace Marquee

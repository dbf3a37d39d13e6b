#pragma once

#include "common/money.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Marquee {

enum class EventStatus { Active, Cancelled, Completed };

QString eventStatusToString(EventStatus status);                 // "active", as stored
std::optional<EventStatus> eventStatusFromString(const QString &text);

// An event on sale (or once on sale) at the venue, with the statistics the database keeps.
struct Event
{
    qint64 id = 0;
    QString title;
    QString description;
    QString venue;
    QDateTime startsAt;
    int capacity = 0;
    Money price;
    EventStatus status = EventStatus::Active;
    int maxTicketsPerBooking = 10;
    int ticketsSold = 0;        // confirmed (paid) bookings only
    int ticketsReserved = 0;    // held by live reservations (kiosk bookings not paid yet): not sold, not revenue
    Money revenue;              // confirmed bookings only
    int bookingsCount = 0;      // confirmed bookings only
    qint64 seatingPlanId = 0;   // the plan a seated event's seats are of; 0: general admission
    QDateTime createdAt;
    QDateTime updatedAt;

    // Seats anyone may still book: capacity less sold and live reservations (as the database counts them).
    int remaining() const { return capacity - ticketsSold - ticketsReserved; }
    // On sale, and nothing left: what the status column says "Sold out" for.
    bool isSoldOut() const { return status == EventStatus::Active && remaining() <= 0; }
    bool isOnSale(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return status == EventStatus::Active && startsAt > now && remaining() > 0;
    }
};

// The fields a person edits in the event form. Statistics are never written by a client.
struct EventDraft
{
    QString title;
    QString description;
    QString venue;
    QDateTime startsAt;
    int capacity = 0;
    Money price;
    EventStatus status = EventStatus::Active;
    int maxTicketsPerBooking = 10;
    // The seating plan (0: none). A seated event's capacity follows the plan (the database sets it); a plan
    // cannot change once tickets are sold.
    qint64 seatingPlanId = 0;
};

// Which fields a partial update changes.
struct EventPatch
{
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<QString> venue;
    std::optional<QDateTime> startsAt;
    std::optional<int> capacity;
    std::optional<Money> price;
    std::optional<EventStatus> status;
    std::optional<int> maxTicketsPerBooking;
};

// Filters and paging of the events list (keyset paging on starts_at, id).
struct EventQuery
{
    QString search;                       // partial match on title or venue
    std::optional<EventStatus> status;
    QDateTime from;                       // starts_at >= from, when valid
    QDateTime until;                      // starts_at < until, when valid
    bool upcomingOnly = false;            // starts in the future
    int limit = 100;
    int offset = 0;
    // Keyset continuation: rows after (afterStartsAt, afterId).
    QDateTime afterStartsAt;
    qint64 afterId = 0;
};

} // namespace Marquee

Q_DECLARE_METATYPE(Marquee::Event)

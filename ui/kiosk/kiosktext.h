#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Marquee {

class Money;
class VenueFormat;
struct Booking;
struct BookingConfirmation;
struct Event;
struct KioskOrder;

// Sentences several kiosk pages say the same way, in the current language, with times in the venue's zone and
// money in its currency (VenueFormat).
class KioskText final
{
    Q_DECLARE_TR_FUNCTIONS(KioskText)

public:
    KioskText() = delete;

    // "Saturday, 23 January 2027, 19:00" in the venue's time zone (separator between date and time as given).
    static QString when(const VenueFormat &format, const QDateTime &startsAt,
                        const QString &separator = QStringLiteral(", "));
    // "19:00": a time of day without seconds, in the venue's zone.
    static QString clock(const VenueFormat &format, const QDateTime &instant);
    static QString ticketCount(int tickets);
    // What an order buys, a line each: "3 tickets"; or per type "2 × Adult"; or per seat
    // "Row F, seat 12, Stalls — Adult, ฿500.00".
    static QStringList orderLines(const VenueFormat &format, const KioskOrder &order);
    static QString total(const VenueFormat &format, const Money &amount);
    static QString perTicket(const VenueFormat &format, const Money &price);
    static QString seatsLeft(int remaining);
    // Why an event cannot be booked, as a sentence part: "sold out", "cancelled", "not on sale".
    static QString unavailable(const Event &event);
    // "Booking K7QM2XPA": what the customer reads out or types to find it again.
    static QString booking(const QString &reference);
    // "K 7 Q M 2 X P A": a reference for speech, one character at a time.
    static QString spelled(const QString &reference);

    // What a reservation means, in full: pay at the box office before HH:MM (venue time) or it lapses.
    static QString payBefore(const VenueFormat &format, const QDateTime &expiresAt, const Money &amount);

    // A booking's reference as the customer sees it: the random reference the database gave it (K7QM2XPA),
    // never the booking number.
    static QString reference(const BookingConfirmation &confirmation);
    static QString reference(const Booking &booking);
};

} // namespace Marquee

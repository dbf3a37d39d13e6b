#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Marquee {

class Money;
struct Booking;
struct BookingConfirmation;

// Sentences several kiosk pages say the same way, in the current language and locale.
class KioskText final
{
    Q_DECLARE_TR_FUNCTIONS(KioskText)

public:
    KioskText() = delete;

    // "Saturday, 23 January 2027, 19:00" in the kiosk's locale, in the kiosk's time zone.
    static QString when(const QDateTime &startsAt);
    static QString ticketCount(int tickets);
    static QString total(const Money &amount);
    // "Booking #717": what the customer reads out or types to find it again.
    static QString booking(const QString &reference);

    // A booking's reference as the customer sees it: the random reference the database gave it (K7QM2XPA),
    // never the booking number.
    static QString reference(const BookingConfirmation &confirmation);
    static QString reference(const Booking &booking);
};

} // namespace Marquee

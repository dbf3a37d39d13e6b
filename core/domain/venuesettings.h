#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QTimeZone>

namespace Marquee {

// The venue's own settings, as every terminal reads them (marquee.venue_settings(), migrations/0010): its time
// zone and currency, how long a kiosk's reservation is held, how long the desk may sell after the start, and the
// cap on what one kiosk login may hold in reservations. Admins change them (SettingsService::saveVenue).
struct VenueSettings
{
    QString timeZoneId = QStringLiteral("UTC");   // a tz database name, e.g. "Asia/Bangkok"
    QString currency = QStringLiteral("THB");     // ISO 4217
    int reservationSeconds = 1200;
    int lateSaleMinutes = 30;
    int kioskReservationCapPercent = 5;
    int kioskReservationCapMinimum = 10;

    // The zone itself; UTC if this system's tz database does not know the name.
    QTimeZone timeZone() const
    {
        const QTimeZone zone(timeZoneId.toUtf8());
        return zone.isValid() ? zone : QTimeZone::utc();
    }
    // The most seats one kiosk login may hold in live reservations of an event of this capacity.
    int kioskReservationCap(int capacity) const
    {
        return qMax(kioskReservationCapMinimum, capacity * kioskReservationCapPercent / 100);
    }

    friend bool operator==(const VenueSettings &a, const VenueSettings &b)
    {
        return a.timeZoneId == b.timeZoneId && a.currency == b.currency && a.reservationSeconds == b.reservationSeconds
            && a.lateSaleMinutes == b.lateSaleMinutes && a.kioskReservationCapPercent == b.kioskReservationCapPercent
            && a.kioskReservationCapMinimum == b.kioskReservationCapMinimum;
    }
    friend bool operator!=(const VenueSettings &a, const VenueSettings &b) { return !(a == b); }
};

// One row of marquee.settings, as admins see them all. Only the venue's (adminEditable) may be changed by an
// admin; the housekeeping ones are the owner's.
struct Setting
{
    QString key;
    QString value;
    QString description;        // in English, from the database: a hint for the admin, not a label
    bool adminEditable = false;
    QDateTime updatedAt;
};

} // namespace Marquee

Q_DECLARE_METATYPE(Marquee::VenueSettings)

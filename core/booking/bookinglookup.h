#pragma once

#include <QString>

namespace Marquee {

// What a clerk typed to find a booking, read the way the desk reads it: "TKT-…" is a ticket code, eight letters
// and digits of the reference alphabet ("K7QM 2XPA") a booking reference, anything else with 6 to 20 digits a
// phone. Eight digits of 2–9 can be both a phone and a reference: then the phone is asked first and, if nobody
// booked with it, the reference. Only the reading of the text lives here; BookingService::lookUp asks the database.
class BookingLookup final
{
public:
    enum class Kind { Invalid, TicketCode, Reference, Phone, PhoneOrReference };

    BookingLookup() = default;
    static BookingLookup parse(const QString &typed);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    // What the database is asked for: the ticket code (upper case), the phone, or the reference.
    QString text() const { return m_text; }
    // For Reference and PhoneOrReference: the reference, normalised (upper case, no spaces or dashes).
    QString reference() const { return m_reference; }

private:
    BookingLookup(Kind kind, const QString &text, const QString &reference);

    Kind m_kind = Kind::Invalid;
    QString m_text;
    QString m_reference;
};

} // namespace Marquee

#pragma once

#include <QString>

#include <optional>

namespace Marquee {

// What a clerk typed to find a booking, read the way the desk reads it: "TKT-…" is a ticket code, "#123" a
// booking reference, a short number a reference too, a longer one a phone number (or, if no booking has that
// phone, a reference). Only the reading of the text lives here; BookingService::lookUp asks the database.
class BookingLookup final
{
public:
    enum class Kind { Invalid, TicketCode, Reference, Phone, PhoneOrReference };

    BookingLookup() = default;
    static BookingLookup parse(const QString &typed);

    // The booking a reference names ("#123", "# 123" or "123" today: the booking's number), if it names one.
    // Issue #10 turns references into unguessable codes; this is the one place that reads them.
    static std::optional<qint64> bookingNumber(const QString &reference);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    // What the database is asked for: the ticket code (upper case), the phone, or the reference.
    QString text() const { return m_text; }
    // For Reference and PhoneOrReference: the reference as typed.
    QString reference() const { return m_reference; }

private:
    BookingLookup(Kind kind, const QString &text, const QString &reference);

    Kind m_kind = Kind::Invalid;
    QString m_text;
    QString m_reference;
};

} // namespace Marquee

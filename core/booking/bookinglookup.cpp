#include "bookinglookup.h"

#include "validation/validation.h"


namespace Marquee {

BookingLookup::BookingLookup(Kind kind, const QString &text, const QString &reference)
    : m_kind(kind)
    , m_text(text)
    , m_reference(reference)
{
}

BookingLookup BookingLookup::parse(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    const QString code = Validation::normalizeTicketCode(text);
    if (Validation::isWellFormedTicketCode(code))
        return {Kind::TicketCode, code, QString()};
    // People copy a reference as shown ("Booking K7QM2XPA") and sometimes type "#" before it, as they did for numbers.
    const QString reference = Validation::normalizeBookingReference(text.startsWith(QLatin1Char('#')) ? text.mid(1) : text);
    const bool isReference = Validation::isWellFormedBookingReference(reference);
    if (Validation::isValidPhone(text))
        return isReference ? BookingLookup(Kind::PhoneOrReference, text, reference) : BookingLookup(Kind::Phone, text, QString());
    if (isReference)
        return {Kind::Reference, reference, reference};
    return {};
}

} // namespace Marquee

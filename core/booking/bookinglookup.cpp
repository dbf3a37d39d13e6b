#include "bookinglookup.h"

#include "validation/validation.h"

#include <QRegularExpression>

namespace Marquee {

namespace {

const QRegularExpression &hashReference()
{
    static const QRegularExpression pattern(QStringLiteral("^#\\s*([0-9]{1,18})$"));
    return pattern;
}

const QRegularExpression &digitsOnly()
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{1,18}$"));
    return pattern;
}

} // namespace

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
    if (hashReference().match(text).hasMatch())
        return {Kind::Reference, text, text};
    const bool allDigits = digitsOnly().match(text).hasMatch();
    if (Validation::isValidPhone(text))
        return allDigits ? BookingLookup(Kind::PhoneOrReference, text, text) : BookingLookup(Kind::Phone, text, QString());
    if (allDigits)
        return {Kind::Reference, text, text};
    return {};
}

std::optional<qint64> BookingLookup::bookingNumber(const QString &reference)
{
    const QString text = reference.trimmed();
    QString digits;
    if (const auto match = hashReference().match(text); match.hasMatch())
        digits = match.captured(1);
    else if (digitsOnly().match(text).hasMatch())
        digits = text;
    else
        return std::nullopt;
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    if (!ok || number <= 0)
        return std::nullopt;
    return number;
}

} // namespace Marquee

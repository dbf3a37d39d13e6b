#include "validation.h"

#include <QRegularExpression>

namespace Marquee::Validation {

QString normalizePhone(const QString &phone)
{
    QString normalized = phone.trimmed();
    normalized.remove(QLatin1Char(' '));
    normalized.remove(QLatin1Char('-'));
    return normalized;
}

bool isValidPhone(const QString &phone)
{
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 \\-]+$"));
    static const QRegularExpression normalizedForm(QStringLiteral("^\\+?[0-9]{6,20}$"));
    const QString trimmed = phone.trimmed();
    return trimmed.size() <= 64 && allowed.match(trimmed).hasMatch()
        && normalizedForm.match(normalizePhone(trimmed)).hasMatch();
}

bool hasControlCharacters(const QString &text, bool allowLineBreaks)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
            continue;
        if (allowLineBreaks && (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')))
            continue;
        return true;
    }
    return false;
}

bool hasHiddenCharacters(const QString &text, bool allowLineBreaks)
{
    if (hasControlCharacters(text, allowLineBreaks))
        return true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x80 && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x2060
            || u == 0xfeff)
            return true;
    }
    return false;
}

std::optional<Error> checkCustomerName(const QString &name)
{
    if (hasHiddenCharacters(name, false))
        return Error(ErrorCode::HiddenCharacters, QStringLiteral("hidden character in name"), QStringLiteral("name"));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::NameRequired);
    if (trimmed.size() > MaxNameLength)
        return Error(ErrorCode::NameTooLong);
    return std::nullopt;
}

std::optional<Error> checkPhone(const QString &phone)
{
    if (!isValidPhone(phone))
        return Error(ErrorCode::PhoneInvalid);
    return std::nullopt;
}

std::optional<Error> checkQuantity(int quantity, int maxPerBooking)
{
    if (quantity <= 0 || quantity > maxPerBooking)
        return Error(ErrorCode::InvalidQuantity);
    return std::nullopt;
}

QList<Error> checkEvent(const EventDraft &draft, bool isNew, int ticketsSold, const QDateTime &now)
{
    QList<Error> errors;
    const QString title = draft.title.trimmed();
    if (title.isEmpty())
        errors.append(Error(ErrorCode::TitleRequired));
    else if (draft.title.size() > MaxTitleLength)
        errors.append(Error(ErrorCode::TitleTooLong));

    const QString venue = draft.venue.trimmed();
    if (venue.isEmpty())
        errors.append(Error(ErrorCode::VenueRequired));
    else if (draft.venue.size() > MaxVenueLength)
        errors.append(Error(ErrorCode::VenueTooLong));

    if (hasHiddenCharacters(draft.title, false))
        errors.append(Error(ErrorCode::HiddenCharacters, QStringLiteral("hidden character"), QStringLiteral("title")));
    if (hasHiddenCharacters(draft.venue, false))
        errors.append(Error(ErrorCode::HiddenCharacters, QStringLiteral("hidden character"), QStringLiteral("venue")));
    if (hasHiddenCharacters(draft.description, true))
        errors.append(Error(ErrorCode::HiddenCharacters, QStringLiteral("hidden character"), QStringLiteral("description")));
    if (draft.description.size() > MaxDescriptionLength)
        errors.append(Error(ErrorCode::DescriptionTooLong));

    if (draft.capacity <= 0)
        errors.append(Error(ErrorCode::CapacityNotPositive));
    else if (draft.capacity < ticketsSold)
        errors.append(Error(ErrorCode::CapacityBelowSold));

    if (draft.price < Money())
        errors.append(Error(ErrorCode::PriceNegative));
    else if (draft.price.minorUnits() > 9999999999LL)
        errors.append(Error(ErrorCode::PriceInvalid));

    if (!draft.startsAt.isValid() || (isNew && draft.startsAt <= now && draft.status != EventStatus::Completed))
        errors.append(Error(ErrorCode::StartNotInFuture));

    if (draft.maxTicketsPerBooking <= 0)
        errors.append(Error(ErrorCode::InvalidQuantity, QString(), QStringLiteral("maxTicketsPerBooking")));
    return errors;
}

bool isValidLoginName(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{2,40}$"));
    // The words that mean something else in GRANT, pg_hba.conf or SQL; the database also refuses
    // every reserved SQL keyword.
    static const QStringList reserved = {
        QStringLiteral("current_user"), QStringLiteral("session_user"), QStringLiteral("current_role"),
        QStringLiteral("user"), QStringLiteral("all"), QStringLiteral("public"), QStringLiteral("none"),
        QStringLiteral("replication"), QStringLiteral("sameuser"), QStringLiteral("samerole"),
        QStringLiteral("samegroup"), QStringLiteral("postgres"), QStringLiteral("pg_database_owner"),
        QStringLiteral("select"), QStringLiteral("table"), QStringLiteral("grant"),
    };
    return pattern.match(login).hasMatch() && !login.startsWith(QLatin1String("pg_"))
        && !login.startsWith(QLatin1String("marquee_")) && !reserved.contains(login);
}

std::optional<Error> checkStaffFullName(const QString &fullName)
{
    if (hasHiddenCharacters(fullName, false))
        return Error(ErrorCode::HiddenCharacters, QStringLiteral("hidden character in full name"), QStringLiteral("fullName"));
    if (fullName.trimmed().size() > 200)
        return Error(ErrorCode::InvalidStaffLogin, QStringLiteral("full name too long"), QStringLiteral("fullName"));
    return std::nullopt;
}

QString normalizeBookingReference(const QString &reference)
{
    QString normalized = reference.toUpper();
    normalized.remove(QRegularExpression(QStringLiteral("[\\s-]")));
    return normalized;
}

bool isWellFormedBookingReference(const QString &reference)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-HJ-NP-Z2-9]{8}$"));
    return pattern.match(reference).hasMatch();
}

QString normalizeTicketCode(const QString &code)
{
    return code.trimmed().toUpper();
}

bool isWellFormedTicketCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^TKT-[0-9]{8}-[A-Z0-9]{8}$"));
    return pattern.match(code).hasMatch();
}

} // namespace Marquee::Validation

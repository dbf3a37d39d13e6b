#include "error.h"

#include <QRegularExpression>
#include <QSqlError>

#include <optional>

namespace Marquee {

Error::Error(ErrorCode code, QString detail, QString field)
    : m_code(code)
    , m_field(field.isEmpty() ? fieldFor(code) : std::move(field))
    , m_detail(std::move(detail))
{
}

QString Error::message() const
{
    switch (m_code) {
    case ErrorCode::SoldOut:
        return tr("Not enough seats are left for this event.");
    case ErrorCode::NotOnSale:
        return tr("This event is not on sale: it was cancelled, has already started or no longer exists.");
    case ErrorCode::InvalidQuantity:
        return tr("Please choose a number of tickets between 1 and the limit per booking.");
    case ErrorCode::InvalidCustomer:
        return tr("Please enter the customer's name and a phone number with 6 to 20 digits.");
    case ErrorCode::BookingNotFound:
        return tr("No such booking was found, or it has already been cancelled.");
    case ErrorCode::TicketNotFound:
        return tr("No ticket has this code.");
    case ErrorCode::TicketAlreadyUsed:
        return tr("This ticket has already been used.");
    case ErrorCode::TicketCancelled:
        return tr("This ticket was cancelled.");
    case ErrorCode::BookingCheckedIn:
        return tr("This booking cannot be cancelled: some of its tickets have already been used at the door.");
    case ErrorCode::InvalidStaffLogin:
        return tr("A login name is 3 to 41 lower-case letters, digits or underscores, starting with a letter, "
                  "and not a reserved word such as \"all\" or \"user\"; it must be new, and the password needs at "
                  "least 8 characters.");
    case ErrorCode::StaffLoginNotFound:
        return tr("There is no staff login with this name.");
    case ErrorCode::IdempotencyKeyReused:
        return tr("This booking request does not match the one first sent with it; nothing was booked. "
                  "Please start the booking again.");
    case ErrorCode::BookingRateExceeded:
        return tr("This terminal has made as many bookings as it may in one minute. Please wait a minute and try again.");
    case ErrorCode::CustomerLimitExceeded:
        return tr("This phone number already has as many tickets for this event as one customer may book here. "
                  "Please ask at the box office.");
    case ErrorCode::OutsideCheckInWindow:
        return tr("Check-in for this event is open from 6 hours before it starts until 12 hours after.");
    case ErrorCode::ReservationNotPayable:
        return tr("This reservation can no longer be paid: its time is up and its seats went back on sale, or it "
                  "has already been paid. Look it up again to see what it is now.");
    case ErrorCode::RefundNotDue:
        return tr("No refund is due for this: it has already been given, or there is none. Look the booking up "
                  "again to see what it is now.");
    case ErrorCode::ReservationUnpaid:
        return tr("This ticket belongs to a reservation that has not been paid: it is not valid for entry until it "
                  "is paid at the box office.");
    case ErrorCode::ReservationCapExceeded:
        return tr("This terminal already holds as many seats of this event in unpaid reservations as it may. "
                  "Please pay for them at the box office, or wait until some of them expire.");
    case ErrorCode::TicketForAnotherEvent:
        return tr("This ticket is for another event: this entrance does not admit it.");
    case ErrorCode::ReentryNotAllowed:
        return tr("This event does not allow re-entry: a ticket holder who leaves cannot come back in.");
    case ErrorCode::TicketNotInside:
        return tr("This ticket is not inside: it has not come in, or it has already gone out.");
    case ErrorCode::EntranceInvalid:
        return tr("An entrance's name has 1 to 60 characters and no hidden characters.");
    case ErrorCode::CashWithoutShift:
        return tr("Open a shift with its float before taking or giving back cash at this desk; card sales need no shift.");
    case ErrorCode::ShiftAlreadyOpen:
        return tr("This login already has an open shift: close it before opening a new one.");
    case ErrorCode::NoOpenShift:
        return tr("There is no open shift here: open one with its float first.");
    case ErrorCode::CashAmountInvalid:
        return tr("Enter an amount of money of 0 or more, with at most two decimals, e.g. 2000 or 1500.50.");
    case ErrorCode::SeatNotAvailable:
        return tr("One of these seats is no longer available: it was sold, blocked or is held at another terminal. "
                  "Please choose other seats.");
    case ErrorCode::TicketTypeNotAvailable:
        return tr("This ticket type cannot be sold here for this event or seat. Please choose another ticket type.");
    case ErrorCode::TicketTypeSoldOut:
        return tr("There are not enough tickets of this type left. Please choose another ticket type or fewer tickets.");
    case ErrorCode::TicketTypeNameRequired:
        return tr("Please give the ticket type a name of at most 100 characters that no other type of this event has.");
    case ErrorCode::LastTicketType:
        return tr("An event needs at least one ticket type on sale: add another before taking this one off sale.");
    case ErrorCode::QuotaBelowTaken:
        return tr("The quota cannot be lower than the tickets of this type already sold or reserved.");
    case ErrorCode::SeatingFixed:
        return tr("This event's seating cannot be changed: tickets are already sold, or its capacity is the number "
                  "of its seats that are not blocked.");
    case ErrorCode::TooManyLookups:
        return tr("Too many booking look-ups found nothing in the last minute. Please wait a minute and try again, "
                  "or ask at the box office.");
    case ErrorCode::TitleRequired:
        return tr("Please enter a title.");
    case ErrorCode::TitleTooLong:
        return tr("The title can have at most 200 characters.");
    case ErrorCode::VenueRequired:
        return tr("Please enter a venue.");
    case ErrorCode::VenueTooLong:
        return tr("The venue can have at most 200 characters.");
    case ErrorCode::DescriptionTooLong:
        return tr("The description can have at most 5000 characters.");
    case ErrorCode::CapacityNotPositive:
        return tr("The capacity must be at least 1.");
    case ErrorCode::CapacityBelowSold:
        return tr("The capacity cannot be lower than the number of tickets already sold.");
    case ErrorCode::CapacityBelowTaken:
        return tr("The capacity cannot be lower than the seats already sold or held by reservations.");
    case ErrorCode::EventCancellationFinal:
        return tr("A cancelled event cannot be put back on sale: its tickets were voided and its refunds listed. "
                  "Create the event again instead.");
    case ErrorCode::PriceNegative:
        return tr("The price cannot be negative.");
    case ErrorCode::PriceInvalid:
        return tr("Please enter a price such as 250 or 250.50 (at most 99,999,999.99).");
    case ErrorCode::StartNotInFuture:
        return tr("A new event must start in the future.");
    case ErrorCode::NameRequired:
        return tr("Please enter a name.");
    case ErrorCode::NameTooLong:
        return tr("A name can have at most 100 characters.");
    case ErrorCode::PhoneInvalid:
        return tr("Please enter a phone number with 6 to 20 digits (spaces, dashes and a leading + are fine).");
    case ErrorCode::PhoneTaken:
        return tr("A customer with this phone number already exists.");
    case ErrorCode::HiddenCharacters:
        return tr("This text contains control or invisible formatting characters (such as a right-to-left override); "
                  "please type it again.");
    case ErrorCode::ReferenceInvalid:
        return tr("A booking reference has 8 letters and digits, such as K7QM2XPA.");
    case ErrorCode::TimeZoneInvalid:
        return tr("Please choose a time zone by its name, such as Asia/Bangkok.");
    case ErrorCode::CurrencyInvalid:
        return tr("Please enter the currency as its three-letter code in capitals, such as THB.");
    case ErrorCode::SettingOutOfRange:
        return tr("This number is outside the range this setting allows; nothing was saved.");
    case ErrorCode::NoteTooLong:
        return tr("A note can have at most 500 characters.");
    case ErrorCode::InvalidValue:
        return tr("One of the values is not valid; nothing was saved.");
    case ErrorCode::PermissionDenied:
        return tr("Your login is not allowed to do this. Please ask an administrator.");
    case ErrorCode::Timeout:
        return tr("The database took too long to answer. Please try again.");
    case ErrorCode::Conflict:
        return tr("Someone else changed this at the same moment. Please try again.");
    case ErrorCode::ConnectionLost:
        return tr("The connection to the database was lost. Reconnecting…");
    case ErrorCode::CannotConnect:
        return tr("Cannot reach the database server. Check the network and the server address.");
    case ErrorCode::ServerFull:
        return tr("The database server has no free connections. Please ask an administrator.");
    case ErrorCode::LoginConnectionLimit:
        return tr("This login already has as many connections open as one terminal needs: it is probably signed in on "
                  "another computer. Sign out there, or ask an administrator.");
    case ErrorCode::ConnectionBudgetFull:
        return tr("The database server's max_connections leaves no room for another login's connections; nothing "
                  "was created. Ask the database administrator to raise max_connections.");
    case ErrorCode::AuthenticationFailed:
        return tr("The user name or password is not correct.");
    case ErrorCode::LoginDisabled:
        return tr("This login has been disabled. Please ask an administrator.");
    case ErrorCode::DriverMissing:
        return tr("The PostgreSQL driver for Qt is not installed, so Marquee cannot connect.");
    case ErrorCode::NotFound:
        return tr("This item no longer exists.");
    case ErrorCode::SchemaTooNew:
        return tr("The database was set up by a newer version of Marquee. Please update this terminal.");
    case ErrorCode::SchemaChecksumMismatch:
        return tr("The database's schema history does not match this version of Marquee; it was changed by hand. "
                  "Nothing was migrated.");
    case ErrorCode::MigrationFailed:
        return tr("Updating the database schema failed; nothing of the failed step was applied.");
    case ErrorCode::MigrationLockTimeout:
        return tr("Updating the database schema waited too long for tables that other sessions are using; nothing of "
                  "the waiting step was applied. Try again when the terminals are quiet.");
    case ErrorCode::PrinterAddressInvalid:
        return tr("A receipt printer's address looks like escpos://192.168.1.50 or escpos://printer.local:9100 "
                  "(the port is 9100 unless you give another).");
    case ErrorCode::PrinterNotConfigured:
        return tr("No receipt printer is set up for this desk yet; the sale is saved, and its tickets can be printed "
                  "once one is.");
    case ErrorCode::PrinterUnreachable:
        return tr("The receipt printer cannot be reached: check that it is switched on and connected to the network, "
                  "and that its address is right; the sale is saved and its tickets can be printed again.");
    case ErrorCode::PrinterDisconnected:
        return tr("The receipt printer broke off the connection in the middle of printing: check its paper and cover, "
                  "then print again; the sale is saved.");
    case ErrorCode::PrinterNotResponding:
        return tr("The receipt printer stopped answering while printing: check that it has paper, its cover is closed "
                  "and no error light is on, then print again; the sale is saved.");
    case ErrorCode::Internal:
        break;
    }
    return tr("Something unexpected went wrong. Nothing was changed.");
}

bool Error::isTransient() const
{
    return m_code == ErrorCode::ConnectionLost || m_code == ErrorCode::Conflict || m_code == ErrorCode::Timeout;
}

QString Error::fieldFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::TitleRequired:
    case ErrorCode::TitleTooLong:
        return QStringLiteral("title");
    case ErrorCode::VenueRequired:
    case ErrorCode::VenueTooLong:
        return QStringLiteral("venue");
    case ErrorCode::DescriptionTooLong:
        return QStringLiteral("description");
    case ErrorCode::CapacityNotPositive:
    case ErrorCode::CapacityBelowSold:
    case ErrorCode::CapacityBelowTaken:
        return QStringLiteral("capacity");
    case ErrorCode::EventCancellationFinal:
        return QStringLiteral("status");
    case ErrorCode::TimeZoneInvalid:
        return QStringLiteral("venue_time_zone");
    case ErrorCode::CurrencyInvalid:
        return QStringLiteral("currency");
    case ErrorCode::NoteTooLong:
        return QStringLiteral("note");
    case ErrorCode::PriceNegative:
    case ErrorCode::PriceInvalid:
        return QStringLiteral("price");
    case ErrorCode::StartNotInFuture:
        return QStringLiteral("startsAt");
    case ErrorCode::NameRequired:
    case ErrorCode::NameTooLong:
        return QStringLiteral("name");
    case ErrorCode::PhoneInvalid:
    case ErrorCode::PhoneTaken:
        return QStringLiteral("phone");
    case ErrorCode::InvalidQuantity:
        return QStringLiteral("quantity");
    case ErrorCode::ReferenceInvalid:
        return QStringLiteral("reference");
    default:
        return QString();
    }
}

namespace {

struct ConstraintMeaning
{
    ErrorCode code = ErrorCode::InvalidValue;
    const char *field = nullptr;   // nullptr: the code's own field
};

ConstraintMeaning meaningOfConstraint(const QString &constraint)
{
    struct Entry { const char *name; ErrorCode code; const char *field = nullptr; };
    static const Entry table[] = {
        {"events_title_not_empty", ErrorCode::TitleRequired},
        {"events_title_length", ErrorCode::TitleTooLong},
        {"events_venue_not_empty", ErrorCode::VenueRequired},
        {"events_venue_length", ErrorCode::VenueTooLong},
        {"events_description_length", ErrorCode::DescriptionTooLong},
        {"events_capacity_positive", ErrorCode::CapacityNotPositive},
        {"events_sold_within_capacity", ErrorCode::CapacityBelowSold},
        {"events_seats_within_capacity", ErrorCode::CapacityBelowTaken},
        {"events_cancellation_final", ErrorCode::EventCancellationFinal},
        {"settings_time_zone_valid", ErrorCode::TimeZoneInvalid},
        {"settings_currency_valid", ErrorCode::CurrencyInvalid},
        {"settings_number_valid", ErrorCode::SettingOutOfRange},
        {"refunds_note_length", ErrorCode::NoteTooLong},
        {"refunds_note_clean", ErrorCode::HiddenCharacters, "note"},
        {"events_price_not_negative", ErrorCode::PriceNegative},
        {"events_starts_in_future", ErrorCode::StartNotInFuture},
        {"users_name_not_empty", ErrorCode::NameRequired},
        {"users_name_length", ErrorCode::NameTooLong},
        {"users_phone_format", ErrorCode::PhoneInvalid},
        {"users_phone_unique", ErrorCode::PhoneTaken},
        {"users_name_clean", ErrorCode::HiddenCharacters, "name"},
        {"bookings_customer_name_clean", ErrorCode::HiddenCharacters, "name"},
        {"events_title_clean", ErrorCode::HiddenCharacters, "title"},
        {"events_venue_clean", ErrorCode::HiddenCharacters, "venue"},
        {"events_description_clean", ErrorCode::HiddenCharacters, "description"},
        {"staff_logins_full_name_clean", ErrorCode::HiddenCharacters, "fullName"},
        {"ticket_types_name_not_empty", ErrorCode::TicketTypeNameRequired, "name"},
        {"ticket_types_name_length", ErrorCode::TicketTypeNameRequired, "name"},
        {"ticket_types_name_unique", ErrorCode::TicketTypeNameRequired, "name"},
        {"ticket_types_name_clean", ErrorCode::HiddenCharacters, "name"},
        {"ticket_types_price_not_negative", ErrorCode::PriceNegative, "price"},
        {"ticket_types_quota_not_negative", ErrorCode::QuotaBelowTaken, "quota"},
        {"ticket_types_taken_within_quota", ErrorCode::QuotaBelowTaken, "quota"},
        {"ticket_types_one_active", ErrorCode::LastTicketType},
        {"events_seating_fixed", ErrorCode::SeatingFixed},
        {"events_seated_capacity", ErrorCode::SeatingFixed, "capacity"},
    };
    for (const Entry &entry : table) {
        if (constraint == QLatin1String(entry.name))
            return ConstraintMeaning{entry.code, entry.field};
    }
    return ConstraintMeaning{};
}

// A refused connection carries no SQLSTATE through Qt, only the server's sentence (in English unless
// the server's lc_messages says otherwise).
std::optional<ErrorCode> connectionRefusal(const QString &text)
{
    if (text.contains(QLatin1String("too many connections for role")))
        return ErrorCode::LoginConnectionLimit;
    if (text.contains(QLatin1String("too many clients already"))
        || text.contains(QLatin1String("remaining connection slots are reserved"))
        || text.contains(QLatin1String("too many connections for database")))
        return ErrorCode::ServerFull;
    return std::nullopt;
}

QString constraintIn(const QString &databaseText)
{
    static const QRegularExpression pattern(QStringLiteral("constraint \"([a-z0-9_]+)\""));
    const QRegularExpressionMatch match = pattern.match(databaseText);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

Error Error::fromSqlState(const QString &sqlState, const QString &databaseText)
{
    static const struct { const char *state; ErrorCode code; } fixed[] = {
        {"MQ001", ErrorCode::SoldOut},          {"MQ002", ErrorCode::NotOnSale},
        {"MQ003", ErrorCode::InvalidQuantity},  {"MQ004", ErrorCode::InvalidCustomer},
        {"MQ005", ErrorCode::BookingNotFound},  {"MQ006", ErrorCode::TicketNotFound},
        {"MQ007", ErrorCode::TicketAlreadyUsed}, {"MQ008", ErrorCode::TicketCancelled},
        {"MQ009", ErrorCode::BookingCheckedIn},
        {"MQ010", ErrorCode::InvalidStaffLogin}, {"MQ011", ErrorCode::StaffLoginNotFound},
        {"MQ012", ErrorCode::IdempotencyKeyReused}, {"MQ013", ErrorCode::BookingRateExceeded},
        {"MQ014", ErrorCode::CustomerLimitExceeded}, {"MQ015", ErrorCode::OutsideCheckInWindow},
        {"MQ023", ErrorCode::ReservationNotPayable}, {"MQ024", ErrorCode::RefundNotDue},
        {"MQ018", ErrorCode::ReservationUnpaid}, {"MQ019", ErrorCode::TooManyLookups},
        {"MQ020", ErrorCode::ReservationCapExceeded},
        {"MQ022", ErrorCode::TicketForAnotherEvent}, {"MQ035", ErrorCode::ReentryNotAllowed},
        {"MQ036", ErrorCode::TicketNotInside},  {"MQ037", ErrorCode::EntranceInvalid},
        {"MQ017", ErrorCode::CashWithoutShift}, {"MQ030", ErrorCode::ShiftAlreadyOpen},
        {"MQ031", ErrorCode::NoOpenShift},      {"MQ032", ErrorCode::CashAmountInvalid},
        {"MQ016", ErrorCode::SeatNotAvailable}, {"MQ021", ErrorCode::TicketTypeNotAvailable},
        {"MQ025", ErrorCode::TicketTypeSoldOut},
        {"53400", ErrorCode::ConnectionBudgetFull},
        {"42501", ErrorCode::PermissionDenied}, {"57014", ErrorCode::Timeout},
        {"55P03", ErrorCode::Timeout},          {"40001", ErrorCode::Conflict},
        {"40P01", ErrorCode::Conflict},         {"57P01", ErrorCode::ConnectionLost},
        {"57P02", ErrorCode::ConnectionLost},   {"57P03", ErrorCode::CannotConnect},
        {"53300", ErrorCode::ServerFull},
        {"28P01", ErrorCode::AuthenticationFailed}, {"28000", ErrorCode::AuthenticationFailed},
        {"22P02", ErrorCode::InvalidValue},     {"22001", ErrorCode::InvalidValue},
        {"22003", ErrorCode::InvalidValue},     {"22007", ErrorCode::InvalidValue},
        {"22008", ErrorCode::InvalidValue},     {"23502", ErrorCode::InvalidValue},
    };

    ErrorCode code = ErrorCode::Internal;
    QString field;
    if (sqlState == QLatin1String("23514") || sqlState == QLatin1String("23505")) {
        const ConstraintMeaning meaning = meaningOfConstraint(constraintIn(databaseText));
        code = meaning.code;
        if (meaning.field)
            field = QLatin1String(meaning.field);
    } else if (sqlState == QLatin1String("53300")) {
        code = connectionRefusal(databaseText).value_or(ErrorCode::ServerFull);
    } else if (sqlState.startsWith(QLatin1String("08"))) {
        code = ErrorCode::ConnectionLost;
    } else {
        for (const auto &entry : fixed) {
            if (sqlState == QLatin1String(entry.state)) {
                code = entry.code;
                break;
            }
        }
    }
    Error error(code, databaseText, field);
    error.m_sqlState = sqlState;
    return error;
}

Error Error::fromSql(const QSqlError &sqlError)
{
    const QString state = sqlError.nativeErrorCode();
    const QString text = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
    if (!state.isEmpty())
        return fromSqlState(state, text);

    if (sqlError.type() == QSqlError::ConnectionError) {
        // libpq gives no SQLSTATE for a refused connection, only the server's words. Before the role
        // matcher below: "too many connections for role \"x\"" names a role too.
        if (const auto refusal = connectionRefusal(text)) {
            Error error(*refusal, text);
            error.m_sqlState = QStringLiteral("53300");
            return error;
        }
        // PostgreSQL says a login is disabled (NOLOGIN) only after it accepted the password, so
        // this tells nothing to someone who does not know it.
        if (text.contains(QLatin1String("is not permitted to log in")))
            return Error(ErrorCode::LoginDisabled, text);
        if (text.contains(QLatin1String("password authentication failed"))
            || text.contains(QLatin1String("no password supplied"))
            || text.contains(QLatin1String("role \"")))
            return Error(ErrorCode::AuthenticationFailed, text);
        if (text.contains(QLatin1String("Driver not loaded")))
            return Error(ErrorCode::DriverMissing, text);
        return Error(ErrorCode::CannotConnect, text);
    }
    // A statement on a connection the server dropped: Qt reports no SQLSTATE, only text.
    if (text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("terminating connection"))
        || text.contains(QLatin1String("database not open")))
        return Error(ErrorCode::ConnectionLost, text);
    return Error(ErrorCode::Internal, text);
}

} // namespace Marquee

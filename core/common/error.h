#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace Marquee {

// Everything that can go wrong, in the venue's words. Each code has exactly one translated
// sentence (Error::message), so a clerk never sees SQL.
enum class ErrorCode {
    // Booking rules, raised by the database functions with their own SQLSTATE (MQ001..MQ020).
    SoldOut,             // MQ001
    NotOnSale,           // MQ002
    InvalidQuantity,     // MQ003
    InvalidCustomer,     // MQ004
    BookingNotFound,     // MQ005
    TicketNotFound,      // MQ006
    TicketAlreadyUsed,   // MQ007
    TicketCancelled,     // MQ008
    BookingCheckedIn,    // MQ009: someone already came in on it
    InvalidStaffLogin,   // MQ010
    StaffLoginNotFound,  // MQ011
    IdempotencyKeyReused, // MQ012: the key was used for another request
    BookingRateExceeded, // MQ013: too many bookings a minute from this login
    CustomerLimitExceeded, // MQ014: too many tickets for this customer and event
    OutsideCheckInWindow, // MQ015: check-in is open from 6 h before the start until 12 h after
    ReservationNotPayable, // MQ023: its time is up, it was released, or it was already paid
    RefundNotDue,        // MQ024: no such refund, or it was already given
    ReservationUnpaid,   // MQ018: a ticket of an unpaid reservation (check-in refuses it)
    TooManyLookups,      // MQ019: too many failed look-ups a minute from this login
    ReservationCapExceeded, // MQ020: this kiosk login holds as many seats of the event as it may
    TicketForAnotherEvent, // MQ022: this door does not admit the ticket's event
    ReentryNotAllowed,   // MQ035: the event forbids re-entry, so the ticket is not checked out
    TicketNotInside,     // MQ036: check-out of a ticket that is not inside
    EntranceInvalid,     // MQ037: an entrance name: 1 to 60 characters, nothing hidden
    CashWithoutShift,    // MQ017: a box-office login took (or gave back) cash with no open shift
    ShiftAlreadyOpen,    // MQ030: this login already has an open shift
    NoOpenShift,         // MQ031: no open shift (to close, to open the drawer in), or it is closed already
    CashAmountInvalid,   // MQ032: a float or counted cash that is not an amount (negative, over 2 decimals)
    SeatNotAvailable,    // MQ016: sold, blocked, held by someone else, or not a seat of this event
    TicketTypeNotAvailable, // MQ021: inactive, of another event or seat category, or box-office only
    TicketTypeSoldOut,   // MQ025: the type's quota is used up

    // Field-level refusals: CHECK and UNIQUE constraints, or the client's own validation.
    TitleRequired,
    TitleTooLong,
    VenueRequired,
    VenueTooLong,
    DescriptionTooLong,
    CapacityNotPositive,
    CapacityBelowSold,
    CapacityBelowTaken,  // below the seats sold plus those held by reservations
    EventCancellationFinal, // a cancelled event cannot be put back on sale
    PriceNegative,
    PriceInvalid,
    StartNotInFuture,
    NameRequired,
    NameTooLong,
    PhoneInvalid,
    PhoneTaken,
    HiddenCharacters,    // control characters, bidi controls, U+2060 or U+FEFF in a name, title, venue, description
    ReferenceInvalid,    // a booking reference is 8 letters and digits
    TimeZoneInvalid,     // the venue's time zone: a name of the tz database such as Asia/Bangkok
    CurrencyInvalid,     // the venue's currency: an ISO 4217 code such as THB
    SettingOutOfRange,   // a number setting outside its range
    NoteTooLong,         // a refund's note has at most 500 characters
    TicketTypeNameRequired, // a ticket type's name: not empty, at most 100 characters, unique in its event
    LastTicketType,      // an event keeps at least one active ticket type
    QuotaBelowTaken,     // a quota below the tickets of the type already sold or reserved
    SeatingFixed,        // an event with tickets keeps its seating plan; a seated event's capacity is its seats'
    InvalidValue,        // any other constraint

    // The connection and the server.
    PermissionDenied,    // 42501
    Timeout,             // 57014, 55P03
    Conflict,            // 40001, 40P01: safe to try again
    ConnectionLost,      // 57P01, 08xxx, or the connection is gone
    CannotConnect,       // open() failed: server unreachable
    ServerFull,          // 53300: the server has no free connections
    LoginConnectionLimit, // 53300: this login has as many connections as it may (its CONNECTION LIMIT)
    ConnectionBudgetFull, // 53400: max_connections has no room for another login's connections
    AuthenticationFailed,
    LoginDisabled,       // the password was right, but an admin disabled the login
    DriverMissing,
    NotFound,            // a row asked for by id does not exist

    // Schema versions.
    SchemaTooNew,
    SchemaChecksumMismatch,
    MigrationFailed,
    MigrationLockTimeout, // a migration waited too long for a table other sessions use

    // The desk's receipt and ticket printer (ESC/POS over the network). None of these touches the sale.
    PrinterAddressInvalid, // not escpos://HOST[:PORT]
    PrinterNotConfigured,  // this terminal has no receipt printer set up
    PrinterUnreachable,    // refused, no such host, or no answer to the connection within the time allowed
    PrinterDisconnected,   // the printer closed the connection before it confirmed the whole job
    PrinterNotResponding,  // connected, but it stopped reading or never confirmed the job in time

    Internal
};

// A typed failure: a code, the form field it belongs to (if any), and developer detail that is
// logged but never shown to a person.
class Error
{
    Q_DECLARE_TR_FUNCTIONS(Error)

public:
    Error() = default;
    explicit Error(ErrorCode code, QString detail = QString(), QString field = QString());

    ErrorCode code() const { return m_code; }
    QString field() const { return m_field; }
    QString detail() const { return m_detail; }
    QString sqlState() const { return m_sqlState; }

    // One translated sentence for a person at the desk or the kiosk.
    QString message() const;

    // True when trying the same call again (with the same idempotency key) is the right reaction.
    bool isTransient() const;

    // Maps a driver error to a typed error: SQLSTATE first, then the constraint named in the message.
    static Error fromSql(const QSqlError &error);

    // The same, for the code alone (MQ001 -> SoldOut, 23514 + constraint -> field error, ...).
    static Error fromSqlState(const QString &sqlState, const QString &databaseText);

    // For a code: the form field it concerns ("title", "capacity", ...) or empty.
    static QString fieldFor(ErrorCode code);

private:
    ErrorCode m_code = ErrorCode::Internal;
    QString m_field;
    QString m_detail;
    QString m_sqlState;
};

} // namespace Marquee

#pragma once

#include "common/error.h"
#include "domain/event.h"

#include <QList>
#include <QString>

#include <optional>

namespace Marquee::Validation {

// The client's copy of the database's rules, so a person hears about a mistake before a round trip.
// The database checks the same again; these functions never replace it.

constexpr int MaxNameLength = 100;
constexpr int MaxTitleLength = 200;
constexpr int MaxVenueLength = 200;
constexpr int MaxDescriptionLength = 5000;
constexpr int DefaultMaxTicketsPerBooking = 10;

// "+66 81-234 5678" -> "+66812345678"; what the database stores.
QString normalizePhone(const QString &phone);
bool isValidPhone(const QString &phone);

// PostgreSQL text cannot hold NUL (and QPSQL cuts a statement at one); other control characters are
// never meant in a name or title. Line breaks are fine in a description.
bool hasControlCharacters(const QString &text, bool allowLineBreaks);

// What the database's CHECK constraints refuse (marquee.is_clean_text, migrations/0004): control
// characters (C0 and C1), bidi controls U+202A-U+202E and U+2066-U+2069, U+2060 and U+FEFF.
// Zero-width space and the joiners (U+200B-U+200D) are fine: Thai text and emoji use them.
bool hasHiddenCharacters(const QString &text, bool allowLineBreaks);

std::optional<Error> checkCustomerName(const QString &name);
std::optional<Error> checkPhone(const QString &phone);
std::optional<Error> checkQuantity(int quantity, int maxPerBooking = DefaultMaxTicketsPerBooking);

// Every field error of an event form, each naming its field. ticketsSold is 0 for a new event.
QList<Error> checkEvent(const EventDraft &draft, bool isNew, int ticketsSold = 0,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());

// A staff or kiosk login name: 3 to 41 of a-z, 0-9 and _, starting with a letter, and no reserved
// word (marquee.is_reserved_login_name has the full list, SQL keywords included).
bool isValidLoginName(const QString &login);

// A staff login's full name: at most 200 characters, no hidden characters.
std::optional<Error> checkStaffFullName(const QString &fullName);

// Booking references look like K7QM2XPA: 8 of A-Z and 2-9 without I and O. People may type them in
// lower case, with spaces or a dash.
QString normalizeBookingReference(const QString &reference);
bool isWellFormedBookingReference(const QString &reference);

// Ticket codes look like TKT-20261123-7KQ2M9XA.
QString normalizeTicketCode(const QString &code);
bool isWellFormedTicketCode(const QString &code);

} // namespace Marquee::Validation

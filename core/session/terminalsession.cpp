#include "terminalsession.h"

#include "audit/auditservice.h"
#include "availability/liveavailability.h"
#include "booking/bookingservice.h"
#include "database/databaseworker.h"
#include "door/doorservice.h"
#include "reports/reportservice.h"
#include "events/eventservice.h"
#include "refunds/refundservice.h"
#include "shifts/shiftservice.h"
#include "seating/seatingplanservice.h"
#include "seating/seatservice.h"
#include "server/serverservice.h"
#include "venue/settingsservice.h"
#include "staff/staffservice.h"
#include "users/customerservice.h"

namespace Marquee {

TerminalSession::TerminalSession(const ConnectionProfile &profile, const SessionInfo &info, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_info(info)
    , m_address(this)
{
    // Sales from this terminal are announced by the listener right after they commit, so the sale's own commit
    // never waits for the server-wide notification lock (see migrations/0002).
    ConnectionProfile writeProfile = profile;
    writeProfile.announceAfterCommit = true;
    m_writes = new DatabaseWorker(writeProfile, QStringLiteral("writes"), this);
    // A kiosk does one thing at a time: its reads queue behind its own sale on the same connection, and the
    // server keeps one slot less per kiosk (a venue has many). Desks and admins read beside their sales.
    m_reads = connectionCount(info.group) == 2 ? m_writes : new DatabaseWorker(profile, QStringLiteral("reads"), this);
    m_live = new LiveAvailability(profile, this);
    connect(m_live, &LiveAvailability::connectionLost, this, &TerminalSession::connectionLost);
    connect(m_live, &LiveAvailability::connectionRestored, this, &TerminalSession::connectionRestored);

    const bool management = info.mayUseAdmin();
    m_events = std::make_unique<EventService>(m_reads, m_writes, management);
    const Address self = m_address;
    m_bookings = std::make_unique<BookingService>(m_reads, m_writes, m_live->announcer(), [self, this](qint64 eventId) {
        self.post([this, eventId] { emit bookingsChanged(eventId); });
    });
    m_customers = std::make_unique<CustomerService>(m_reads, m_writes);
    m_staff = std::make_unique<StaffService>(m_reads, m_writes);
    m_audit = std::make_unique<AuditService>(m_reads);
    m_server = std::make_unique<ServerService>(m_reads);
    m_settings = std::make_unique<SettingsService>(m_reads, m_writes);
    m_refunds = std::make_unique<RefundService>(m_reads, m_writes);
    m_shifts = std::make_unique<ShiftService>(m_reads, m_writes);
    m_seatingPlans = std::make_unique<SeatingPlanService>(m_reads, m_writes);
    m_door = std::make_unique<DoorService>(m_reads, m_writes);
    m_reports = std::make_unique<ReportService>(m_reads);
    m_seats = std::make_unique<SeatService>(m_reads, m_writes, m_live->announcer());
}

TerminalSession::~TerminalSession()
{
    m_address.clear();
    // The workers (children) go next without waiting on the network; then the listener.
}

void TerminalSession::start()
{
    m_live->start();
    reloadVenueSettings();   // opens the read connection
    // A desk's write connection at sign-in, not at its first sale: when a popular event goes on sale every desk
    // sells in the same second, and connecting then (SCRAM, a new backend) was the slow part of the burst.
    if (m_writes != m_reads)
        m_writes->connectNow();
}

void TerminalSession::reloadVenueSettings()
{
    // A read: retried by the worker until the server answers. Only the latest read's answer counts.
    auto token = std::make_shared<int>(0);
    m_venueRead = token;
    std::weak_ptr<int> latest = token;
    m_settings->venue().then(this, [this, latest](Result<VenueSettings> venue) {
        if (latest.expired() || latest.lock() != m_venueRead || !venue)
            return;
        const bool changed = !m_venueLoaded || venue.value() != m_venue;
        m_venue = venue.value();
        m_venueLoaded = true;
        if (changed)
            emit venueSettingsChanged(m_venue);
    });
}

int TerminalSession::connectionCount(StaffGroup group)
{
    switch (group) {
    case StaffGroup::None:
        return 0;
    case StaffGroup::Kiosk:
    case StaffGroup::Door:
        return 2; // the listener, and one worker for reads and writes
    case StaffGroup::BoxOffice:
    case StaffGroup::Admin:
        break;
    }
    return 3; // the listener, reads and writes
}

} // namespace Marquee

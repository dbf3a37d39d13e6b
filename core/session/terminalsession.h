#pragma once

#include "session/connectionprofile.h"
#include "domain/session.h"
#include "domain/venuesettings.h"
#include "service/address.h"

#include <QObject>

#include <memory>

namespace Marquee {

class AuditService;
class BookingService;
class CustomerService;
class DatabaseWorker;
class DoorService;
class ReportService;
class EventService;
class LiveAvailability;
class RefundService;
class SeatingPlanService;
class SeatService;
class ServerService;
class SettingsService;
class ShiftService;
class StaffService;

// One signed-in terminal: its login, its connections and the services its views call. Views receive it and
// never open connections of their own; nothing here (or in the services) exposes a connection or a query.
//
// Connections: the live-availability listener has its own (LISTEN needs a thread with an event loop); database
// work runs on worker threads with their own. A kiosk or a door reads and writes on one worker — a customer does
// one thing at a time — while a box office or an admin terminal keeps reads apart from sales, so a long report
// never delays a sale. connectionCount() says how many that makes; the database sizes each login's
// CONNECTION LIMIT from the same count plus one for the sign-in check (marquee.terminal_connections in
// migrations/0007): change both together, with a migration that calls marquee.apply_connection_limits().
class TerminalSession final : public QObject
{
    Q_OBJECT

public:
    TerminalSession(const ConnectionProfile &profile, const SessionInfo &info, QObject *parent = nullptr);
    ~TerminalSession() override;

    const ConnectionProfile &profile() const { return m_profile; }
    const SessionInfo &info() const { return m_info; }

    // Starts listening (and reading the first availability snapshot) and reads the venue's settings.
    void start();

    EventService &events() const { return *m_events; }
    BookingService &bookings() const { return *m_bookings; }
    CustomerService &customers() const { return *m_customers; }
    StaffService &staff() const { return *m_staff; }
    AuditService &audit() const { return *m_audit; }
    ServerService &server() const { return *m_server; }
    SettingsService &settings() const { return *m_settings; }
    RefundService &refunds() const { return *m_refunds; }
    ShiftService &shifts() const { return *m_shifts; }
    SeatingPlanService &seatingPlans() const { return *m_seatingPlans; }
    DoorService &door() const { return *m_door; }
    ReportService &reports() const { return *m_reports; }
    // Seated events' seats: the map, holds, house holds (issue #14 §3). LiveSeats follows one event's live.
    SeatService &seats() const { return *m_seats; }
    LiveAvailability *live() const { return m_live; }

    // The venue's settings as last read (its zone, currency ...): what every view formats times and prices with
    // (VenueFormat). Until the first read after start() answers they are the defaults (UTC, THB) and
    // venueSettingsLoaded() is false; then venueSettingsChanged() is emitted. After an admin saved new ones,
    // call reloadVenueSettings() (the other terminals read them at their next start).
    const VenueSettings &venueSettings() const { return m_venue; }
    bool venueSettingsLoaded() const { return m_venueLoaded; }
    void reloadVenueSettings();


    // The most connections a terminal of this group holds at once.
    static int connectionCount(StaffGroup group);

signals:
    // A sale or a cancellation made on this terminal changed this event (for views that show its bookings).
    void bookingsChanged(qint64 eventId);
    // The terminal's live connection (its listener) dropped, with the translated reason / is back. Seat counts may
    // be behind meanwhile; reads and sales reconnect by themselves.
    void connectionLost(const QString &message);
    void connectionRestored();
    void venueSettingsChanged(const Marquee::VenueSettings &settings);

private:
    ConnectionProfile m_profile;
    SessionInfo m_info;
    Address m_address;
    DatabaseWorker *m_reads = nullptr;
    DatabaseWorker *m_writes = nullptr;
    LiveAvailability *m_live = nullptr;
    std::unique_ptr<EventService> m_events;
    std::unique_ptr<BookingService> m_bookings;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<StaffService> m_staff;
    std::unique_ptr<AuditService> m_audit;
    std::unique_ptr<ServerService> m_server;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<RefundService> m_refunds;
    std::unique_ptr<ShiftService> m_shifts;
    VenueSettings m_venue;
    bool m_venueLoaded = false;
    std::shared_ptr<int> m_venueRead;   // the latest read; an older answer is dropped
    std::unique_ptr<SeatingPlanService> m_seatingPlans;
    std::unique_ptr<DoorService> m_door;
    std::unique_ptr<ReportService> m_reports;
    std::unique_ptr<SeatService> m_seats;
};

} // namespace Marquee

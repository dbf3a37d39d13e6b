#include "demodata.h"

#include "booking/bookingrepository.h"
#include "database/connection.h"
#include "booking/tickettyperepository.h"
#include "events/eventrepository.h"
#include "seating/seatingplanreader.h"
#include "seating/seatingplanrepository.h"
#include "seating/seatrepository.h"
#include "staff/staffrepository.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace Marquee {

namespace {

struct DemoEvent
{
    const char *title;
    const char *venue;
    const char *description;
    int daysAhead;
    int hour;
    int capacity;
    const char *price;
    int percentSold;
};

const DemoEvent Season[] = {
    {"Bangkok Symphony: New World", "Main Hall", "Dvořák's Ninth and a premiere by a young Thai composer.", 3, 19, 400, "1200.00", 62},
    {"Jazz at Sunset", "Riverside Terrace", "A quintet plays standards as the sun goes down over the river.", 5, 18, 120, "650.00", 96},
    {"Khon: Ramakien Episodes", "Main Hall", "Masked dance drama with the full piphat ensemble.", 8, 19, 400, "900.00", 45},
    {"Stand-up Night (English)", "Studio Theatre", "Four comedians, one microphone, no mercy.", 9, 20, 80, "450.00", 97},
    {"Children's Puppet Theatre", "Studio Theatre", "Hun lakhon lek for families; 50 minutes, no interval.", 11, 11, 80, "250.00", 30},
    {"Piano Recital: Chopin Nocturnes", "Recital Room", "An evening of nocturnes and a ballade.", 13, 19, 60, "800.00", 98},
    {"Indie Rock Showcase", "Warehouse Stage", "Three bands from the Bangkok indie scene.", 15, 20, 300, "550.00", 20},
    {"Luk Thung Legends", "Main Hall", "The great songs of Thai country music, with a 20-piece band.", 17, 19, 400, "700.00", 74},
    {"Contemporary Dance: Tide", "Studio Theatre", "A new work about the river and the city.", 20, 19, 80, "600.00", 15},
    {"String Quartet: Beethoven Op. 131", "Recital Room", "One of the last quartets, played without a break.", 22, 19, 60, "750.00", 40},
    {"Film Concert: Silent Classics", "Main Hall", "Live organ accompaniment to three silent shorts.", 24, 19, 400, "500.00", 12},
    {"Poetry & Guitar", "Riverside Terrace", "Readings in Thai and English with a classical guitarist.", 26, 18, 120, "350.00", 25},
    {"Opera Gala", "Main Hall", "Arias and duets from Verdi, Puccini and Mozart.", 29, 19, 400, "1500.00", 88},
    {"Electronic Night", "Warehouse Stage", "Four DJs until late.", 31, 22, 300, "800.00", 55},
    {"Magic for Everyone", "Studio Theatre", "Close-up magic and a few grand illusions.", 34, 15, 80, "400.00", 5},
    {"Baroque Ensemble: Vivaldi Seasons", "Recital Room", "The Four Seasons on period instruments.", 36, 19, 60, "850.00", 35},
    {"Musical: The River Queen", "Main Hall", "A new Thai musical; premiere run.", 40, 19, 400, "1800.00", 66},
    {"Acoustic Folk Evening", "Riverside Terrace", "Songwriters from the north.", 43, 18, 120, "450.00", 10},
    {"Shadow Puppets: Nang Yai", "Studio Theatre", "Giant leather puppets and narration.", 46, 19, 80, "500.00", 20},
    {"Big Band Swing", "Main Hall", "Dance floor open: bring your shoes.", 50, 20, 400, "650.00", 8},
    {"Cello & Piano Duo", "Recital Room", "Brahms and Rachmaninoff sonatas.", 53, 19, 60, "700.00", 0},
    {"Comedy Improv", "Studio Theatre", "Suggestions from the audience, made up on the spot.", 57, 20, 80, "350.00", 0},
    {"Thai Classical Orchestra", "Main Hall", "Royal court music and newer works.", 60, 19, 400, "600.00", 3},
    {"Metal Night", "Warehouse Stage", "Loud. Very loud.", 64, 21, 300, "600.00", 6},
    {"New Year's Eve Gala", "Main Hall", "Orchestra, fireworks on the terrace at midnight.", 68, 21, 400, "2500.00", 90},
    {"Jazz Trio: Monk Songbook", "Riverside Terrace", "The music of Thelonious Monk.", 72, 19, 120, "600.00", 0},
    {"Ballet: Giselle", "Main Hall", "A touring company's classic production.", 80, 19, 400, "1600.00", 14},
    {"Storytelling for Kids", "Studio Theatre", "Folk tales with music; ages 4 to 9.", 85, 10, 80, "150.00", 0},
    {"Chamber Choir: Evensong", "Recital Room", "Sacred music from five centuries.", 92, 18, 60, "400.00", 0},
    {"Songkran Water Festival Concert", "Riverside Terrace", "Outdoors, you will get wet.", 120, 17, 120, "300.00", 0},
    {"Film Night: Thai New Wave", "Studio Theatre", "Three short films and a talk with the directors.", 140, 19, 80, "200.00", 0},
    {"Symphonic Rock", "Main Hall", "Rock classics with full orchestra.", 160, 20, 400, "1100.00", 0},
};

const char *const Names[] = {"Somchai Jaidee", "Suda Rattanakosin", "Anan Srisuk", "Malee Wongsa", "Niran Chaiyo",
                             "Pim Thongchai", "Kanya Suksawat", "Arthit Boonmee", "Lamai Phromma", "Chai Charoen",
                             "Emma Clarke", "Lukas Weber", "Aiko Tanaka", "Rahul Mehta", "Sofia Rossi"};

} // namespace

DemoData::DemoData(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<DemoDataReport> DemoData::load()
{
    DemoDataReport report;
    QSqlQuery check = Connection::query(m_db);
    check.prepare(QStringLiteral("SELECT count(*) FROM marquee.events WHERE title = :title"));
    check.bindValue(QStringLiteral(":title"), QString::fromUtf8(Season[0].title));
    if (auto r = Connection::exec(check); !r)
        return r.error();
    if (check.next() && check.value(0).toInt() > 0) {
        report.alreadyLoaded = true;
        return report;
    }

    // The demo venue is in Bangkok and sells in baht: its evenings are Bangkok's, whatever this computer's zone.
    {
        QSqlQuery venue = Connection::query(m_db);
        if (auto r = Connection::exec(venue, QStringLiteral(
                "SELECT marquee.set_setting('venue_time_zone', 'Asia/Bangkok'), marquee.set_setting('currency', 'THB')")); !r)
            return r.error();
    }
    const QTimeZone bangkok("Asia/Bangkok");
    EventRepository events(m_db);
    BookingRepository bookings(m_db);
    const QDateTime today = QDateTime::currentDateTimeUtc().toTimeZone(bangkok).date().startOfDay(bangkok);
    const QUuid demoNamespace = QUuid::fromString(QLatin1String("{6f1c2a52-9b1e-4d33-9a55-6d61727175ee}"));
    int customer = 0;

    for (const DemoEvent &demo : Season) {
        EventDraft draft;
        draft.title = QString::fromUtf8(demo.title);
        draft.venue = QString::fromUtf8(demo.venue);
        draft.description = QString::fromUtf8(demo.description);
        draft.startsAt = today.addDays(demo.daysAhead).addSecs(demo.hour * 3600);
        draft.capacity = demo.capacity;
        draft.price = Money::fromDecimalString(QString::fromLatin1(demo.price)).value_or(Money());
        auto created = events.create(draft);
        if (!created)
            return created.error();
        ++report.eventsCreated;

        int toSell = demo.capacity * demo.percentSold / 100;
        int bookingNumber = 0;
        while (toSell > 0) {
            const int quantity = qMin(toSell, 1 + (bookingNumber * 7 + demo.daysAhead) % 6);
            BookingRequest request;
            request.eventId = created->id;
            request.quantity = quantity;
            request.customerName = QString::fromUtf8(Names[customer % std::size(Names)]);
            request.customerPhone = QStringLiteral("+66 8%1").arg(10000000 + customer % 240, 8, 10, QLatin1Char('0'));
            request.paymentMethod = bookingNumber % 5 == 0 ? PaymentMethod::Card : PaymentMethod::Cash;
            request.idempotencyKey = QUuid::createUuidV5(demoNamespace, QStringLiteral("%1/%2").arg(created->id).arg(bookingNumber));
            auto booked = bookings.book(request);
            if (!booked)
                return booked.error();
            ++report.bookingsMade;
            toSell -= quantity;
            ++bookingNumber;
            ++customer;
        }
    }

    // A walk-in at the desk: no phone, no customer row, the name on the booking.
    {
        QSqlQuery event = Connection::query(m_db);
        if (auto r = Connection::exec(event, QStringLiteral(
                "SELECT id FROM marquee.events WHERE title = 'Bangkok Symphony: New World'")); !r)
            return r.error();
        if (event.next()) {
            BookingRequest walkIn;
            walkIn.eventId = event.value(0).toLongLong();
            walkIn.quantity = 2;
            walkIn.customerName = QStringLiteral("Walk-in");
            walkIn.paymentMethod = PaymentMethod::Cash;
            walkIn.idempotencyKey = QUuid::createUuidV5(demoNamespace, QStringLiteral("walk-in"));
            auto sold = bookings.book(walkIn);
            if (!sold)
                return sold.error();
            ++report.bookingsMade;
        }
    }

    // Kiosk reservations waiting for payment at the box office, one of them about to expire. Kiosks make them
    // with their own logins; here the owner makes them (marquee.place_booking, owner only) as demo_kiosk's.
    {
        const struct { const char *title; int quantity; const char *name; const char *phone; int expiresInMinutes; } held[] = {
            {"Jazz at Sunset", 2, "Pim Thongchai", "+66 81 555 0101", 4},
            {"Contemporary Dance: Tide", 3, "Lukas Weber", "+66 81 555 0102", 18},
            {"Magic for Everyone", 4, "Kanya Suksawat", "+66 81 555 0103", 15},
        };
        for (const auto &reservation : held) {
            QSqlQuery q = Connection::query(m_db);
            q.prepare(QStringLiteral(
                "SELECT booking_id FROM marquee.place_booking("
                "  (SELECT id FROM marquee.events WHERE title = :title), :quantity, :name, :phone, :key::uuid, 'card', true, "
                "  clock_timestamp() + make_interval(mins => :minutes))"));
            q.bindValue(QStringLiteral(":title"), QString::fromUtf8(reservation.title));
            q.bindValue(QStringLiteral(":quantity"), reservation.quantity);
            q.bindValue(QStringLiteral(":name"), QString::fromUtf8(reservation.name));
            q.bindValue(QStringLiteral(":phone"), QString::fromLatin1(reservation.phone));
            q.bindValue(QStringLiteral(":key"),
                        QUuid::createUuidV5(demoNamespace, QStringLiteral("reservation/%1").arg(QString::fromUtf8(reservation.title)))
                            .toString(QUuid::WithoutBraces));
            q.bindValue(QStringLiteral(":minutes"), reservation.expiresInMinutes);
            if (auto r = Connection::exec(q); !r)
                return r.error();
            if (!q.next())
                return Error(ErrorCode::Internal, QStringLiteral("place_booking returned no row"));
            // A statement of its own: an UPDATE does not see what a function in the same statement inserted.
            QSqlQuery kiosk = Connection::query(m_db);
            kiosk.prepare(QStringLiteral("UPDATE marquee.bookings SET sold_by = 'demo_kiosk' WHERE id = :id"));
            kiosk.bindValue(QStringLiteral(":id"), q.value(0).toLongLong());
            if (auto r = Connection::exec(kiosk); !r)
                return r.error();
            ++report.bookingsMade;
        }
    }

    // The seated hall (issue #14): the Grand Theatre's plan (pretix's format, resources/seating), wheelchair spaces
    // with their companion seats in row N, three evenings with seats sold in small groups, a house hold for the
    // sound desk, ticket types per seat category, and child and concession types.
    if (auto seated = loadSeatedHall(today, demoNamespace, report); !seated)
        return seated.error();

    // Ticket types on a few general-admission events: adult (the first type), child, concession at the desk.
    for (const char *title : {"Children's Puppet Theatre", "Magic for Everyone", "Storytelling for Kids", "Jazz at Sunset"}) {
        QSqlQuery event = Connection::query(m_db);
        event.prepare(QStringLiteral("SELECT id, price FROM marquee.events WHERE title = :title"));
        event.bindValue(QStringLiteral(":title"), QString::fromUtf8(title));
        if (auto r = Connection::exec(event); !r)
            return r.error();
        if (!event.next())
            continue;
        if (auto r = addFamilyTypes(event.value(0).toLongLong(), Money::fromDatabase(event.value(1))); !r)
            return r.error();
    }

    // One cancelled event: its bookings become refunds due (the database's trigger lists them, migrations/0012),
    // and two completed ones from last month.
    {
        QSqlQuery cancel = Connection::query(m_db);
        if (auto r = Connection::exec(cancel, QStringLiteral(
                "UPDATE marquee.events SET status = 'cancelled' WHERE title = 'Indie Rock Showcase'")); !r)
            return r.error();
        QSqlQuery past = Connection::query(m_db);
        if (auto r = Connection::exec(past, QStringLiteral(
                "INSERT INTO marquee.events (title, description, venue, starts_at, capacity, price, status) VALUES "
                "('Autumn Gala', 'Last season''s closing night.', 'Main Hall', now() - interval '30 days', 400, 1200, 'completed'),"
                "('Blues Evening', 'A night of Chicago blues.', 'Riverside Terrace', now() - interval '12 days', 120, 500, 'completed')")); !r)
            return r.error();
        report.eventsCreated += 2;
    }

    // One login per group, to try each view. Created only where this session may (an admin or the owner).
    StaffRepository staff(m_db);
    const struct { const char *login; StaffGroup group; const char *name; } logins[] = {
        {"demo_admin", StaffGroup::Admin, "Demo administrator"},
        {"demo_box_office", StaffGroup::BoxOffice, "Demo box office"},
        {"demo_kiosk", StaffGroup::Kiosk, "Demo kiosk terminal"},
        {"demo_door", StaffGroup::Door, "Demo door scanner"},
    };
    for (const auto &login : logins) {
        const QString password = randomPassword();
        auto created = staff.create(QString::fromLatin1(login.login), password, login.group, QString::fromLatin1(login.name));
        if (created) {
            ++report.loginsCreated;
            report.logins.append({QString::fromLatin1(login.login), password});
        }
    }
    return report;
}

Result<void> DemoData::addFamilyTypes(qint64 eventId, Money adultPrice)
{
    TicketTypeRepository types(m_db);
    QSqlQuery rename = Connection::query(m_db);
    rename.prepare(QStringLiteral("UPDATE marquee.ticket_types SET name = 'Adult' WHERE event_id = :event AND name = 'Standard'"));
    rename.bindValue(QStringLiteral(":event"), eventId);
    if (auto r = Connection::exec(rename); !r)
        return r.error();
    TicketType child;
    child.eventId = eventId;
    child.name = QStringLiteral("Child");
    child.price = Money::fromMinorUnits(adultPrice.minorUnits() / 2);
    child.sortOrder = 20;
    if (auto r = types.save(child); !r)
        return r.error();
    TicketType concession;
    concession.eventId = eventId;
    concession.name = QStringLiteral("Concession (student, senior)");
    concession.price = Money::fromMinorUnits(adultPrice.minorUnits() * 7 / 10);
    concession.sortOrder = 30;
    concession.boxOfficeOnly = true;
    concession.quota = 40;
    if (auto r = types.save(concession); !r)
        return r.error();
    return {};
}

Result<void> DemoData::loadSeatedHall(const QDateTime &today, const QUuid &demoNamespace, DemoDataReport &report)
{
    QFile file(QStringLiteral(":/seating/demo-hall.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Internal, QStringLiteral("the demo hall's plan is missing"));
    SeatingPlanReading reading = SeatingPlanReader::read(file.readAll());
    if (!reading)
        return Error(ErrorCode::Internal, reading.problem().message());
    SeatingPlan plan = reading.takePlan();
    plan.name = QStringLiteral("Grand Theatre");
    plan.setAccessibility({QStringLiteral("stalls-N-1"), QStringLiteral("stalls-N-2"), QStringLiteral("stalls-N-25"),
                           QStringLiteral("stalls-N-26")},
                          {QStringLiteral("stalls-N-3"), QStringLiteral("stalls-N-24")}, {});
    auto planId = SeatingPlanRepository(m_db).create(plan);
    if (!planId)
        return planId.error();

    const struct { const char *title; const char *description; int daysAhead; int percentSold; } evenings[] = {
        {"Hamlet (Grand Theatre)", "Shakespeare's tragedy in a new Thai translation; surtitles in English.", 6, 55},
        {"The Nutcracker (Grand Theatre)", "The ballet for the holidays, with the full orchestra.", 19, 80},
        {"Piano Concerto Night (Grand Theatre)", "Rachmaninoff's Second and Grieg.", 33, 20},
    };
    EventRepository events(m_db);
    BookingRepository bookings(m_db);
    TicketTypeRepository types(m_db);
    SeatRepository seats(m_db);
    int customer = 100;
    for (const auto &evening : evenings) {
        EventDraft draft;
        draft.title = QString::fromUtf8(evening.title);
        draft.venue = QStringLiteral("Grand Theatre");
        draft.description = QString::fromUtf8(evening.description);
        draft.startsAt = today.addDays(evening.daysAhead).addSecs(19 * 3600 + 1800);
        draft.capacity = 1;
        draft.price = Money::fromMinorUnits(120000);
        auto created = events.create(draft);
        if (!created)
            return created.error();
        ++report.eventsCreated;
        const qint64 eventId = created->id;
        QSqlQuery seated = Connection::query(m_db);
        seated.prepare(QStringLiteral("UPDATE marquee.events SET seating_plan_id = :plan WHERE id = :event"));
        seated.bindValue(QStringLiteral(":plan"), planId.value());
        seated.bindValue(QStringLiteral(":event"), eventId);
        if (auto r = Connection::exec(seated); !r)
            return r.error();

        // The first type sells the stalls; premium and balcony have their own; child and concession fit any seat.
        QSqlQuery first = Connection::query(m_db);
        first.prepare(QStringLiteral("UPDATE marquee.ticket_types SET name = 'Stalls', seat_category = 'Stalls' "
                                     "WHERE event_id = :event AND name = 'Standard'"));
        first.bindValue(QStringLiteral(":event"), eventId);
        if (auto r = Connection::exec(first); !r)
            return r.error();
        const struct { const char *name; const char *category; qint64 price; int sort; bool office; } own[] = {
            {"Premium", "Premium", 180000, 1, false},
            {"Balcony", "Balcony", 80000, 2, false},
            {"Child (any seat)", "", 50000, 20, false},
            {"Concession (any seat)", "", 70000, 30, true},
        };
        for (const auto &kind : own) {
            TicketType type;
            type.eventId = eventId;
            type.name = QString::fromUtf8(kind.name);
            type.seatCategory = QString::fromLatin1(kind.category);
            type.price = Money::fromMinorUnits(kind.price);
            type.sortOrder = kind.sort;
            type.boxOfficeOnly = kind.office;
            if (auto r = types.save(type); !r)
                return r.error();
        }

        // The sound desk's seats at the back of the stalls are a house hold.
        if (auto r = seats.setHouseHolds(eventId, {QStringLiteral("stalls-M-12"), QStringLiteral("stalls-M-13"),
                                                   QStringLiteral("stalls-M-14"), QStringLiteral("stalls-M-15")}, true); !r)
            return r.error();

        // Seats sold in groups of 2 to 4 along the rows, skipping ahead so the map shows gaps.
        auto map = seats.seatMap(eventId);
        if (!map)
            return map.error();
        const QList<EventSeat> all = map.value();
        int index = 0;
        int group = 0;
        while (index < all.size()) {
            const int size = 2 + (group * 5 + evening.daysAhead) % 3;
            const bool sell = (group * 37 + evening.daysAhead) % 100 < evening.percentSold;
            if (sell) {
                OrderRequest order;
                order.eventId = eventId;
                for (int i = index; i < qMin(index + size, int(all.size())); ++i) {
                    if (all.at(i).state == SeatState::Free && all.at(i).rowLabel == all.at(index).rowLabel)
                        order.lines.append(OrderLine{0, 0, all.at(i).guid});
                }
                if (!order.lines.isEmpty()) {
                    order.customerName = QString::fromUtf8(Names[customer % std::size(Names)]);
                    order.customerPhone = QStringLiteral("+66 8%1").arg(10000000 + customer % 240, 8, 10, QLatin1Char('0'));
                    order.paymentMethod = group % 4 == 0 ? PaymentMethod::Card : PaymentMethod::Cash;
                    order.idempotencyKey = QUuid::createUuidV5(demoNamespace, QStringLiteral("seated/%1/%2").arg(eventId).arg(group));
                    auto booked = bookings.order(order);
                    if (!booked)
                        return booked.error();
                    ++report.bookingsMade;
                    ++customer;
                }
            }
            index += size;
            ++group;
        }
    }
    // The statistics of seated events are folded into their rows by housekeeping (every terminal's heartbeat runs
    // it too; any login may call it).
    QSqlQuery fold = Connection::query(m_db);
    if (auto r = Connection::exec(fold, QStringLiteral("SELECT count(*) FROM marquee.housekeeping()")); !r)
        return r.error();
    return {};
}

QString DemoData::randomPassword()
{
    static const QString alphabet = QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 16; ++i)
        password.append(alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size())))));
    return password;
}

} // namespace Marquee

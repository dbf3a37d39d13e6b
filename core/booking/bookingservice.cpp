#include "bookingservice.h"

#include "bookinglimitsrepository.h"
#include "bookingexport.h"
#include "bookinglookup.h"
#include "bookingrepository.h"
#include "tickettyperepository.h"
#include "database/databaseworker.h"

namespace Marquee {

using Kind = DatabaseWorker::Kind;

namespace {

bool isNotFound(const Error &error)
{
    return error.code() == ErrorCode::NotFound || error.code() == ErrorCode::BookingNotFound
        || error.code() == ErrorCode::TicketNotFound;
}

// One booking as a list of one; "not found" as an empty list.
Result<QList<Booking>> listOf(const Result<Booking> &booking)
{
    if (booking)
        return QList<Booking>{booking.value()};
    if (isNotFound(booking.error()))
        return QList<Booking>();
    return booking.error();
}

} // namespace

BookingService::BookingService(DatabaseWorker *reads, DatabaseWorker *writes, Announcer announcer,
                               std::function<void(qint64)> changed)
    : m_reads(reads)
    , m_writes(writes)
    , m_announcer(std::move(announcer))
    , m_changed(std::move(changed))
{
}

Reply<BookingConfirmation> BookingService::book(const BookingRequest &request)
{
    return m_writes->ask(Kind::KeyedWrite, [request, announcer = m_announcer, changed = m_changed](QSqlDatabase &db) {
        auto result = BookingRepository(db).book(request);
        if (result) {
            announcer.announce({result->eventId});
            if (changed)
                changed(result->eventId);
        }
        return result;
    });
}

Reply<Sale> BookingService::sell(const BookingRequest &request)
{
    return m_writes->ask(Kind::KeyedWrite, [request, announcer = m_announcer, changed = m_changed](QSqlDatabase &db)
                                          -> Result<Sale> {
        BookingRepository bookings(db);
        auto confirmation = bookings.book(request);
        if (!confirmation)
            return confirmation.error();
        // Every terminal hears of the sale first; the read-back only concerns this desk.
        announcer.announce({confirmation->eventId});
        if (changed)
            changed(confirmation->eventId);
        Sale sale;
        sale.confirmation = confirmation.value();
        if (auto stored = bookings.get(confirmation->bookingId))
            sale.stored = stored.value();
        return sale;
    });
}

Reply<BookingConfirmation> BookingService::order(const OrderRequest &request)
{
    return m_writes->ask(Kind::KeyedWrite, [request, announcer = m_announcer, changed = m_changed](QSqlDatabase &db) {
        auto result = BookingRepository(db).order(request);
        if (result) {
            announcer.announce({result->eventId});
            if (changed)
                changed(result->eventId);
        }
        return result;
    });
}

Reply<Sale> BookingService::sellOrder(const OrderRequest &request)
{
    return m_writes->ask(Kind::KeyedWrite, [request, announcer = m_announcer, changed = m_changed](QSqlDatabase &db)
                                          -> Result<Sale> {
        BookingRepository bookings(db);
        auto confirmation = bookings.order(request);
        if (!confirmation)
            return confirmation.error();
        announcer.announce({confirmation->eventId});
        if (changed)
            changed(confirmation->eventId);
        Sale sale;
        sale.confirmation = confirmation.value();
        if (auto stored = bookings.get(confirmation->bookingId))
            sale.stored = stored.value();
        return sale;
    });
}

Reply<QList<TicketType>> BookingService::ticketTypes(qint64 eventId)
{
    return m_reads->ask(Kind::Read, [eventId](QSqlDatabase &db) { return TicketTypeRepository(db).forEvent(eventId); });
}

Reply<qint64> BookingService::saveTicketType(const TicketType &type)
{
    return m_writes->ask(Kind::Write, [type](QSqlDatabase &db) { return TicketTypeRepository(db).save(type); });
}

Reply<CancellationResult> BookingService::cancel(qint64 bookingId)
{
    return m_writes->ask(Kind::Write, [bookingId, announcer = m_announcer, changed = m_changed](QSqlDatabase &db) {
        auto result = BookingRepository(db).cancel(bookingId);
        if (result) {
            announcer.announce({result->eventId});
            if (changed)
                changed(result->eventId);
        }
        return result;
    });
}

Reply<ReservationPayment> BookingService::payReservation(const QString &reference, PaymentMethod method)
{
    return m_writes->ask(Kind::Write, [reference, method, announcer = m_announcer, changed = m_changed](QSqlDatabase &db)
                                          -> Result<ReservationPayment> {
        BookingRepository bookings(db);
        auto payment = bookings.payReservation(reference, method);
        if (!payment)
            return payment.error();
        announcer.announce({payment->eventId});
        if (changed)
            changed(payment->eventId);
        ReservationPayment paid = payment.value();
        if (auto stored = bookings.get(paid.bookingId))
            paid.stored = stored.value();
        return paid;
    });
}

Reply<int> BookingService::recordReprint(qint64 bookingId)
{
    return m_writes->ask(Kind::Write, [bookingId](QSqlDatabase &db) { return BookingRepository(db).recordReprint(bookingId); });
}

Reply<Booking> BookingService::checkIn(const QString &ticketCode)
{
    return m_writes->ask(Kind::Write, [ticketCode](QSqlDatabase &db) { return BookingRepository(db).checkIn(ticketCode); });
}

Reply<Booking> BookingService::get(qint64 bookingId)
{
    return m_reads->ask(Kind::Read, [bookingId](QSqlDatabase &db) { return BookingRepository(db).get(bookingId); });
}

Reply<QList<Booking>> BookingService::byEvent(qint64 eventId, int limit, int offset)
{
    return m_reads->ask(Kind::Read, [eventId, limit, offset](QSqlDatabase &db) {
        return BookingRepository(db).byEvent(eventId, limit, offset);
    });
}

Reply<QList<Booking>> BookingService::byPhone(const QString &phone)
{
    return m_reads->ask(Kind::Read, [phone](QSqlDatabase &db) { return BookingRepository(db).byPhone(phone); });
}

Reply<Booking> BookingService::byTicketCode(const QString &code)
{
    return m_reads->ask(Kind::Read, [code](QSqlDatabase &db) { return BookingRepository(db).byTicketCode(code); });
}

Reply<Booking> BookingService::byReference(const QString &reference)
{
    return m_reads->ask(Kind::Read, [reference](QSqlDatabase &db) { return BookingRepository(db).byReference(reference); });
}

Reply<Booking> BookingService::findMyBooking(const QString &phone, const QString &reference)
{
    return m_reads->ask(Kind::Read, [phone, reference](QSqlDatabase &db) {
        return BookingRepository(db).findMyBooking(phone, reference);
    });
}

Reply<EventSalesDetail> BookingService::salesDetail(qint64 eventId)
{
    return m_reads->ask(Kind::Read, [eventId](QSqlDatabase &db) -> Result<EventSalesDetail> {
        BookingRepository bookings(db);
        auto summary = bookings.eventSummary(eventId);
        if (!summary)
            return summary.error();
        auto sales = bookings.salesOverTime(eventId);
        if (!sales)
            return sales.error();
        return EventSalesDetail{summary.value(), sales->points, sales->bucket, sales->firstSale};
    });
}

Reply<QList<BookingLimits>> BookingService::limits()
{
    return m_reads->ask(Kind::Read, [](QSqlDatabase &db) { return BookingLimitsRepository(db).list(); });
}

Reply<void> BookingService::saveLimits(const BookingLimits &limits)
{
    return m_writes->ask(Kind::Write, [limits](QSqlDatabase &db) { return BookingLimitsRepository(db).save(limits); });
}

Reply<QList<Booking>> BookingService::lookUp(const BookingLookup &lookup)
{
    if (!lookup.isValid())
        return Reply<QList<Booking>>::answered(QList<Booking>());
    return m_reads->ask(Kind::Read, [lookup](QSqlDatabase &db) -> Result<QList<Booking>> {
        BookingRepository bookings(db);
        const auto byReference = [&bookings](const QString &reference) { return listOf(bookings.byReference(reference)); };
        switch (lookup.kind()) {
        case BookingLookup::Kind::TicketCode:
            return listOf(bookings.byTicketCode(lookup.text()));
        case BookingLookup::Kind::Reference:
            return byReference(lookup.reference());
        case BookingLookup::Kind::Phone:
            return bookings.byPhone(lookup.text());
        case BookingLookup::Kind::PhoneOrReference: {
            // A phone first; only if nobody booked with it, the booking with that reference.
            Result<QList<Booking>> byPhone = bookings.byPhone(lookup.text());
            if (!byPhone || !byPhone->isEmpty())
                return byPhone;
            Result<QList<Booking>> byNumber = byReference(lookup.reference());
            return byNumber ? byNumber : byPhone;
        }
        case BookingLookup::Kind::Invalid:
            break;
        }
        return QList<Booking>();
    });
}

BookingExport *BookingService::exportToCsv(qint64 eventId, const QString &fileName, QObject *parent)
{
    return new BookingExport(m_reads, eventId, fileName, parent);
}

} // namespace Marquee

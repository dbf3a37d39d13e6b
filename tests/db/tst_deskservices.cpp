#include "booking/bookingexport.h"
#include "booking/bookinglookup.h"
#include "validation/validation.h"
#include "booking/bookingservice.h"
#include "session/terminalsession.h"
#include "testdatabase.h"
#include "users/customerservice.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <memory>

using namespace Marquee;

// What the box office and the admin view ask of core beyond the plain reads: the desk's look-up by whatever the
// clerk typed, a sale answered with the booking as stored, and the CSV export. Against a real server, as a
// box-office login with its password; the superuser only sets up and reads back.
class TestDeskServices : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("deskservices")};
    std::unique_ptr<TerminalSession> m_desk;
    std::unique_ptr<TerminalSession> m_admin; // the export is the admin's
    qint64 m_eventId = 0;
    QTemporaryDir m_dir;

    static SessionInfo infoFor(StaffGroup group)
    {
        SessionInfo info;
        info.login = QStringLiteral("desk");
        info.group = group;
        return info;
    }

    template<typename T>
    static QString why(const Result<T> &result)
    {
        return result.ok() ? QString() : result.error().detail();
    }

    Result<Sale> sell(int quantity, const QString &name, const QString &phone,
                      PaymentMethod payment = PaymentMethod::Cash)
    {
        BookingRequest request;
        request.eventId = m_eventId;
        request.quantity = quantity;
        request.customerName = name;
        request.customerPhone = phone;
        request.paymentMethod = payment;
        return m_desk->bookings().sell(request).wait(10000);
    }

    QList<Booking> lookUp(const QString &typed)
    {
        auto found = m_desk->bookings().lookUp(BookingLookup::parse(typed)).wait(10000);
        if (!found) {
            qWarning() << "look-up failed:" << found.error().detail();
            return {};
        }
        return found.value();
    }

    QVariant scalar(const QString &sql) const
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("deskservices_check"));
        QSqlQuery q(db);
        q.setNumericalPrecisionPolicy(QSql::HighPrecision);
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_database.open(QStringLiteral("deskservices_check")).isOpen());
        QVERIFY(m_database.exec(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
            "VALUES ('Desk Night', 'Hall', now() + interval '9 days', 500, 120.50)")));
        m_eventId = scalar(QStringLiteral("SELECT id FROM marquee.events WHERE title = 'Desk Night'")).toLongLong();
        QVERIFY(m_eventId > 0);
        m_desk = std::make_unique<TerminalSession>(m_database.loginProfile(QStringLiteral("marquee_box_office")),
                                                   infoFor(StaffGroup::BoxOffice));
        m_admin = std::make_unique<TerminalSession>(m_database.loginProfile(QStringLiteral("marquee_admin")),
                                                    infoFor(StaffGroup::Admin));
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_admin.reset();
        QSqlDatabase::removeDatabase(QStringLiteral("deskservices_check"));
    }

    void saleIsAnsweredWithTheStoredBooking()
    {
        // The booking keeps the name given for it (issue #10: a look-up never shows another booking's customer),
        // while the customer on file keeps theirs: the receipt says what was stored for this booking.
        auto known = m_desk->customers().create(QStringLiteral("Kept On File"), QStringLiteral("081 700 0001")).wait(10000);
        QVERIFY2(known.ok(), qPrintable(why(known)));

        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto sale = sell(3, QStringLiteral("Typed Differently"), QStringLiteral("081-700-0001"));
        QVERIFY2(sale.ok(), qPrintable(why(sale)));
        QVERIFY(sale->stored.has_value());
        const Booking &stored = *sale->stored;
        QCOMPARE(stored.id, sale->confirmation.bookingId);
        QCOMPARE(stored.eventId, m_eventId);
        QCOMPARE(stored.eventTitle, QStringLiteral("Desk Night"));
        QCOMPARE(stored.customerName, QStringLiteral("Typed Differently"));
        QCOMPARE(scalar(QStringLiteral("SELECT name FROM marquee.users WHERE phone = '0817000001'")).toString(),
                 QStringLiteral("Kept On File"));
        QCOMPARE(stored.customerPhone, QStringLiteral("0817000001"));
        QCOMPARE(stored.quantity, 3);
        QCOMPARE(stored.totalAmount.toDecimalString(), QStringLiteral("361.50"));
        QCOMPARE(stored.totalAmount, sale->confirmation.totalAmount);
        QCOMPARE(stored.paymentMethod, PaymentMethod::Cash);
        QVERIFY(!stored.soldBy.isEmpty());
        // The server's clock stamped it, not the terminal's (they agree here within a generous margin).
        QCOMPARE(stored.bookedAt.toUTC(),
                 scalar(QStringLiteral("SELECT booked_at FROM marquee.bookings WHERE id = %1").arg(stored.id)).toDateTime().toUTC());
        QVERIFY(qAbs(stored.bookedAt.toUTC().secsTo(before)) < 120);
        QCOMPARE(stored.tickets.size(), 3);
        QStringList codes;
        for (const Ticket &ticket : stored.tickets) {
            QCOMPARE(ticket.status, TicketStatus::Active);
            codes.append(ticket.code);
        }
        QCOMPARE(codes, sale->confirmation.ticketCodes);
        QVERIFY2(Validation::isWellFormedBookingReference(stored.reference), qPrintable(stored.reference));
        QCOMPARE(sale->confirmation.reference, stored.reference);
    }

    void refusedSaleStoresNothing()
    {
        const int before = scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings")).toInt();
        auto sale = sell(501, QStringLiteral("Too Many"), QStringLiteral("081 700 0002"));
        QVERIFY(!sale.ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings")).toInt(), before);
    }

    void lookUpByWhatTheClerkTyped()
    {
        auto first = sell(2, QStringLiteral("Lookup Person"), QStringLiteral("082 700 0003"), PaymentMethod::Card);
        auto second = sell(1, QStringLiteral("Lookup Person"), QStringLiteral("082 700 0003"));
        QVERIFY2(first.ok() && second.ok(), qPrintable(why(first) + why(second)));
        const Booking &one = *first->stored;

        const QList<Booking> byCode = lookUp(one.tickets.at(1).code.toLower());
        QCOMPARE(byCode.size(), 1);
        QCOMPARE(byCode.first().id, one.id);

        const QList<Booking> byReference = lookUp(one.reference);
        QCOMPARE(byReference.size(), 1);
        QCOMPARE(byReference.first().id, one.id);
        QCOMPARE(byReference.first().tickets.size(), 2);

        QCOMPARE(lookUp(one.reference.toLower().insert(4, QLatin1Char(' '))).size(), 1); // as read out and typed
        QCOMPARE(lookUp(QString::number(one.id)).size(), 0); // a booking's number is no reference

        // A phone finds every booking made with it, newest first.
        const QList<Booking> byPhone = lookUp(QStringLiteral("082 700 0003"));
        QCOMPARE(byPhone.size(), 2);
        QCOMPARE(byPhone.first().id, second->confirmation.bookingId);
        QCOMPARE(lookUp(QStringLiteral("0827000003")).size(), 2); // all digits: a phone first
    }

    void digitsThatAreNobodysPhoneFindTheReference()
    {
        // Eight digits of 2-9 can be a phone or a reference: with no booking on that phone, the reference counts.
        auto sale = sell(1, QStringLiteral("Digit Reference"), QStringLiteral("083 700 0004"));
        QVERIFY2(sale.ok(), qPrintable(why(sale)));
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.bookings SET reference = '23456789' WHERE id = %1")
                                    .arg(sale->confirmation.bookingId)));
        QCOMPARE(BookingLookup::parse(QStringLiteral("23456789")).kind(), BookingLookup::Kind::PhoneOrReference);
        const QList<Booking> found = lookUp(QStringLiteral("23456789"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, sale->confirmation.bookingId);
    }

    void nothingFoundIsAnEmptyList()
    {
        for (const QString &typed : {QStringLiteral("ZZZZ2222"), QStringLiteral("TKT-20000101-AAAAAAAA"),
                                     QStringLiteral("089 000 0000"), QStringLiteral("#0")}) {
            auto found = m_desk->bookings().lookUp(BookingLookup::parse(typed)).wait(10000);
            QVERIFY2(found.ok(), qPrintable(typed + QStringLiteral(": ") + why(found)));
            QVERIFY2(found->isEmpty(), qPrintable(typed));
        }
        // Text that names nothing is answered at once, without a round trip.
        auto invalid = m_desk->bookings().lookUp(BookingLookup::parse(QStringLiteral("hello")));
        QVERIFY(invalid.isFinished());
        QVERIFY(invalid.wait(0).ok());
        QVERIFY(invalid.wait(0)->isEmpty());
    }

    void exportCancelledWhileCountingEndsAtOnce()
    {
        const QString fileName = m_dir.filePath(QStringLiteral("never.csv"));
        QObject owner;
        BookingExport *exporter = m_admin->bookings().exportToCsv(m_eventId, fileName, &owner);
        QSignalSpy finished(exporter, &BookingExport::finished);
        exporter->start();
        QVERIFY(exporter->isRunning());
        exporter->cancel(); // before the count came back
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().isEmpty());
        QVERIFY(!exporter->isRunning());
        QTest::qWait(300); // the count's answer, if it still comes, changes nothing
        QCOMPARE(finished.count(), 1);
        QVERIFY(!QFile::exists(fileName));
    }

    void exportDestroyedMidwayLeavesNoFile()
    {
        const QString fileName = m_dir.filePath(QStringLiteral("gone.csv"));
        auto *exporter = m_admin->bookings().exportToCsv(m_eventId, fileName, nullptr);
        exporter->setChunkSize(1);
        QSignalSpy progressed(exporter, &BookingExport::progressed);
        exporter->start();
        QVERIFY(progressed.wait(10000)); // the file is open and the first chunk is on its way
        QVERIFY(QFile::exists(fileName));
        delete exporter; // the page closed
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(fileName), 5000);
    }

    void exportWritesEveryBooking()
    {
        const QString fileName = m_dir.filePath(QStringLiteral("desk.csv"));
        QObject owner;
        BookingExport *exporter = m_admin->bookings().exportToCsv(m_eventId, fileName, &owner);
        exporter->setChunkSize(2);
        QSignalSpy finished(exporter, &BookingExport::finished);
        QSignalSpy progressed(exporter, &BookingExport::progressed);
        exporter->start();
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const int bookings = scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1").arg(m_eventId)).toInt();
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 1 + bookings);
        // The progress bar knew the total before the first chunk.
        QVERIFY(progressed.count() >= 2);
        QCOMPARE(progressed.first().at(1).toInt(), bookings);
    }
};

QTEST_MAIN(TestDeskServices)
#include "tst_deskservices.moc"

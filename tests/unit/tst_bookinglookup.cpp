#include "booking/bookinglookup.h"

#include <QtTest/QtTest>

using namespace Marquee;

Q_DECLARE_METATYPE(Marquee::BookingLookup::Kind)

// How the desk reads what a clerk typed into Find booking: the rules the look-up panel used to apply itself, now in
// core beside the query they choose.
class TestBookingLookup : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<BookingLookup::Kind>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reference");
        using Kind = BookingLookup::Kind;
        QTest::newRow("ticket code") << "TKT-20261123-7KQ2M9XA" << Kind::TicketCode << "TKT-20261123-7KQ2M9XA" << "";
        QTest::newRow("ticket code, lower case, spaces") << "  tkt-20261123-7kq2m9xa " << Kind::TicketCode
                                                          << "TKT-20261123-7KQ2M9XA" << "";
        QTest::newRow("almost a ticket code") << "TKT-2026112-7KQ2M9XA" << Kind::Invalid << "" << "";
        QTest::newRow("reference") << "#123" << Kind::Reference << "#123" << "#123";
        QTest::newRow("reference with a space") << "# 123" << Kind::Reference << "# 123" << "# 123";
        QTest::newRow("short number") << "123" << Kind::Reference << "123" << "123";
        QTest::newRow("five digits") << "12345" << Kind::Reference << "12345" << "12345";
        // Six digits and more could be a phone: the phone is asked first, then the booking of that number.
        QTest::newRow("six digits") << "123456" << Kind::PhoneOrReference << "123456" << "123456";
        QTest::newRow("mobile number") << "0812345678" << Kind::PhoneOrReference << "0812345678" << "0812345678";
        QTest::newRow("phone with spaces") << "081 234 5678" << Kind::Phone << "081 234 5678" << "";
        QTest::newRow("international phone") << "+66 81-234 5678" << Kind::Phone << "+66 81-234 5678" << "";
        QTest::newRow("surrounding spaces") << "  081 234 5678  " << Kind::Phone << "081 234 5678" << "";
        QTest::newRow("empty") << "" << Kind::Invalid << "" << "";
        QTest::newRow("blank") << "   " << Kind::Invalid << "" << "";
        QTest::newRow("words") << "Somchai" << Kind::Invalid << "" << "";
        QTest::newRow("hash and words") << "#abc" << Kind::Invalid << "" << "";
        QTest::newRow("injection") << "1; DROP TABLE marquee.bookings" << Kind::Invalid << "" << "";
        QTest::newRow("too many digits") << "1234567890123456789012" << Kind::Invalid << "" << "";
    }
    void parse()
    {
        QFETCH(QString, typed);
        QFETCH(BookingLookup::Kind, kind);
        QFETCH(QString, text);
        QFETCH(QString, reference);
        const BookingLookup lookup = BookingLookup::parse(typed);
        QCOMPARE(lookup.kind(), kind);
        QCOMPARE(lookup.isValid(), kind != BookingLookup::Kind::Invalid);
        QCOMPARE(lookup.text(), text);
        QCOMPARE(lookup.reference(), reference);
    }

    void bookingNumber_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<qint64>("number"); // 0: names no booking
        QTest::newRow("hash") << "#42" << qint64(42);
        QTest::newRow("hash, space") << "#  42" << qint64(42);
        QTest::newRow("plain") << "42" << qint64(42);
        QTest::newRow("spaces around") << " #42 " << qint64(42);
        QTest::newRow("large") << "#900000000000000000" << qint64(900000000000000000);
        QTest::newRow("zero") << "#0" << qint64(0);
        QTest::newRow("negative") << "-5" << qint64(0);
        QTest::newRow("empty") << "" << qint64(0);
        QTest::newRow("letters") << "#12a" << qint64(0);
        QTest::newRow("two hashes") << "##12" << qint64(0);
        QTest::newRow("nineteen digits") << "1234567890123456789" << qint64(0);
    }
    void bookingNumber()
    {
        QFETCH(QString, reference);
        QFETCH(qint64, number);
        const auto found = BookingLookup::bookingNumber(reference);
        QCOMPARE(found.has_value(), number > 0);
        if (found)
            QCOMPARE(*found, number);
    }

    void defaultIsInvalid()
    {
        const BookingLookup lookup;
        QVERIFY(!lookup.isValid());
        QCOMPARE(lookup.kind(), BookingLookup::Kind::Invalid);
    }
};

QTEST_APPLESS_MAIN(TestBookingLookup)
#include "tst_bookinglookup.moc"

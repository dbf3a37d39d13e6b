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
        QTest::newRow("reference") << "K7QM2XPA" << Kind::Reference << "K7QM2XPA" << "K7QM2XPA";
        QTest::newRow("reference, lower case, spaced") << " k7qm 2xpa " << Kind::Reference << "K7QM2XPA" << "K7QM2XPA";
        QTest::newRow("reference with a dash") << "K7QM-2XPA" << Kind::Reference << "K7QM2XPA" << "K7QM2XPA";
        QTest::newRow("reference after #") << "#K7QM2XPA" << Kind::Reference << "K7QM2XPA" << "K7QM2XPA";
        // Not in the alphabet (0, 1, I and O are left out so a reference read aloud is not misheard).
        QTest::newRow("reference with an O") << "K7QM2XPO" << Kind::Invalid << "" << "";
        QTest::newRow("seven characters") << "K7QM2XP" << Kind::Invalid << "" << "";
        QTest::newRow("old booking number") << "#123" << Kind::Invalid << "" << "";
        // Eight digits of 2-9 are a phone or a reference: the phone is asked first.
        QTest::newRow("eight digits") << "23456789" << Kind::PhoneOrReference << "23456789" << "23456789";
        QTest::newRow("mobile number") << "0812345678" << Kind::Phone << "0812345678" << "";
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

    void defaultIsInvalid()
    {
        const BookingLookup lookup;
        QVERIFY(!lookup.isValid());
        QCOMPARE(lookup.kind(), BookingLookup::Kind::Invalid);
    }
};

QTEST_APPLESS_MAIN(TestBookingLookup)
#include "tst_bookinglookup.moc"

// The venue's clock and money, whatever the terminal's (issue #11, point 8). Runs with TZ=America/New_York
// (tests/CMakeLists.txt): the venue is in Asia/Bangkok, so every time below would be 12 hours off if anything
// followed the terminal's zone.

#include "venue/venueformat.h"

#include <QtTest/QtTest>

using namespace Marquee;

class TestVenueFormat : public QObject
{
    Q_OBJECT

private:
    static VenueSettings bangkok()
    {
        VenueSettings venue;
        venue.timeZoneId = QStringLiteral("Asia/Bangkok");
        venue.currency = QStringLiteral("THB");
        return venue;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(qEnvironmentVariable("TZ"), QStringLiteral("America/New_York"));
        QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("America/New_York"));
    }

    void timesAreTheVenues()
    {
        // 12:30 UTC is 19:30 in Bangkok and 07:30 (or 08:30 in summer) in New York.
        const QDateTime instant(QDate(2026, 12, 1), QTime(12, 30), Qt::UTC);
        const VenueFormat format(bangkok(), QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(format.toVenueTime(instant).time(), QTime(19, 30));
        QCOMPARE(format.toVenueTime(instant).offsetFromUtc(), 7 * 3600);
        QCOMPARE(format.time(instant), QStringLiteral("19:30"));
        QCOMPARE(format.dateTime(instant, QStringLiteral("yyyy-MM-dd HH:mm")), QStringLiteral("2026-12-01 19:30"));
        // The same instant seen as local time of this terminal changes nothing.
        QCOMPARE(format.dateTime(instant.toLocalTime(), QStringLiteral("HH:mm")), QStringLiteral("19:30"));
        // 20:00 UTC is already tomorrow at the venue: its date, its day.
        const QDateTime late(QDate(2026, 12, 1), QTime(20, 0), Qt::UTC);
        QCOMPARE(format.toVenueTime(late).date(), QDate(2026, 12, 2));
        QCOMPARE(format.startOfVenueDay(late), QDateTime(QDate(2026, 12, 2), QTime(0, 0), QTimeZone("Asia/Bangkok")));
        QCOMPARE(format.startOfVenueDay(late).toUTC(), QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC));
        // In Thai, the venue's time still.
        const VenueFormat thai(bangkok(), QLocale(QLocale::Thai, QLocale::Thailand));
        QVERIFY(thai.time(instant).contains(QLatin1String("19:30")));
        QVERIFY(format.dateTime(QDateTime()).isEmpty());
        // The long form a desk and a kiosk show: the long date and the venue's clock, no seconds, no offset.
        const QString longForm = format.dateTime(instant, QLocale::LongFormat);
        QVERIFY2(longForm.contains(QLatin1String("2026")) && longForm.endsWith(QLatin1String("19:30")), qPrintable(longForm));
        QVERIFY2(!longForm.contains(QLatin1String("19:30:00")) && !longForm.contains(QLatin1String("+07")), qPrintable(longForm));
        for (const QLocale &locale : {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::Thai, QLocale::Thailand)}) {
            const QString text = VenueFormat(bangkok(), locale).dateTime(instant, QLocale::LongFormat);
            QVERIFY2(!text.contains(QLatin1String(":00")) && !text.contains(QLatin1String("+07")), qPrintable(text));
            // The short time too: the clock, no seconds (C's short time has them).
            const QString clock = VenueFormat(bangkok(), locale).time(instant.addSecs(9));
            QVERIFY2(clock.contains(QLatin1String("30")) && !clock.contains(QLatin1String(":09")), qPrintable(clock));
        }
    }

    void pricesAreInTheVenuesCurrency()
    {
        const VenueFormat english(bangkok(), QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(english.currencySymbol(), QStringLiteral("฿"));
        QCOMPARE(english.money(Money::fromMinorUnits(125050)), QStringLiteral("฿1,250.50"));
        QCOMPARE(english.money(Money::fromMinorUnits(5)), QStringLiteral("฿0.05"));
        const VenueFormat thai(bangkok(), QLocale(QLocale::Thai, QLocale::Thailand));
        QCOMPARE(thai.money(Money::fromMinorUnits(125050)), QStringLiteral("฿1,250.50"));
        // Exact beyond what a double carries digit for digit.
        QCOMPARE(english.money(Money::fromMinorUnits(999999999999)), QStringLiteral("฿9,999,999,999.99"));
        // A negative amount in the locale's way: en_US writes "-฿10.00" or "(฿10.00)", never the positive one.
        const QString negative = english.money(Money::fromMinorUnits(-1000));
        QVERIFY2(negative.contains(QLatin1String("10.00")) && negative != english.money(Money::fromMinorUnits(1000)),
                 qPrintable(negative));

        VenueSettings dollars = bangkok();
        dollars.currency = QStringLiteral("USD");
        QCOMPARE(VenueFormat(dollars, QLocale(QLocale::English, QLocale::UnitedStates)).money(Money::fromMinorUnits(1999)),
                 QStringLiteral("$19.99"));
        // A German writes the euro after the amount, with a comma: the locale's way, the venue's currency.
        VenueSettings euros = bangkok();
        euros.currency = QStringLiteral("EUR");
        const QString german = VenueFormat(euros, QLocale(QLocale::German, QLocale::Germany)).money(Money::fromMinorUnits(125050));
        QVERIFY2(german.startsWith(QLatin1String("1.250,50")) && german.endsWith(QStringLiteral("€")), qPrintable(german));
        // A code no locale writes with a sign is written as the code.
        VenueSettings unknown = bangkok();
        unknown.currency = QStringLiteral("XTS");
        QVERIFY(VenueFormat(unknown, QLocale::c()).money(Money::fromMinorUnits(100)).contains(QLatin1String("XTS")));
    }

    void anUnknownZoneIsUtcNotTheTerminals()
    {
        VenueSettings venue;
        venue.timeZoneId = QStringLiteral("Nowhere/Special");
        QCOMPARE(venue.timeZone(), QTimeZone::utc());
        const VenueFormat format(venue, QLocale::c());
        QCOMPARE(format.dateTime(QDateTime(QDate(2026, 1, 1), QTime(3, 4), Qt::UTC), QStringLiteral("HH:mm")), QStringLiteral("03:04"));
    }
};

QTEST_APPLESS_MAIN(TestVenueFormat)
#include "tst_venueformat.moc"

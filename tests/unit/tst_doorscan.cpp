// The door's and the reports' pure parts, without a server:
//   - a refusal from the database becomes a DoorScan that says why; MQ007's DETAIL (PostgreSQL's JSON, with
//     microseconds) gives when and where the ticket was used; MQ022's the other event; anything else stays an error;
//   - the sales summary groups exactly (integer minor units) and writes a CSV a spreadsheet cannot run.
#include "door/doorrepository.h"
#include "reports/salessummary.h"

#include <QtTest/QtTest>

using namespace Marquee;

class TestDoorScan final : public QObject
{
    Q_OBJECT

private slots:
    void alreadyUsedSaysWhenAndWhere()
    {
        const Error used = Error::fromSqlState(QStringLiteral("MQ007"), QStringLiteral(
            "ERROR:  ticket TKT-20261201-9H3HGKLZ was already used\n"
            "DETAIL:  {\"entered_at\" : \"2026-12-01T11:41:05.423965+00:00\", \"entrance\" : \"North \\\"A\\\"\", "
            "\"first_entered_at\" : \"2026-12-01T11:40:00.5+00:00\", \"first_entrance\" : null, \"inside\" : true}\n"
            "CONTEXT:  PL/pgSQL function check_in_ticket(text,text,bigint[]) line 31 at RAISE\n(MQ007)"));
        DoorScan asked;
        asked.code = QStringLiteral("TKT-20261201-9H3HGKLZ");
        auto scan = DoorRepository::refusalFrom(used, asked);
        QVERIFY(scan);
        QCOMPARE(scan->outcome, DoorScan::Outcome::AlreadyUsed);
        QCOMPARE(scan->usedEntrance, QStringLiteral("North \"A\""));
        QCOMPARE(scan->usedAt, QDateTime(QDate(2026, 12, 1), QTime(11, 41, 5, 423), Qt::UTC));
        QCOMPARE(scan->firstUsedAt, QDateTime(QDate(2026, 12, 1), QTime(11, 40, 0, 500), Qt::UTC));
        QVERIFY(scan->firstEntrance.isEmpty());
        QVERIFY(scan->usedInside);
        QCOMPARE(scan->code, asked.code);
        QVERIFY(!scan->isValid());
    }

    void anotherEventIsNamed()
    {
        const Error wrong = Error::fromSqlState(QStringLiteral("MQ022"), QStringLiteral(
            "ERROR:  ticket X is for another event\nDETAIL:  {\"event_id\" : 42, \"event_title\" : \"Jazz <b>night</b>\", "
            "\"starts_at\" : \"2026-12-01T19:00:00+00:00\"}\n"));
        auto scan = DoorRepository::refusalFrom(wrong, DoorScan());
        QVERIFY(scan);
        QCOMPARE(scan->outcome, DoorScan::Outcome::Refused);
        QCOMPARE(scan->refusal.code(), ErrorCode::TicketForAnotherEvent);
        QCOMPARE(scan->eventId, 42);
        QCOMPARE(scan->eventTitle, QStringLiteral("Jazz <b>night</b>"));
    }

    void rulesAreAnswersAndTheRestErrors()
    {
        for (const char *state : {"MQ006", "MQ008", "MQ015", "MQ018", "MQ035", "MQ036"}) {
            auto scan = DoorRepository::refusalFrom(Error::fromSqlState(QLatin1String(state), QString()), DoorScan());
            QVERIFY2(scan, state);
            QCOMPARE(scan->outcome, DoorScan::Outcome::Refused);
            QVERIFY(!scan->refusal.message().isEmpty());
        }
        // Without a readable DETAIL, "already used" is still an answer, only without when and where.
        auto bare = DoorRepository::refusalFrom(Error::fromSqlState(QStringLiteral("MQ007"), QStringLiteral("ERROR: used")), DoorScan());
        QVERIFY(bare);
        QCOMPARE(bare->outcome, DoorScan::Outcome::AlreadyUsed);
        QVERIFY(!bare->usedAt.isValid());
        for (const char *state : {"42501", "57P01", "MQ037", "XX000"}) {
            auto failed = DoorRepository::refusalFrom(Error::fromSqlState(QLatin1String(state), QString()), DoorScan());
            QVERIFY2(!failed, state);
        }
        QCOMPARE(Error::fromSqlState(QStringLiteral("MQ037"), QString()).code(), ErrorCode::EntranceInvalid);
    }

    void salesAreGroupedExactly()
    {
        const QDate today(2026, 12, 1);
        const QList<SalesLine> lines = {
            {today, QString(), QStringLiteral("desk01"), QStringLiteral("cash"), QString(), 2, 3, Money::fromMinorUnits(10)},
            {today, QString(), QStringLiteral("desk02"), QStringLiteral("card"), QString(), 1, 1, Money::fromMinorUnits(20)},
            {today.addDays(1), QString(), QStringLiteral("desk01"), QStringLiteral("cash"), QString(), 1, 2, Money::fromMinorUnits(70)},
            {today, QString(), QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("complimentary"), QString(), 1, 2, Money()},
        };
        const QList<SalesTotal> byStaff = SalesSummary::by(SalesDimension::Staff, lines);
        QCOMPARE(byStaff.size(), 3);
        QCOMPARE(byStaff.at(1).key, QStringLiteral("desk01"));
        QCOMPARE(byStaff.at(1).bookings, 3);
        QCOMPARE(byStaff.at(1).tickets, 5);
        QCOMPARE(byStaff.at(1).amount, Money::fromMinorUnits(80));
        const QList<SalesTotal> byDay = SalesSummary::by(SalesDimension::Day, lines);
        QCOMPARE(byDay.size(), 2);
        QCOMPARE(byDay.at(0).key, QStringLiteral("2026-12-01"));
        QCOMPARE(byDay.at(0).amount, Money::fromMinorUnits(30));
        QCOMPARE(SalesSummary::by(SalesDimension::Desk, lines).size(), 1);   // all "no shift"
        const SalesTotal all = SalesSummary::total(lines);
        QCOMPARE(all.bookings, 5);
        QCOMPARE(all.tickets, 8);
        QCOMPARE(all.amount, Money::fromMinorUnits(100));
        QCOMPARE(SalesSummary::refunded({{today, QStringLiteral("desk01"), QStringLiteral("cash"), 1, Money::fromMinorUnits(5)},
                                         {today, QStringLiteral("desk02"), QStringLiteral("card"), 2, Money::fromMinorUnits(7)}}),
                 Money::fromMinorUnits(12));

        const QByteArray bytes = SalesSummary::csv(SalesDimension::Staff, lines);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString csv = QString::fromUtf8(bytes);
        QVERIFY(csv.contains(QStringLiteral("staff,bookings,tickets,amount\r\n")));
        QVERIFY2(csv.contains(QStringLiteral("desk01,3,5,0.80\r\n")), qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("'=cmd|' /C calc'!A0,1,2,0.00\r\n")));
        QVERIFY(csv.endsWith(QStringLiteral("total,5,8,1.00\r\n")));
    }
};

QTEST_GUILESS_MAIN(TestDoorScan)
#include "tst_doorscan.moc"

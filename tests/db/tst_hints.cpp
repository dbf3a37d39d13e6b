// Hints cannot flood a terminal (issue #10, points 2 and 3). Junk hints made a real terminal re-read 400
// times more often, a flood of 8 kB payloads filled the notification queue, and kiosks used up the
// server's connections. Here: however many hints arrive, a listener re-reads at a bounded rate and ends
// on the true number; announce_availability takes at most 100 ids; and admins (only admins) read how
// full the server is, for the admin view's warnings.

#include "availability/availabilitylistener.h"
#include "availability/liveavailability.h"
#include "availability/availabilityrepository.h"
#include "server/serverstatusrepository.h"
#include "sqlsession.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest/QtTest>

using namespace Marquee;
using Marquee::Test::SqlSession;

namespace {

int lastRemaining(const QSignalSpy &spy, qint64 eventId)
{
    for (qsizetype i = spy.size() - 1; i >= 0; --i) {
        for (const Availability &a : spy.at(i).at(0).value<QList<Availability>>()) {
            if (a.eventId == eventId)
                return a.remaining;
        }
    }
    return -1;
}

} // namespace

class TestHints : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("hints")};
    std::unique_ptr<SqlSession> m_super;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        m_super = std::make_unique<SqlSession>(m_database.superuserProfile(), QStringLiteral("super"));
    }

    void aFloodOfHintsIsReadAtABoundedRate()
    {
        const qint64 eventId = m_super->value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
            "VALUES ('Flooded', 'Hall', now() + interval '9 days', 100, 10) RETURNING id")).toLongLong();
        LiveAvailability live(m_database.loginProfile(QStringLiteral("marquee_kiosk")));
        QSignalSpy changed(&live, &LiveAvailability::availabilityChanged);
        live.start();
        QTRY_COMPARE_WITH_TIMEOUT(lastRemaining(changed, eventId), 100, 5000);
        const int readsBefore = live.listener()->readCount();

        // Anyone can NOTIFY: a kiosk login floods junk, made-up ids and forged numbers for two seconds,
        // while the desk really sells three seats.
        SqlSession flooder(m_database.loginProfile(QStringLiteral("marquee_kiosk"), QStringLiteral("flooder")), QStringLiteral("flooder"));
        SqlSession desk(m_database.loginProfile(QStringLiteral("marquee_box_office")), QStringLiteral("desk"));
        QElapsedTimer timer;
        timer.start();
        int hints = 0;
        for (int round = 0; round < 20; ++round) {
            QCOMPARE(flooder.stateOf(QStringLiteral(
                "SELECT count(pg_notify('marquee_availability', CASE WHEN g % 3 = 0 THEN 'junk ' || g "
                "  WHEN g % 3 = 1 THEN json_build_object('event_id', 1000000 + g)::text "
                "  ELSE json_build_object('event_id', %1, 'remaining', 0)::text END)) FROM generate_series(%2, %3) g")
                                         .arg(eventId).arg(round * 300).arg(round * 300 + 299)),
                     QString());
            hints += 300;
            if (round == 10)
                QCOMPARE(desk.stateOf(QStringLiteral("SELECT * FROM marquee.book_tickets(%1, 3, 'Real buyer', '0824000001', gen_random_uuid())")
                                          .arg(eventId)),
                         QString());
            QTest::qWait(100);
        }
        QTest::qWait(600);
        const qint64 elapsed = timer.elapsed();
        const int reads = live.listener()->readCount() - readsBefore;
        qInfo("%d hints in %lld ms gave %d re-reads", hints, elapsed, reads);
        QVERIFY2(reads <= int(elapsed / 250) + 3, qPrintable(QString::number(reads)));
        QVERIFY(reads >= 2);
        // And the number shown is the truth, never the forged 0.
        QTRY_COMPARE_WITH_TIMEOUT(lastRemaining(changed, eventId), 97, 3000);
        for (const auto &emission : changed) {
            for (const Availability &a : emission.at(0).value<QList<Availability>>()) {
                if (a.eventId == eventId)
                    QVERIFY(a.remaining == 100 || a.remaining == 97);
            }
        }
    }

    void announceTakesAtMostAHundredIds()
    {
        SqlSession kiosk(m_database.loginProfile(QStringLiteral("marquee_kiosk")), QStringLiteral("kiosk"));
        QCOMPARE(kiosk.stateOf(QStringLiteral("SELECT marquee.announce_availability(ARRAY(SELECT generate_series(1, 101))::bigint[])")),
                 QStringLiteral("22023"));
        QCOMPARE(kiosk.value(QStringLiteral("SELECT marquee.announce_availability(ARRAY(SELECT generate_series(900001, 900100))::bigint[])")).toInt(),
                 0);
        const qint64 existing = m_super->value(QStringLiteral("SELECT min(id) FROM marquee.events")).toLongLong();
        QCOMPARE(kiosk.value(QStringLiteral("SELECT marquee.announce_availability(ARRAY[%1, %1, %1]::bigint[])").arg(existing)).toInt(), 1);
        // The repository splits a long list itself.
        QList<qint64> many;
        for (int i = 0; i < 250; ++i)
            many << 800000 + i;
        QVERIFY(AvailabilityRepository(kiosk.db()).announce(many).ok());
    }

    void onlyAdminsReadHowFullTheServerIs()
    {
        SqlSession admin(m_database.loginProfile(QStringLiteral("marquee_admin")), QStringLiteral("admin"));
        auto status = ServerStatusRepository(admin.db()).current();
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().detail()));
        QCOMPARE(status->connectionsMax, m_super->value(QStringLiteral("SHOW max_connections")).toInt());
        QVERIFY(status->connectionsUsed >= 2);
        QVERIFY(status->notificationQueueUsage >= 0 && status->notificationQueueUsage < 0.1);
        for (const QString &group : {QStringLiteral("marquee_kiosk"), QStringLiteral("marquee_box_office")}) {
            SqlSession other(m_database.loginProfile(group), QStringLiteral("other"));
            auto refused = ServerStatusRepository(other.db()).current();
            QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        }
        // When the admin view warns.
        QVERIFY((ServerStatus{95, 100, 3, 0}).nearConnectionLimit());
        QVERIFY((ServerStatus{88, 100, 3, 0}).nearConnectionLimit());
        QVERIFY(!(ServerStatus{60, 100, 3, 0}).nearConnectionLimit());
        QVERIFY((ServerStatus{10, 100, 3, 0.11}).notificationQueueFilling());
        QVERIFY(!(ServerStatus{10, 100, 3, 0.09}).notificationQueueFilling());
    }

    void cleanupTestCase()
    {
        m_super.reset();
        m_database.terminateSessions();
    }
};

QTEST_GUILESS_MAIN(TestHints)
#include "tst_hints.moc"

#include "availability/availabilitylistener.h"
#include "availability/liveavailability.h"
#include "booking/bookingservice.h"
#include "database/connection.h"
#include "database/databaseworker.h"
#include "events/eventrepository.h"
#include "events/eventservice.h"
#include "session/terminalsession.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest/QtTest>

#include <atomic>
#include <memory>

using namespace Marquee;

// The way views reach the database: services answer on the asking thread through Replies, stale and
// unwanted answers are dropped in one place, reads come back by themselves after an outage, a worker never
// holds up the thread that destroys it, and a sale is announced without passing through the GUI thread.
// Everything runs as the terminals' own logins, with password authentication.
class TestServices : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("services")};
    qint64 m_eventId = 0;

    ConnectionProfile clerk() const { return m_database.loginProfile(QStringLiteral("marquee_box_office")); }

    static SessionInfo infoFor(StaffGroup group)
    {
        SessionInfo info;
        info.login = QStringLiteral("test");
        info.group = group;
        return info;
    }

    // A read that holds its connection for `seconds` and then says so.
    static auto sleeping(double seconds, std::shared_ptr<std::atomic<int>> ran = {})
    {
        return [seconds, ran](QSqlDatabase &db) -> Result<int> {
            if (ran)
                ++*ran;
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT pg_sleep(%1)").arg(seconds)))
                return Connection::errorOf(q);
            return 1;
        };
    }

    // The failure's detail for a message (QVERIFY2 evaluates its message even when the check passes).
    template<typename T>
    static QString why(const Result<T> &result)
    {
        return result.ok() ? QString() : result.error().detail();
    }

    BookingRequest saleOf(const QString &customerName) const
    {
        BookingRequest request;
        request.eventId = m_eventId;
        request.quantity = 1;
        request.customerName = customerName;
        request.customerPhone = QStringLiteral("0815550000");
        return request;
    }

    int bookingsNamed(const QString &customerName) const
    {
        const QString name = Connection::uniqueName(QStringLiteral("count"));
        int count = -1;
        {
            QSqlDatabase db = m_database.open(name);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE customer_name = :name"));
            q.bindValue(QStringLiteral(":name"), customerName);
            if (q.exec() && q.next())
                count = q.value(0).toInt();
        }
        Connection::close(name);
        return count;
    }

    // A server address that can vanish and come back, as the primary does for a terminal during a failover: a
    // folder holding a link to the test server's socket. Without the link, connecting fails as it does to a dead
    // server (or to a standby not yet promoted); connections already open are not touched.
    struct VanishingServer
    {
        QTemporaryDir folder;
        QString link() const { return folder.path() + QStringLiteral("/.s.PGSQL.5432"); }
        bool up() const { return QFile::link(Test::TestDatabase::socketDirectory() + QStringLiteral("/.s.PGSQL.5432"), link()); }
        bool down() const { return QFile::remove(link()); }
    };

    static auto backendPid()
    {
        return [](QSqlDatabase &db) -> Result<int> {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
                return Connection::errorOf(q);
            return q.value(0).toInt();
        };
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        const QString admin = Connection::uniqueName(QStringLiteral("setup"));
        {
            QSqlDatabase db = m_database.open(admin, m_database.loginProfile(QStringLiteral("marquee_admin")));
            EventDraft draft;
            draft.title = QStringLiteral("Service Night");
            draft.venue = QStringLiteral("Hall");
            draft.startsAt = QDateTime::currentDateTimeUtc().addDays(5);
            draft.capacity = 500;
            draft.price = Money::fromMinorUnits(10000);
            auto created = EventRepository(db).create(draft);
            QVERIFY2(created.ok(), qPrintable(why(*&created)));
            m_eventId = created->id;
        }
        Connection::close(admin);
    }

    void answerArrivesOnTheAskingThread()
    {
        DatabaseWorker worker(clerk(), QStringLiteral("t1"));
        QThread *asked = nullptr;
        std::optional<Result<int>> answer;
        QObject context;
        worker.ask(DatabaseWorker::Kind::Read, backendPid()).then(&context, [&](Result<int> r) {
            asked = QThread::currentThread();
            answer = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QVERIFY2(answer->ok(), qPrintable(why(*answer)));
        QVERIFY(answer->value() > 0);
        QCOMPARE(asked, QThread::currentThread());
    }

    void deadContextIsNeverCalled()
    {
        DatabaseWorker worker(clerk(), QStringLiteral("t2"));
        bool called = false;
        auto reply = worker.ask(DatabaseWorker::Kind::Read, sleeping(0.2));
        {
            QObject context;
            reply.then(&context, [&](Result<int>) { called = true; });
        } // the view closed while its question was on the wire
        QVERIFY(reply.wait(10000).ok());
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void onlyTheLatestAnswerIsShown()
    {
        DatabaseWorker worker(clerk(), QStringLiteral("t3"));
        LatestReply latest;
        QObject context;
        QList<int> shown;
        latest.ask(worker.ask(DatabaseWorker::Kind::Read, [](QSqlDatabase &) -> Result<int> { return 1; }), &context,
                   [&](Result<int> r) { shown.append(r.value()); });
        latest.ask(worker.ask(DatabaseWorker::Kind::Read, [](QSqlDatabase &) -> Result<int> { return 2; }), &context,
                   [&](Result<int> r) { shown.append(r.value()); });
        QTRY_VERIFY_WITH_TIMEOUT(!latest.isPending(), 10000);
        QTest::qWait(50);
        QCOMPARE(shown, QList<int>{2});
    }

    void cancelledQuestionIsNotSent()
    {
        DatabaseWorker worker(clerk(), QStringLiteral("t4"));
        auto ran = std::make_shared<std::atomic<int>>(0);
        auto busy = worker.ask(DatabaseWorker::Kind::Read, sleeping(0.3));
        auto unwanted = worker.ask(DatabaseWorker::Kind::Read, sleeping(0, ran));
        unwanted.cancel();
        QVERIFY(busy.wait(10000).ok());
        // Anything queued behind it has had its turn by now.
        QVERIFY(worker.ask(DatabaseWorker::Kind::Read, sleeping(0)).wait(10000).ok());
        QCOMPARE(ran->load(), 0);
    }

    void readComesBackAfterTheConnectionWasKilled()
    {
        DatabaseWorker worker(clerk(), QStringLiteral("t5"));
        auto first = worker.ask(DatabaseWorker::Kind::Read, backendPid()).wait(10000);
        QVERIFY2(first.ok(), qPrintable(why(*&first)));
        QVERIFY(m_database.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(first.value())));
        auto second = worker.ask(DatabaseWorker::Kind::Read, backendPid()).wait(15000);
        QVERIFY2(second.ok(), qPrintable(why(*&second)));
        QVERIFY(second.value() != first.value());
    }

    void readWaitsForAFreeConnectionAndWriteSaysWhy()
    {
        // A login whose connection limit is used up: the server refuses with 53300.
        ConnectionProfile profile = m_database.loginProfile(QStringLiteral("marquee_box_office"), QStringLiteral("full"));
        QVERIFY(m_database.exec(QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT 0").arg(profile.user)));
        DatabaseWorker worker(profile, QStringLiteral("t6"));

        auto write = worker.ask(DatabaseWorker::Kind::Write, backendPid()).wait(15000);
        QVERIFY(!write.ok());
        QVERIFY2(DatabaseWorker::isRetryable(write.error()), qPrintable(why(write)));
        // A sale, which waits out an outage (see saleWaitsForAServerThatTakesWrites), says why at once too:
        // nothing was sent, and a full login is not an outage.
        {
            TerminalSession desk(profile, infoFor(StaffGroup::BoxOffice));
            QElapsedTimer took;
            took.start();
            auto sale = desk.bookings().sell(saleOf(QStringLiteral("Full Login")));
            const auto refused = sale.wait(15000);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code(), ErrorCode::LoginConnectionLimit);
            QVERIFY2(took.elapsed() < 3000, qPrintable(QString::number(took.elapsed())));
        }

        QObject context;
        std::optional<Result<int>> read;
        worker.ask(DatabaseWorker::Kind::Read, backendPid()).then(&context, [&](Result<int> r) { read = r; });
        QTest::qWait(800);
        QVERIFY2(!read.has_value(), "a read must keep trying while the server has no room, not fail");
        QVERIFY(m_database.exec(QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT 5").arg(profile.user)));
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 15000);
        QVERIFY2(read->ok(), qPrintable(why(*read)));
    }

    // A desk signed in has its connections open before its first sale (the listener, the read and the write
    // worker), so an on-sale burst does not wait for them; a kiosk has its two. Counted on the server.
    void terminalsConnectAtSignIn()
    {
        const QString superName = Connection::uniqueName(QStringLiteral("signin-count"));
        {
            QSqlDatabase super = m_database.open(superName);
            QVERIFY(super.isOpen());
            const auto connectionsOf = [&super](const QString &login) {
                QSqlQuery q(super);
                if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = '%1'").arg(login)) || !q.next())
                    return -1;
                return q.value(0).toInt();
            };
            for (const StaffGroup group : {StaffGroup::BoxOffice, StaffGroup::Kiosk}) {
                const bool kiosk = group == StaffGroup::Kiosk;
                const ConnectionProfile profile = m_database.loginProfile(
                    kiosk ? QStringLiteral("marquee_kiosk") : QStringLiteral("marquee_box_office"), QStringLiteral("signin"));
                TerminalSession terminal(profile, infoFor(group));
                terminal.start();
                QTRY_COMPARE_WITH_TIMEOUT(connectionsOf(profile.user), TerminalSession::connectionCount(group), 10000);
                QCOMPARE(TerminalSession::connectionCount(group), kiosk ? 2 : 3);
                // And no more after a while: nothing else connects by itself.
                QTest::qWait(300);
                QCOMPARE(connectionsOf(profile.user), TerminalSession::connectionCount(group));
            }
        }
        Connection::close(superName);
    }

    void destroyingABusyWorkerDoesNotWait()
    {
        auto worker = std::make_unique<DatabaseWorker>(clerk(), QStringLiteral("t7"));
        QVERIFY(worker->ask(DatabaseWorker::Kind::Read, sleeping(0)).wait(10000).ok());
        auto busy = worker->ask(DatabaseWorker::Kind::Read, sleeping(2));
        QTest::qWait(200); // the statement is on the server now
        QElapsedTimer timer;
        timer.start();
        worker.reset();
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        // Its answer still arrives (the thread ended by itself), and nothing crashed.
        QVERIFY(busy.wait(10000).ok());
    }

    void saleIsAnnouncedWithoutTheGuiThread()
    {
        // Another terminal listening on a thread of its own, counting what it hears there.
        LiveAvailability other(m_database.loginProfile(QStringLiteral("marquee_kiosk")));
        std::atomic<int> seen{-1};
        const qint64 eventId = m_eventId;
        connect(other.listener(), &AvailabilityListener::availabilityChanged, other.listener(),
                [&seen, eventId](const QList<Availability> &availability, bool) {
                    for (const Availability &a : availability) {
                        if (a.eventId == eventId)
                            seen.store(a.remaining);
                    }
                }, Qt::DirectConnection);
        other.start();
        QTRY_VERIFY_WITH_TIMEOUT(seen.load() >= 0, 10000);
        const int before = seen.load();

        TerminalSession desk(clerk(), infoFor(StaffGroup::BoxOffice));
        desk.start();
        QTRY_VERIFY_WITH_TIMEOUT(desk.live()->isConnected(), 10000);
        BookingRequest request;
        request.eventId = m_eventId;
        request.quantity = 2;
        request.customerName = QStringLiteral("Announced");
        request.customerPhone = QStringLiteral("0812223333");
        auto reply = desk.bookings().book(request);
        // This (the GUI) thread now stops taking events: the sale, its announcement and the other terminal's
        // re-read must all happen without it.
        QElapsedTimer blocked;
        blocked.start();
        while (seen.load() != before - 2 && blocked.elapsed() < 8000)
            QThread::msleep(10);
        QCOMPARE(seen.load(), before - 2);
        QVERIFY(reply.wait(10000).ok());
    }

    // During a failover no server takes writes for a moment. A sale asked meanwhile waits for one (its key
    // makes asking again safe) instead of failing, with the connection banner up; a plain write, which has no
    // key, says at once that the server cannot be reached. Once a server is back the sale is made, once.
    void saleWaitsForAServerThatTakesWrites()
    {
        VanishingServer server;
        QVERIFY(server.folder.isValid());
        ConnectionProfile profile = clerk();
        profile.host = server.folder.path();
        TerminalSession desk(profile, infoFor(StaffGroup::BoxOffice));
        QSignalSpy banner(&desk, &TerminalSession::connectionLost);
        desk.start();
        QTRY_VERIFY_WITH_TIMEOUT(banner.count() > 0, 10000);

        auto sale = desk.bookings().sell(saleOf(QStringLiteral("Waited For")));
        DatabaseWorker plain(profile, QStringLiteral("t9"));
        QElapsedTimer took;
        took.start();
        auto write = plain.ask(DatabaseWorker::Kind::Write, backendPid()).wait(15000);
        QVERIFY(!write.ok());
        QCOMPARE(write.error().code(), ErrorCode::CannotConnect);
        QVERIFY2(took.elapsed() < 3000, qPrintable(QString::number(took.elapsed())));

        QTest::qWait(1500);
        QVERIFY2(!sale.isFinished(), "a sale must wait for a server that takes writes, not fail");
        QVERIFY(server.up());
        auto made = sale.wait(30000);
        QVERIFY2(made.ok(), qPrintable(why(made)));
        QVERIFY(made->stored.has_value());
        QCOMPARE(bookingsNamed(QStringLiteral("Waited For")), 1);
        QTRY_VERIFY_WITH_TIMEOUT(desk.live()->isConnected(), 15000);
    }

    // The server goes away (its sessions end, as a primary's do when it dies) just before a sale, and comes
    // back (as the promoted standby would) a while later: the sale reconnects by itself, asks again with its key
    // and is made once; the banner goes again.
    void saleInFlightWaitsForTheServerToComeBack()
    {
        VanishingServer server;
        QVERIFY(server.folder.isValid());
        QVERIFY(server.up());
        ConnectionProfile profile = clerk();
        profile.host = server.folder.path();
        profile.applicationName = QStringLiteral("marquee-vanishing");
        TerminalSession desk(profile, infoFor(StaffGroup::BoxOffice));
        QSignalSpy lost(&desk, &TerminalSession::connectionLost);
        QSignalSpy restored(&desk, &TerminalSession::connectionRestored);
        desk.start();
        auto first = desk.bookings().sell(saleOf(QStringLiteral("Before The Outage"))).wait(15000);
        QVERIFY2(first.ok(), qPrintable(why(first)));
        QTRY_VERIFY_WITH_TIMEOUT(desk.live()->isConnected(), 10000);

        QVERIFY(server.down());
        QVERIFY(m_database.terminateSessions(QStringLiteral("marquee-vanishing")) > 0);
        auto sale = desk.bookings().sell(saleOf(QStringLiteral("Through The Outage")));
        QTest::qWait(2000);
        QVERIFY2(!sale.isFinished(), "the sale must keep trying while no server takes writes");
        QVERIFY(server.up());
        auto made = sale.wait(30000);
        QVERIFY2(made.ok(), qPrintable(why(made)));
        QCOMPARE(bookingsNamed(QStringLiteral("Through The Outage")), 1);
        // The listener noticed on its heartbeat and came back by itself.
        QTRY_VERIFY_WITH_TIMEOUT(lost.count() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(restored.count() > 0, 15000);
    }

    void hotReadsArePreparedOncePerConnection()
    {
        // Each page of a list, each availability re-read: one EXECUTE, not PREPARE + EXECUTE + DEALLOCATE.
        DatabaseWorker worker(m_database.loginProfile(QStringLiteral("marquee_kiosk")), QStringLiteral("t8"));
        auto preparedNow = [&worker] {
            return worker.ask(DatabaseWorker::Kind::Read, [](QSqlDatabase &db) -> Result<int> {
                EventQuery query;
                query.upcomingOnly = true;
                if (auto page = EventRepository(db).listPublic(query); !page)
                    return page.error();
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%event_listing%'"))
                    || !q.next())
                    return Connection::errorOf(q);
                return q.value(0).toInt();
            }).wait(10000);
        };
        auto first = preparedNow();
        auto second = preparedNow();
        QVERIFY2(first.ok() && second.ok(), qPrintable(why(first) + why(second)));
        QCOMPARE(first.value(), 1);
        QCOMPARE(second.value(), 1); // still the same one statement, kept for the connection's life
    }

    void kioskSeesThePublicListing()
    {
        TerminalSession kiosk(m_database.loginProfile(QStringLiteral("marquee_kiosk")), infoFor(StaffGroup::Kiosk));
        auto &events = kiosk.events();
        auto page = events.list(EventQuery()).wait(10000);
        QVERIFY2(page.ok(), qPrintable(why(*&page)));
        QVERIFY(!events.isManagement());
        QVERIFY(!page->isEmpty());
        QCOMPARE(page->first().revenue, Money()); // the public listing has no figures
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"

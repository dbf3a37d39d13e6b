#include "admin/adminview.h"
#include "availability/liveavailability.h"
#include "admin/eventspage.h"
#include "boxoffice/boxofficeview.h"
#include "kiosk/kioskview.h"
#include "models/eventfiltermodel.h"
#include "models/eventtablemodel.h"
#include "session/terminalsession.h"
#include "testdatabase.h"

#include <QPushButton>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest/QtTest>

#include <memory>

using namespace Marquee;

// Issue #11 §6: reconnecting is invisible. A kiosk, a box office and an admin terminal are open on their lists
// when the server drops every connection they have (as a restart does); while they are cut off an event is
// added and the admin asks for its list again (a read that fails while the server
// is away). Nobody touches anything afterwards: every list must come to show the server's truth by itself.
class TestReconnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<Test::TestDatabase>(QStringLiteral("tst_reconnect"));
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        QVERIFY(m_db->createLogin(QStringLiteral("tst_reconnect_kiosk"), Password, QStringLiteral("marquee_kiosk")));
        QVERIFY(m_db->createLogin(QStringLiteral("tst_reconnect_desk"), Password, QStringLiteral("marquee_box_office")));
        QVERIFY(m_db->createLogin(QStringLiteral("tst_reconnect_boss"), Password, QStringLiteral("marquee_admin")));
        QVERIFY(m_db->exec(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) VALUES "
            "('Before the Outage', 'Main Hall', now() + interval '10 days', 40, 100.00)")));
    }

    void cleanupTestCase() { m_db.reset(); }

    void listsFollowTheServerAfterItComesBack()
    {
        auto kioskSession = session(QStringLiteral("tst_reconnect_kiosk"), StaffGroup::Kiosk);
        auto deskSession = session(QStringLiteral("tst_reconnect_desk"), StaffGroup::BoxOffice);
        auto adminSession = session(QStringLiteral("tst_reconnect_boss"), StaffGroup::Admin);
        KioskView kiosk(kioskSession.get());
        BoxOfficeView desk(deskSession.get());
        AdminView admin(adminSession.get());
        for (QWidget *view : {static_cast<QWidget *>(&kiosk), static_cast<QWidget *>(&desk), static_cast<QWidget *>(&admin)}) {
            view->resize(1366, 768);
            view->show();
            QVERIFY(QTest::qWaitForWindowExposed(view));
        }
        // The kiosk's customer is on the list of events.
        QSignalSpy loaded(kiosk.eventFilter(), &EventFilterModel::firstPageLoaded);
        QPushButton *buy = kiosk.findChild<QPushButton *>(QStringLiteral("kioskBuy"));
        QVERIFY(buy);
        buy->click();
        QVERIFY(loaded.wait(10000));
        const qint64 before = eventId(QStringLiteral("Before the Outage"));
        QVERIFY(before > 0);
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.events()->eventById(before), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(admin.eventsPage()->model()->eventById(before), 10000);
        auto *deskList = desk.findChild<QTableView *>(QStringLiteral("eventList"));
        QVERIFY(deskList);
        QTRY_VERIFY_WITH_TIMEOUT(deskList->model()->rowCount() >= 1, 10000);

        // The server drops them all; while they are away an event is added and the admin re-reads its list.
        QVERIFY(m_db->terminateSessions(QStringLiteral("tst_reconnect%")) > 0);
        QVERIFY(m_db->exec(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) VALUES "
            "('During the Outage', 'Main Hall', now() + interval '11 days', 30, 100.00)")));
        admin.eventsPage()->reload();

        // Nobody touches anything: each list comes to hold the new event.
        const qint64 during = eventId(QStringLiteral("During the Outage"));
        QVERIFY(during > 0);
        QTRY_VERIFY_WITH_TIMEOUT(admin.eventsPage()->model()->eventById(during), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.events()->eventById(during), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(deskSession->live()->isConnected(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(listHas(*deskList, QStringLiteral("During the Outage")), 30000);
    }

private:
    static constexpr const char *PasswordText = "reconnect-password";
    const QString Password = QLatin1String(PasswordText);

    std::unique_ptr<TerminalSession> session(const QString &login, StaffGroup group) const
    {
        SessionInfo info;
        info.login = login;
        info.group = group;
        ConnectionProfile profile = m_db->profileFor(login, Password);
        profile.applicationName = QStringLiteral("tst_reconnect_") + login;
        auto terminal = std::make_unique<TerminalSession>(profile, info);
        terminal->start();
        return terminal;
    }

    qint64 eventId(const QString &title) const
    {
        qint64 id = 0;
        {
            QSqlDatabase check = m_db->open(QStringLiteral("check"));
            QSqlQuery q(check);
            q.prepare(QStringLiteral("SELECT id FROM marquee.events WHERE title = :title"));
            q.bindValue(QStringLiteral(":title"), title);
            if (q.exec() && q.next())
                id = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return id;
    }

    static bool listHas(const QTableView &list, const QString &title)
    {
        const QAbstractItemModel *model = list.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->index(row, column).data().toString() == title)
                    return true;
            }
        }
        return false;
    }

    std::unique_ptr<Test::TestDatabase> m_db;
};

QTEST_MAIN(TestReconnect)
#include "tst_reconnect.moc"

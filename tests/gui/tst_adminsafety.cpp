// The admin view's part in issue #10: it warns, without a modal dialog, when the database server is near
// max_connections or its notification queue passes 10 %, and admins change the booking limits there.
// The view runs as an admin login; the superuser only sets up and reads back.

#include "admin/adminview.h"
#include "admin/bookinglimitspanel.h"
#include "admin/staffpage.h"
#include "session/terminalsession.h"
#include "sqlsession.h"
#include "testdatabase.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest/QtTest>

#include <memory>

using namespace Marquee;

class TestAdminSafety : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("adminsafety")};
    std::unique_ptr<Test::SqlSession> m_super;
    std::unique_ptr<TerminalSession> m_session;
    std::unique_ptr<AdminView> m_view;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        m_super = std::make_unique<Test::SqlSession>(m_database.superuserProfile(), QStringLiteral("super"));
        const ConnectionProfile profile = m_database.loginProfile(QStringLiteral("marquee_admin"));
        SessionInfo info;
        info.login = profile.user;
        info.group = StaffGroup::Admin;
        m_session = std::make_unique<TerminalSession>(profile, info);
        m_session->start();
        m_view = std::make_unique<AdminView>(m_session.get());
        m_view->resize(1200, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void warnsWhenTheServerFillsUpAndOnlyThen()
    {
        QLabel *warning = m_view->serverWarning();
        // The real server is far from full: the view asked, and shows nothing.
        m_view->checkServer();
        QTest::qWait(500);
        QVERIFY(!warning->isVisible());

        m_view->showServerStatus(ServerStatus{290, 300, 3, 0.0});
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("max_connections")));
        QVERIFY(warning->text().contains(QStringLiteral("290")));
        m_view->showServerStatus(ServerStatus{10, 300, 3, 0.25});
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("notification queue")));
        QVERIFY(!warning->text().contains(QStringLiteral("max_connections")));
        // It is a banner, not a dialog: the tabs stay usable.
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QVERIFY(m_view->tabs()->isEnabled());
        m_view->checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(!warning->isVisible(), 5000);
    }

    void adminsChangeTheBookingLimits()
    {
        m_view->tabs()->setCurrentWidget(m_view->staffPage());
        BookingLimitsPanel *panel = m_view->staffPage()->limitsPanel();
        QSignalSpy loaded(panel, &BookingLimitsPanel::loaded);
        panel->reload();
        QVERIFY(loaded.wait(5000));
        auto *kioskRate = panel->findChild<QSpinBox *>(QStringLiteral("marquee_kiosk_perMinute"));
        auto *kioskTickets = panel->findChild<QSpinBox *>(QStringLiteral("marquee_kiosk_perCustomer"));
        auto *deskRate = panel->findChild<QSpinBox *>(QStringLiteral("marquee_box_office_perMinute"));
        QVERIFY(kioskRate && kioskTickets && deskRate);
        QCOMPARE(kioskRate->value(), 6);
        QCOMPARE(kioskTickets->value(), 10);
        QCOMPARE(deskRate->value(), 0);
        QCOMPARE(deskRate->text(), QStringLiteral("No limit"));

        kioskRate->setValue(3);
        kioskTickets->setValue(0);
        deskRate->setValue(40);
        QSignalSpy saved(panel, &BookingLimitsPanel::saved);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("saveBookingLimits")), Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
        QCOMPARE(m_super->value(QStringLiteral("SELECT bookings_per_minute || '/' || coalesce(tickets_per_customer_event::text, 'none') "
                                               "FROM marquee.booking_limits WHERE group_name = 'marquee_kiosk'")).toString(),
                 QStringLiteral("3/none"));
        QCOMPARE(m_super->value(QStringLiteral("SELECT bookings_per_minute FROM marquee.booking_limits WHERE group_name = 'marquee_box_office'"))
                     .toInt(), 40);
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_session.reset();
        m_super.reset();
        m_database.terminateSessions();
    }
};

QTEST_MAIN(TestAdminSafety)
#include "tst_adminsafety.moc"

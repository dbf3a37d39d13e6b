// The admin's pages of issue #11 and #15 §1, as an admin login against the real server:
//   - Refunds lists every refund due (customer, phone, amount, how they paid) and marks one given (how, by whom);
//     names are plain text;
//   - Venue settings shows the venue's, refuses a bad number beside its field with nothing stored, and saves
//     the zone, currency and times (read back by the session);
//   - the events table says "Sold out" in its status column when nothing is left;
//   - Shifts lists the desks' shifts with their figures, filters by desk, force-closes a forgotten one, and
//     exports CSV (BOM, neutralised cells) and a PDF;
//   - the sales chart starts at the first sale, in the venue's clock.

#include "admin/adminview.h"
#include "admin/audittablemodel.h"
#include "admin/eventspage.h"
#include "admin/refundspage.h"
#include "admin/refundtablemodel.h"
#include "admin/saleschartview.h"
#include "admin/shiftspage.h"
#include "admin/shifttablemodel.h"
#include "admin/venuesettingspage.h"
#include "models/eventtablemodel.h"
#include "session/terminalsession.h"
#include "sqlsession.h"
#include "testdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Marquee;

namespace {

const QString Login = QStringLiteral("tst_adminpages_admin");
const QString Password = QStringLiteral("admin-password-3");

} // namespace

class TestAdminPages final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refundsAreListedAndMarkedGiven();
    void venueSettingsRefuseAndSave();
    void soldOutShowsInTheStatus();
    void shiftsAreListedForceClosedAndExported();
    void salesChartStartsAtTheFirstSale();
    void auditNamesAnOrdersTickets();

private:
    QVariant scalar(const QString &sql) const;

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<TerminalSession> m_session;
    std::unique_ptr<AdminView> m_view;
    QSqlDatabase m_check;
};

void TestAdminPages::initTestCase()
{
    m_db = std::make_unique<Test::TestDatabase>(QStringLiteral("tst_adminpages"));
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(m_db->liftBookingLimits());
    QVERIFY(m_db->createLogin(Login, Password, QStringLiteral("marquee_admin")));
    m_check = m_db->open(QStringLiteral("check"));
    QVERIFY(m_check.isOpen());
    SessionInfo info;
    info.login = Login;
    info.group = StaffGroup::Admin;
    m_session = std::make_unique<TerminalSession>(m_db->profileFor(Login, Password), info);
    m_session->start();
    m_view = std::make_unique<AdminView>(m_session.get());
    m_view->resize(1366, 768);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestAdminPages::cleanupTestCase()
{
    m_view.reset();
    m_session.reset();
    m_check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QVariant TestAdminPages::scalar(const QString &sql) const
{
    QSqlQuery q(m_check);
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

void TestAdminPages::refundsAreListedAndMarkedGiven()
{
    const qint64 event = scalar(QStringLiteral(
        "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) VALUES "
        "('Refund Night', 'Hall', now() + interval '5 days', 100, 120.50) RETURNING id")).toLongLong();
    Test::SqlSession desk(m_db->loginProfile(QStringLiteral("marquee_box_office")), QStringLiteral("desk"));
    QSqlQuery sell(desk.db());
    QVERIFY(sell.exec(QStringLiteral("SELECT booking_id FROM marquee.book_tickets(%1, 2, '<b>Bold</b> <img src=x>', "
                                     "'0877770001', gen_random_uuid(), 'card')").arg(event)));
    QVERIFY(sell.next());
    // The event is cancelled from SQL by an admin: its refunds are listed all the same.
    Test::SqlSession manager(m_db->profileFor(Login, Password), QStringLiteral("manager"));
    QCOMPARE(manager.stateOf(QStringLiteral("UPDATE marquee.events SET status = 'cancelled' WHERE id = %1").arg(event)), QString());

    m_view->tabs()->setCurrentWidget(m_view->refundsPage());
    RefundsPage *page = m_view->refundsPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 10000);
    const QModelIndex name = page->model()->index(0, RefundTableModel::Customer);
    QCOMPARE(name.data().toString(), QStringLiteral("<b>Bold</b> <img src=x>"));
    QCOMPARE(page->model()->index(0, RefundTableModel::Phone).data().toString(), QStringLiteral("0877770001"));
    QVERIFY(page->model()->index(0, RefundTableModel::Amount).data().toString().contains(QStringLiteral("241.00")));
    QCOMPARE(page->model()->index(0, RefundTableModel::PaidBy).data().toString(), QStringLiteral("Card"));

    page->table()->setCurrentIndex(page->model()->index(0, 0));
    page->markCurrent(RefundMethod::Transfer, QStringLiteral("bank ref 42"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->refundAt(0)->isDue(), 10000);
    QCOMPARE(scalar(QStringLiteral("SELECT refund_method || '/' || refunded_by || '/' || note FROM marquee.refunds r "
                                   "JOIN marquee.bookings b ON b.id = r.booking_id WHERE b.event_id = %1").arg(event)).toString(),
             QStringLiteral("transfer/") + Login + QStringLiteral("/bank ref 42"));
    QVERIFY(page->model()->index(0, RefundTableModel::Given).data().toString().contains(Login));
}

void TestAdminPages::venueSettingsRefuseAndSave()
{
    m_view->tabs()->setCurrentWidget(m_view->venueSettingsPage());
    VenueSettingsPage *page = m_view->venueSettingsPage();
    auto *minutes = qobject_cast<QLineEdit *>(page->field(QStringLiteral("reservation_seconds")));
    auto *currency = qobject_cast<QLineEdit *>(page->field(QStringLiteral("currency")));
    auto *zone = qobject_cast<QComboBox *>(page->field(QStringLiteral("venue_time_zone")));
    QVERIFY(minutes && currency && zone);
    QTRY_VERIFY_WITH_TIMEOUT(!minutes->text().isEmpty(), 10000);
    const QString before = scalar(QStringLiteral("SELECT value FROM marquee.settings WHERE key = 'reservation_seconds'")).toString();

    minutes->setText(QStringLiteral("0"));
    page->save();
    QVERIFY(page->errorLabel(QStringLiteral("reservation_seconds"))->isVisible());
    QCOMPARE(minutes->text(), QStringLiteral("0"));
    QTest::qWait(200);
    QCOMPARE(scalar(QStringLiteral("SELECT value FROM marquee.settings WHERE key = 'reservation_seconds'")).toString(), before);

    // A currency the database refuses: its sentence beside the field, nothing stored.
    minutes->setText(QStringLiteral("15"));
    currency->setText(QStringLiteral("B$"));
    page->save();
    QTRY_VERIFY_WITH_TIMEOUT(page->errorLabel(QStringLiteral("currency"))->isVisible(), 10000);
    QCOMPARE(scalar(QStringLiteral("SELECT value FROM marquee.settings WHERE key = 'reservation_seconds'")).toString(), before);

    currency->setText(QStringLiteral("EUR"));
    zone->setCurrentText(QStringLiteral("Europe/Berlin"));
    page->save();
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT value FROM marquee.settings WHERE key = 'currency'")).toString(),
                              QStringLiteral("EUR"), 10000);
    QCOMPARE(scalar(QStringLiteral("SELECT value FROM marquee.settings WHERE key = 'reservation_seconds'")).toString(),
             QStringLiteral("900"));
    QCOMPARE(scalar(QStringLiteral("SELECT value FROM marquee.settings WHERE key = 'venue_time_zone'")).toString(),
             QStringLiteral("Europe/Berlin"));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->venueSettings().currency, QStringLiteral("EUR"), 10000);
    // Back to the demo venue's, for the other tests.
    currency->setText(QStringLiteral("THB"));
    zone->setCurrentText(QStringLiteral("Asia/Bangkok"));
    page->save();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->venueSettings().timeZoneId, QStringLiteral("Asia/Bangkok"), 10000);
}

void TestAdminPages::soldOutShowsInTheStatus()
{
    const qint64 event = scalar(QStringLiteral(
        "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) VALUES "
        "('Tiny Sold Out Show', 'Hall', now() + interval '5 days', 2, 10) RETURNING id")).toLongLong();
    Test::SqlSession desk(m_db->loginProfile(QStringLiteral("marquee_box_office")), QStringLiteral("desk"));
    QSqlQuery sell(desk.db());
    QVERIFY(sell.exec(QStringLiteral("SELECT * FROM marquee.book_tickets(%1, 2, 'Full', NULL, gen_random_uuid(), 'card')").arg(event)));
    EventTableModel *model = EventTableModel::forSession(m_session.get());
    m_view->tabs()->setCurrentWidget(m_view->eventsPage());
    m_view->eventsPage()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(event) >= 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(event), EventTableModel::Status).data().toString(),
                              QStringLiteral("Sold out"), 10000);
}

void TestAdminPages::shiftsAreListedForceClosedAndExported()
{
    const ConnectionProfile clerk = m_db->loginProfile(QStringLiteral("marquee_box_office"), QStringLiteral("shifty"));
    QVERIFY(m_db->closeShiftOf(clerk.user));
    Test::SqlSession desk(clerk, QStringLiteral("shifty"));
    QVERIFY(desk.value(QStringLiteral("SELECT marquee.open_shift(300, '=Desk 9')")).toLongLong() > 0);
    const qint64 event = scalar(QStringLiteral(
        "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) VALUES "
        "('Shift Show', 'Hall', now() + interval '5 days', 100, 99.99) RETURNING id")).toLongLong();
    QSqlQuery sell(desk.db());
    QVERIFY(sell.exec(QStringLiteral("SELECT * FROM marquee.book_tickets(%1, 3, 'Cash', NULL, gen_random_uuid(), 'cash')").arg(event)));

    m_view->tabs()->setCurrentWidget(m_view->shiftsPage());
    ShiftsPage *page = m_view->shiftsPage();
    page->setFilter(QStringLiteral("=Desk 9"), QString(), QDate());
    page->reload();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 10000);
    QCOMPARE(page->model()->index(0, ShiftTableModel::Login).data().toString(), clerk.user);
    QVERIFY(page->model()->index(0, ShiftTableModel::CashSales).data().toString().contains(QStringLiteral("299.97")));
    QVERIFY(page->model()->index(0, ShiftTableModel::Expected).data().toString().contains(QStringLiteral("599.97")));
    QCOMPARE(page->model()->index(0, ShiftTableModel::Closed).data().toString(), QStringLiteral("open"));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("shifts.csv"));
    QVERIFY(page->writeCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY2(bytes.contains("'=Desk 9"), bytes.constData()); // a formula-looking cell is text
    QVERIFY(page->writePdf(dir.filePath(QStringLiteral("shifts.pdf"))));

    page->table()->setCurrentIndex(page->model()->index(0, 0));
    page->forceCloseCurrent();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() == 1 && !page->model()->shiftAt(0)->isOpen(), 10000);
    QCOMPARE(scalar(QStringLiteral("SELECT force_closed || '/' || closed_by FROM marquee.shifts WHERE desk = '=Desk 9'")).toString(),
             QStringLiteral("true/") + Login);
}

void TestAdminPages::salesChartStartsAtTheFirstSale()
{
    SalesChartView chart;
    const QTimeZone bangkok("Asia/Bangkok");
    const QDateTime first = QDateTime(QDate(2026, 6, 1), QTime(14, 20), bangkok);
    QList<SalesPoint> points;
    SalesPoint point;
    point.at = QDateTime(QDate(2026, 6, 1), QTime(14, 0), bangkok);
    point.ticketsInPeriod = 3;
    point.cumulativeTickets = 3;
    points << point;
    chart.setPoints(points, 100, SalesBucket::Hour, first, bangkok);
    // The line starts at the first sale (no hour of ramp before it), at 0, in the venue's wall-clock time
    // whatever this terminal's zone (TZ is set far from Bangkok for this test).
    QCOMPARE(chart.firstPoint().y(), 0.0);
    const QDateTime shown = QDateTime::fromMSecsSinceEpoch(qint64(chart.firstPoint().x()));
    QCOMPARE(shown.time(), QTime(14, 20));
    QCOMPARE(chart.pointCount(), 2);
}

// Tickets one statement inserted together are one audit entry naming them all (migrations/0046): the log says how
// many, and the ids that do not fit the column are in its tooltip.
void TestAdminPages::auditNamesAnOrdersTickets()
{
    AuditTableModel model;
    AuditEntry order;
    order.tableName = QStringLiteral("tickets");
    order.rowId = QStringLiteral("3180,3181,3182");
    order.action = QStringLiteral("INSERT");
    AuditEntry checkIn;
    checkIn.tableName = QStringLiteral("tickets");
    checkIn.rowId = QStringLiteral("3180");
    checkIn.action = QStringLiteral("UPDATE");
    model.setEntries({order, checkIn});
    QCOMPARE(model.data(model.index(0, AuditTableModel::Table)).toString(), QStringLiteral("3 tickets"));
    QCOMPARE(model.data(model.index(0, AuditTableModel::Row), Qt::ToolTipRole).toString(), QStringLiteral("3180,3181,3182"));
    QCOMPARE(model.data(model.index(0, AuditTableModel::Action)).toString(), QStringLiteral("Created"));
    QCOMPARE(model.data(model.index(1, AuditTableModel::Table)).toString(), QStringLiteral("Ticket"));
}

QTEST_MAIN(TestAdminPages)
#include "tst_adminpages.moc"

#include "admin/adminview.h"
#include "booking/bookingexport.h"
#include "admin/eventdetailpanel.h"
#include "admin/eventform.h"
#include "admin/eventspage.h"
#include "booking/bookingrepository.h"
#include "session/terminalsession.h"
#include "events/eventrepository.h"
#include "models/eventfiltermodel.h"
#include "models/eventtablemodel.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <functional>
#include <memory>

using namespace Marquee;
using Marquee::Test::TestDatabase;

// The admin view against a real PostgreSQL: the event form refuses what the database refuses and
// stores nothing, a valid form stores, the table follows sales made elsewhere, cancelling, CSV export.
// The view runs as an admin login; "another terminal" selling meanwhile is a box-office login, and
// the test's own event rows and read-backs go through a second admin login.
class TestAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void formRejectsInvalidInput_data();
    void formRejectsInvalidInput();
    void formRejectsCapacityBelowSold();
    void databaseRefusalShownBesideField();
    void validCreateStoresEvent();
    void tableUpdatesLiveFromOtherConnection();
    void cancelSetsStatus();
    void csvExportWritesRows();
    void csvExportCancelRemovesFile();

private:
    qint64 insertEvent(const QString &title, int capacity, const QString &price = QStringLiteral("100.00"));
    int countEvents();
    qint64 book(qint64 eventId, int quantity, const QString &name, const QString &phone);
    Event readEvent(qint64 eventId);
    void fillValid(EventForm *form);
    bool waitForRow(qint64 eventId);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TerminalSession> m_session;
    std::unique_ptr<AdminView> m_view;
    QSqlDatabase m_other;   // "another terminal" selling: a box-office login, a connection of its own
    QSqlDatabase m_manager; // another admin login: makes the test's events and reads them back
    qint64 m_soldEvent = 0;
    QTemporaryDir m_dir;
};

void TestAdmin::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(QStringLiteral("tst_admin"));
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(m_db->createLogin(QStringLiteral("tst_admin_boss"), QStringLiteral("boss-password"), QStringLiteral("marquee_admin")));
    m_other = m_db->open(QStringLiteral("other_terminal"), m_db->loginProfile(QStringLiteral("marquee_box_office")));
    m_manager = m_db->open(QStringLiteral("manager"), m_db->loginProfile(QStringLiteral("marquee_admin")));
    QVERIFY(m_other.isOpen() && m_manager.isOpen());

    m_soldEvent = insertEvent(QStringLiteral("Sold a little"), 50);
    QVERIFY(book(m_soldEvent, 3, QStringLiteral("Early Bird"), QStringLiteral("0811111111")) > 0);

    SessionInfo info;
    info.login = QStringLiteral("tst_admin_boss");
    info.group = StaffGroup::Admin;
    m_session = std::make_unique<TerminalSession>(
        m_db->profileFor(QStringLiteral("tst_admin_boss"), QStringLiteral("boss-password")), info);
    m_session->start();
    m_view = std::make_unique<AdminView>(m_session.get());
    m_view->resize(1366, 768);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(waitForRow(m_soldEvent));
}

void TestAdmin::cleanupTestCase()
{
    m_view.reset();
    m_session.reset();
    m_other = m_manager = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other_terminal"));
    QSqlDatabase::removeDatabase(QStringLiteral("manager"));
    m_db.reset();
}

qint64 TestAdmin::insertEvent(const QString &title, int capacity, const QString &price)
{
    QSqlQuery q(m_manager);
    q.prepare(QStringLiteral("INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
                             "VALUES (:title, 'Main Hall', now() + interval '30 days', :capacity, :price::numeric) RETURNING id"));
    q.bindValue(QStringLiteral(":title"), title);
    q.bindValue(QStringLiteral(":capacity"), capacity);
    q.bindValue(QStringLiteral(":price"), price);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

int TestAdmin::countEvents()
{
    QSqlQuery q(m_manager);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM marquee.events")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

qint64 TestAdmin::book(qint64 eventId, int quantity, const QString &name, const QString &phone)
{
    BookingRepository bookings(m_other);
    BookingRequest request;
    request.eventId = eventId;
    request.quantity = quantity;
    request.customerName = name;
    request.customerPhone = phone;
    auto result = bookings.book(request);
    if (!result)
        qWarning() << "booking failed:" << result.error().detail();
    return result ? result->bookingId : 0;
}

Event TestAdmin::readEvent(qint64 eventId)
{
    EventRepository events(m_manager);
    auto event = events.get(eventId);
    return event ? event.value() : Event();
}

bool TestAdmin::waitForRow(qint64 eventId)
{
    EventsPage *page = m_view->eventsPage();
    // A row not on the first page arrives after a reload (new rows are at their start time).
    return QTest::qWaitFor([&] {
        if (page->model()->rowOf(eventId) >= 0)
            return true;
        if (!page->filter()->isLoading() && page->filter()->canFetchMore(QModelIndex()))
            page->filter()->fetchMore(QModelIndex());
        return false;
    }, 5000);
}

void TestAdmin::fillValid(EventForm *form)
{
    form->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Jazz Night"));
    form->findChild<QLineEdit *>(QStringLiteral("venueEdit"))->setText(QStringLiteral("Main Hall"));
    form->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))->setPlainText(QStringLiteral("A quartet."));
    form->findChild<QDateTimeEdit *>(QStringLiteral("startsAtEdit"))->setDateTime(QDateTime::currentDateTime().addDays(20));
    form->findChild<QSpinBox *>(QStringLiteral("capacitySpin"))->setValue(120);
    form->findChild<QLineEdit *>(QStringLiteral("priceEdit"))->setText(QStringLiteral("1250.50"));
    form->findChild<QSpinBox *>(QStringLiteral("maxTicketsSpin"))->setValue(6);
}

void TestAdmin::formRejectsInvalidInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedMessage");
    QTest::newRow("empty title") << "title" << "titleEdit" << "   " << Error(ErrorCode::TitleRequired).message();
    QTest::newRow("empty venue") << "venue" << "venueEdit" << "" << Error(ErrorCode::VenueRequired).message();
    QTest::newRow("capacity 0") << "capacity" << "capacitySpin" << "0" << Error(ErrorCode::CapacityNotPositive).message();
    QTest::newRow("negative price") << "price" << "priceEdit" << "-5.00" << Error(ErrorCode::PriceNegative).message();
    QTest::newRow("malformed price") << "price" << "priceEdit" << "12,50 baht" << Error(ErrorCode::PriceInvalid).message();
    QTest::newRow("too many decimals") << "price" << "priceEdit" << "1.005" << Error(ErrorCode::PriceInvalid).message();
    QTest::newRow("start in the past") << "startsAt" << "startsAtEdit" << "past" << Error(ErrorCode::StartNotInFuture).message();
}

void TestAdmin::formRejectsInvalidInput()
{
    QFETCH(QString, field);
    QFETCH(QString, widget);
    QFETCH(QString, value);
    QFETCH(QString, expectedMessage);

    const int before = countEvents();
    EventForm form(m_session.get());
    fillValid(&form);
    form.show();
    QWidget *target = form.findChild<QWidget *>(widget);
    QVERIFY(target);
    if (auto *line = qobject_cast<QLineEdit *>(target))
        line->setText(value);
    else if (auto *spin = qobject_cast<QSpinBox *>(target))
        spin->setValue(value.toInt());
    else if (auto *when = qobject_cast<QDateTimeEdit *>(target))
        when->setDateTime(QDateTime::currentDateTime().addDays(-1));

    QSignalSpy saved(&form, &EventForm::saved);
    form.save();
    QCOMPARE(form.fieldError(field), expectedMessage);
    // The message sits under its own field, visible.
    auto *label = form.findChild<QLabel *>(field + QStringLiteral("Error"));
    QVERIFY(label && label->isVisible());
    // Only that field complains.
    for (const QString &other : {QStringLiteral("title"), QStringLiteral("venue"), QStringLiteral("capacity"),
                                 QStringLiteral("price"), QStringLiteral("startsAt")}) {
        if (other != field)
            QVERIFY2(form.fieldError(other).isEmpty(), qPrintable(other + QStringLiteral(": ") + form.fieldError(other)));
    }
    QVERIFY(!form.isSaving());
    QTest::qWait(200);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(countEvents(), before);
}

void TestAdmin::formRejectsCapacityBelowSold()
{
    const Event before = readEvent(m_soldEvent);
    QCOMPARE(before.ticketsSold, 3);
    EventForm form(m_session.get(), before);
    form.show();
    form.findChild<QSpinBox *>(QStringLiteral("capacitySpin"))->setValue(2);
    QSignalSpy saved(&form, &EventForm::saved);
    form.save();
    QCOMPARE(form.fieldError(QStringLiteral("capacity")), Error(ErrorCode::CapacityBelowSold).message());
    QTest::qWait(200);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(readEvent(m_soldEvent).capacity, before.capacity);
}

void TestAdmin::databaseRefusalShownBesideField()
{
    // The form believes nothing is sold (a stale copy); the database knows better and refuses.
    Event stale = readEvent(m_soldEvent);
    const int capacity = stale.capacity;
    stale.ticketsSold = 0;
    EventForm form(m_session.get(), stale);
    form.show();
    form.findChild<QSpinBox *>(QStringLiteral("capacitySpin"))->setValue(1);
    QSignalSpy saved(&form, &EventForm::saved);
    form.save();
    QVERIFY(form.fieldError(QStringLiteral("capacity")).isEmpty());
    QVERIFY(form.isSaving());
    QTRY_VERIFY_WITH_TIMEOUT(!form.isSaving(), 5000);
    QCOMPARE(form.fieldError(QStringLiteral("capacity")), Error(ErrorCode::CapacityBelowTaken).message());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(readEvent(m_soldEvent).capacity, capacity);
}

void TestAdmin::validCreateStoresEvent()
{
    const int before = countEvents();
    EventsPage *page = m_view->eventsPage();
    EventForm *form = page->newEvent();
    QVERIFY(form);
    fillValid(form);
    QSignalSpy saved(page, &EventsPage::eventSaved);
    form->save();
    QVERIFY(saved.wait(5000));
    const Event created = saved.first().first().value<Event>();
    QVERIFY(created.id > 0);
    QCOMPARE(countEvents(), before + 1);
    const Event stored = readEvent(created.id);
    QCOMPARE(stored.title, QStringLiteral("Jazz Night"));
    QCOMPARE(stored.venue, QStringLiteral("Main Hall"));
    QCOMPARE(stored.capacity, 120);
    QCOMPARE(stored.price.toDecimalString(), QStringLiteral("1250.50"));
    QCOMPARE(stored.maxTicketsPerBooking, 6);
    QCOMPARE(stored.status, EventStatus::Active);
    // The table is reloaded and shows it.
    QVERIFY(waitForRow(created.id));
}

void TestAdmin::tableUpdatesLiveFromOtherConnection()
{
    const qint64 eventId = insertEvent(QStringLiteral("Live counts"), 40, QStringLiteral("250.25"));
    QVERIFY(eventId > 0);
    EventsPage *page = m_view->eventsPage();
    page->reload();
    QVERIFY(waitForRow(eventId));
    page->selectEvent(eventId);
    QCOMPARE(page->model()->eventById(eventId)->ticketsSold, 0);

    QElapsedTimer timer;
    timer.start();
    QVERIFY(book(eventId, 4, QStringLiteral("Other Terminal"), QStringLiteral("0822222222")) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->eventById(eventId)->ticketsSold, 4, 2000);
    qInfo() << "sold count arrived after" << timer.elapsed() << "ms";
    const int row = page->model()->rowOf(eventId);
    QCOMPARE(page->model()->index(row, EventTableModel::Remaining).data(EventTableModel::SortRole).toInt(), 36);
    // Revenue and bookings are re-read shortly after; the detail panel follows too.
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->eventById(eventId)->revenue.toDecimalString(), QStringLiteral("1001.00"), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->eventById(eventId)->bookingsCount, 1, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(page->detail()->summary().ticketsSold, 4, 3000);
}

void TestAdmin::cancelSetsStatus()
{
    const qint64 eventId = insertEvent(QStringLiteral("To be cancelled"), 20);
    QVERIFY(book(eventId, 2, QStringLiteral("Kept Booking"), QStringLiteral("0833333333")) > 0);
    EventsPage *page = m_view->eventsPage();
    page->reload();
    QVERIFY(waitForRow(eventId));
    QSignalSpy cancelled(page, &EventsPage::eventCancelled);
    page->cancelEventNow(eventId);
    QVERIFY(cancelled.wait(5000));
    const Event stored = readEvent(eventId);
    QCOMPARE(stored.status, EventStatus::Cancelled);
    QCOMPARE(stored.ticketsSold, 0); // nothing is sold any more; the bookings stay, each with its refund due
    QCOMPARE(page->model()->eventById(eventId)->status, EventStatus::Cancelled);
    QSqlQuery q(m_other);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1 AND status = 'refund_due'").arg(eventId)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestAdmin::csvExportWritesRows()
{
    const qint64 eventId = insertEvent(QStringLiteral("Export me"), 100, QStringLiteral("1250.50"));
    QVERIFY(book(eventId, 2, QStringLiteral("Smith, \"Jo\""), QStringLiteral("0844444401")) > 0);
    for (int i = 2; i <= 7; ++i)
        QVERIFY(book(eventId, 1, QStringLiteral("Guest %1").arg(i), QStringLiteral("08444444%1").arg(i, 2, 10, QLatin1Char('0'))) > 0);
    QVERIFY(m_dir.isValid());
    const QString fileName = m_dir.filePath(QStringLiteral("export.csv"));

    EventsPage *page = m_view->eventsPage();
    QSignalSpy finished(page, &EventsPage::exportFinished);
    BookingExport *exporter = page->exportBookings(eventId, fileName);
    QVERIFY(exporter);
    exporter->setChunkSize(3); // several chunks for 7 bookings
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(0).toBool(), true);

    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 7);
    QVERIFY(lines.first().startsWith(QStringLiteral("booking_id,booked_at,customer_name")));
    QVERIFY2(lines.at(1).contains(QStringLiteral(",\"Smith, \"\"Jo\"\"\",0844444401,2,2501.00,cash,confirmed,")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(7).contains(QStringLiteral(",Guest 7,0844444407,1,1250.50,cash,confirmed,")), qPrintable(lines.at(7)));
    QCOMPARE(BookingExport::csvLine({QStringLiteral("a\nb"), QStringLiteral("plain")}), QStringLiteral("\"a\nb\",plain\r\n"));
}

void TestAdmin::csvExportCancelRemovesFile()
{
    const qint64 eventId = insertEvent(QStringLiteral("Big export"), 2000);
    // 1,200 bookings from the box office in one statement.
    QSqlQuery sales(m_other);
    QVERIFY2(sales.exec(QStringLiteral(
                 "SELECT marquee.book_tickets(%1, 1, 'Guest ' || g, '09' || lpad(g::text, 8, '0'), gen_random_uuid()) "
                 "FROM generate_series(1, 1200) g").arg(eventId)),
             qPrintable(sales.lastError().text()));
    const QString fileName = m_dir.filePath(QStringLiteral("cancelled.csv"));

    EventsPage *page = m_view->eventsPage();
    QSignalSpy finished(page, &EventsPage::exportFinished);
    BookingExport *exporter = page->exportBookings(eventId, fileName);
    QVERIFY(exporter);
    exporter->setChunkSize(100);
    QPointer<QProgressDialog> progress = page->exportProgress();
    QVERIFY(progress);
    int written = 0;
    connect(exporter, &BookingExport::progressed, this, [&written, progress](int rows, int) {
        written = rows;
        // The person presses Cancel once the first chunk is on disk.
        if (rows > 0 && progress) {
            if (auto *button = progress->findChild<QPushButton *>())
                button->click();
        }
    });
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(1).toString().isEmpty()); // cancelled, not failed
    QVERIFY(written > 0 && written < 1200);
    QVERIFY(!QFile::exists(fileName));
}

QTEST_MAIN(TestAdmin)
#include "tst_admin.moc"

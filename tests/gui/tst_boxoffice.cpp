// The box office, driven the way a clerk drives it: by keyboard, against a real PostgreSQL.

#include "boxoffice/boxofficeview.h"
#include "boxoffice/bookinglookuppanel.h"
#include "boxoffice/paymentpart.h"
#include "boxoffice/salepanel.h"
#include "boxoffice/saleresultpanel.h"
#include "common/money.h"
#include "availability/liveavailability.h"
#include "booking/bookingservice.h"
#include "session/terminalsession.h"
#include "models/eventfiltermodel.h"
#include "models/eventtablemodel.h"
#include "testdatabase.h"
#include "venue/venueformat.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Marquee;

namespace {

const QString Login = QStringLiteral("tst_boxoffice_clerk");
const QString Password = QStringLiteral("clerk-password-1");

QWidget *focused()
{
    return QApplication::focusWidget();
}

} // namespace

class TestBoxOffice final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void saleByKeyboardAlone();
    void changeDueIsExact();
    void invalidPhoneStoresNothing();
    void cancellationReturnsSeatsElsewhere();

private:
    std::unique_ptr<BoxOfficeView> openView();
    // Types into whatever has the keyboard focus, as a person would.
    void type(const QString &text);
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    qint64 eventId(const QString &title) const;
    QVariant scalar(const QString &sql) const;

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<TerminalSession> m_session;
    QSqlDatabase m_check;
};

void TestBoxOffice::initTestCase()
{
    m_db = std::make_unique<Test::TestDatabase>(QStringLiteral("tst_boxoffice"));
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(m_db->createLogin(Login, Password, QStringLiteral("marquee_box_office")));
    // Setup: three events as the superuser; everything the test then does goes through the clerk's
    // login, and m_check (the superuser) only reads the stored rows back.
    QVERIFY(m_db->exec(QStringLiteral(
        "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) VALUES "
        "('Keyboard Gala', 'Main Hall', now() + interval '10 days', 50, 250.00), "
        "('Thirds Recital', 'Studio Two', now() + interval '11 days', 30, 333.33), "
        "('Quiet Evening', 'Garden', now() + interval '12 days', 40, 100.00)")));
    m_check = m_db->open(QStringLiteral("check"));
    QVERIFY(m_check.isOpen());

    SessionInfo info;
    info.login = Login;
    info.group = StaffGroup::BoxOffice;
    m_session = std::make_unique<TerminalSession>(m_db->profileFor(Login, Password), info);
    m_session->start();
}

void TestBoxOffice::cleanupTestCase()
{
    m_session.reset();
    m_check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

std::unique_ptr<BoxOfficeView> TestBoxOffice::openView()
{
    auto view = std::make_unique<BoxOfficeView>(m_session.get());
    view->resize(1366, 768);
    view->show();
    view->activateWindow();
    if (!QTest::qWaitForWindowActive(view.get()))
        return nullptr;
    auto *list = view->findChild<QTableView *>(QStringLiteral("eventList"));
    if (!QTest::qWaitFor([list] { return list->model()->rowCount() >= 3; }, 10000))
        return nullptr;
    return view;
}

void TestBoxOffice::type(const QString &text)
{
    QVERIFY(focused());
    QTest::keyClicks(focused(), text);
}

void TestBoxOffice::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QVERIFY(focused());
    QTest::keyClick(focused(), key, modifiers);
}

qint64 TestBoxOffice::eventId(const QString &title) const
{
    QSqlQuery q(m_check);
    q.prepare(QStringLiteral("SELECT id FROM marquee.events WHERE title = :title"));
    q.bindValue(QStringLiteral(":title"), title);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QVariant TestBoxOffice::scalar(const QString &sql) const
{
    QSqlQuery q(m_check);
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

void TestBoxOffice::saleByKeyboardAlone()
{
    auto view = openView();
    QVERIFY(view);
    auto *search = view->findChild<QLineEdit *>(QStringLiteral("eventSearch"));
    auto *list = view->findChild<QTableView *>(QStringLiteral("eventList"));
    QCOMPARE(focused(), search);

    type(QStringLiteral("keyboard g"));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QCOMPARE(focused(), view->findChild<QLineEdit *>(QStringLiteral("quantity")));
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("pickedEvent"))->text().contains(QStringLiteral("Keyboard Gala")));

    type(QStringLiteral("3"));
    press(Qt::Key_Tab);
    QCOMPARE(focused(), view->findChild<QLineEdit *>(QStringLiteral("phone")));
    type(QStringLiteral("081 555 0001"));
    press(Qt::Key_Tab);
    QCOMPARE(focused(), view->findChild<QLineEdit *>(QStringLiteral("customerName")));
    // The phone is looked up while the clerk types; a new number asks for a walk-in name.
    auto *phoneStatus = view->findChild<QLabel *>(QStringLiteral("phoneStatus"));
    QTRY_VERIFY(phoneStatus->text().contains(QStringLiteral("New customer")));
    type(QStringLiteral("Wanda Walk-in"));
    press(Qt::Key_F5);
    QCOMPARE(focused(), view->findChild<QLineEdit *>(QStringLiteral("tendered")));
    type(QStringLiteral("1000"));
    const QLocale locale;
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("total"))->text(), Money::fromMinorUnits(75000).toDisplayString(locale));
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("changeDue"))->text(), Money::fromMinorUnits(25000).toDisplayString(locale));
    press(Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(view->findChild<QStackedWidget *>(QStringLiteral("sellStack"))->currentWidget(),
                              static_cast<QWidget *>(view->resultPanel()), 10000);
    const Booking &booking = view->resultPanel()->booking();
    QVERIFY(booking.id > 0);
    QCOMPARE(booking.reference.size(), 8);
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("bookingReference"))->text(), QStringLiteral("Booking %1").arg(booking.reference));
    auto *tickets = view->findChild<QListView *>(QStringLiteral("ticketList"));
    QCOMPARE(tickets->model()->rowCount(), 3);
    QVERIFY(!tickets->model()->index(0, 0).data(Qt::DecorationRole).isNull()); // the QR code

    QCOMPARE(scalar(QStringLiteral("SELECT quantity FROM marquee.bookings WHERE id = %1").arg(booking.id)).toInt(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT total_amount FROM marquee.bookings WHERE id = %1").arg(booking.id)).toString(),
             QStringLiteral("750.00"));
    QCOMPARE(scalar(QStringLiteral("SELECT payment_method FROM marquee.bookings WHERE id = %1").arg(booking.id)).toString(),
             QStringLiteral("cash"));
    QCOMPARE(scalar(QStringLiteral("SELECT u.name FROM marquee.bookings b JOIN marquee.users u ON u.id = b.user_id "
                                   "WHERE b.id = %1").arg(booking.id)).toString(), QStringLiteral("Wanda Walk-in"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.tickets WHERE booking_id = %1").arg(booking.id)).toInt(), 3);

    // Esc: an empty form for the next customer, cursor in the event search.
    press(Qt::Key_Escape);
    QTRY_COMPARE(view->findChild<QStackedWidget *>(QStringLiteral("sellStack"))->currentWidget(), static_cast<QWidget *>(view->salePanel()));
    QTRY_COMPARE(focused(), static_cast<QWidget *>(search));
    QVERIFY(view->findChild<QLineEdit *>(QStringLiteral("phone"))->text().isEmpty());
}

void TestBoxOffice::changeDueIsExact()
{
    QCOMPARE(PaymentPart::parseAmount(QStringLiteral("1000.00"), QLocale::c()), Money::fromMinorUnits(100000));
    QCOMPARE(PaymentPart::parseAmount(QStringLiteral("1,000.5"), QLocale(QLocale::English)), Money::fromMinorUnits(100050));
    QVERIFY(!PaymentPart::parseAmount(QStringLiteral("10.005"), QLocale::c()));
    QVERIFY(!PaymentPart::parseAmount(QStringLiteral("-5"), QLocale::c()));

    auto view = openView();
    QVERIFY(view);
    type(QStringLiteral("thirds"));
    press(Qt::Key_Return); // nothing highlighted: the best match
    type(QStringLiteral("3"));
    press(Qt::Key_Tab);
    type(QStringLiteral("081 555 0002"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Carl Cents"));
    press(Qt::Key_F5);
    const QLocale locale;
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("total"))->text(), Money::fromMinorUnits(99999).toDisplayString(locale));

    // Less than the total is refused, beside the field, and nothing is booked.
    type(QStringLiteral("999.98"));
    press(Qt::Key_Return);
    auto *tenderedError = view->findChild<QLabel *>(QStringLiteral("tenderedError"));
    QVERIFY(tenderedError->isVisible());
    QTest::qWait(200);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1").arg(eventId(QStringLiteral("Thirds Recital")))).toInt(), 0);

    auto *tendered = view->findChild<QLineEdit *>(QStringLiteral("tendered"));
    QCOMPARE(focused(), tendered);
    tendered->selectAll();
    type(QStringLiteral("1000.00"));
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("changeDue"))->text(), Money::fromMinorUnits(1).toDisplayString(locale));
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(view->findChild<QStackedWidget *>(QStringLiteral("sellStack"))->currentWidget(),
                              static_cast<QWidget *>(view->resultPanel()), 10000);
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("resultChangeDue"))->text(),
             QStringLiteral("Change due: %1").arg(VenueFormat(m_session->venueSettings(), locale).money(Money::fromMinorUnits(1))));
    QCOMPARE(scalar(QStringLiteral("SELECT total_amount FROM marquee.bookings WHERE id = %1")
                        .arg(view->resultPanel()->booking().id)).toString(), QStringLiteral("999.99"));
}

void TestBoxOffice::invalidPhoneStoresNothing()
{
    const int bookingsBefore = scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings")).toInt();
    const int usersBefore = scalar(QStringLiteral("SELECT count(*) FROM marquee.users")).toInt();

    auto view = openView();
    QVERIFY(view);
    type(QStringLiteral("quiet"));
    press(Qt::Key_Return);
    press(Qt::Key_Tab);
    type(QStringLiteral("12-ab"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Pat Typo"));
    press(Qt::Key_F6);
    press(Qt::Key_Return);

    auto *phoneStatus = view->findChild<QLabel *>(QStringLiteral("phoneStatus"));
    QCOMPARE(phoneStatus->text(), Error(ErrorCode::PhoneInvalid).message());
    QCOMPARE(focused(), view->findChild<QLineEdit *>(QStringLiteral("phone")));
    QTest::qWait(300);
    QCOMPARE(view->findChild<QStackedWidget *>(QStringLiteral("sellStack"))->currentWidget(), static_cast<QWidget *>(view->salePanel()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings")).toInt(), bookingsBefore);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.users")).toInt(), usersBefore);
}

void TestBoxOffice::cancellationReturnsSeatsElsewhere()
{
    const qint64 gala = eventId(QStringLiteral("Keyboard Gala"));

    // Another terminal with its own connections, watching the public listing.
    SessionInfo info;
    info.login = Login;
    info.group = StaffGroup::BoxOffice;
    TerminalSession other(m_db->profileFor(Login, Password), info);
    other.start();
    EventTableModel &listing = *EventTableModel::forSession(&other);
    EventFilterModel upcoming(&listing);
    EventQuery query;
    query.upcomingOnly = true;
    upcoming.setQuery(query);
    QTRY_VERIFY_WITH_TIMEOUT(listing.eventById(gala), 10000);

    // A booking of 4 to cancel.
    std::optional<Result<BookingConfirmation>> made;
    BookingRequest request;
    request.eventId = gala;
    request.quantity = 4;
    request.customerName = QStringLiteral("Cathy Cancel");
    request.customerPhone = QStringLiteral("081 555 0004");
    request.paymentMethod = PaymentMethod::Card;
    m_session->bookings().book(request).then(this, [&made](Result<BookingConfirmation> r) { made = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(made.has_value(), 10000);
    if (!made->ok())
        QFAIL(qPrintable(made->error().detail()));
    const qint64 bookingId = made->value().bookingId;
    const int remainingAfterSale = made->value().remaining;
    QTRY_COMPARE_WITH_TIMEOUT(listing.eventById(gala)->remaining(), remainingAfterSale, 10000);

    auto view = openView();
    QVERIFY(view);
    press(Qt::Key_F3);
    QCOMPARE(focused(), view->findChild<QLineEdit *>(QStringLiteral("lookupQuery")));
    type(made->value().reference);
    press(Qt::Key_Return);
    auto *table = view->findChild<QTableView *>(QStringLiteral("bookingTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    QCOMPARE(focused(), table);
    QCOMPARE(view->findChild<QListView *>(QStringLiteral("lookupTickets"))->model()->rowCount(), 4);

    // Ctrl+Del asks first; Y confirms.
    bool answered = false;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&answered, &answer] {
        if (QWidget *box = QApplication::activeModalWidget()) {
            answer.stop();
            answered = true;
            QTest::keyClick(box, Qt::Key_Y);
        }
    });
    answer.start();
    press(Qt::Key_Delete, Qt::ControlModifier);
    QTRY_VERIFY(answered);

    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT status FROM marquee.bookings WHERE id = %1").arg(bookingId)).toString(),
                              QStringLiteral("cancelled"), 10000);
    // The other terminal hears of it through NOTIFY and shows the seats back.
    QTRY_COMPARE_WITH_TIMEOUT(listing.eventById(gala)->remaining(), remainingAfterSale + 4, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, 0).data(Qt::UserRole + 2).toBool(), true, 10000);
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("lookupMessage"))->text().contains(QStringLiteral("cancelled")));
}

QTEST_MAIN(TestBoxOffice)
#include "tst_boxoffice.moc"

// The parts the box office and the admin view are made of, each on its own against a real service and server,
// offscreen: the event picker, the customer part, the payment part, the sale result, the look-up panel, the events
// toolbar. The terminal signs in as a box-office login with its password; the superuser only sets up.

#include "admin/adminlook.h"
#include "admin/eventstoolbar.h"
#include "booking/bookingservice.h"
#include "boxoffice/bookinglookuppanel.h"
#include "boxoffice/customerpart.h"
#include "boxoffice/desklook.h"
#include "boxoffice/eventpicker.h"
#include "boxoffice/paymentpart.h"
#include "boxoffice/pickedeventcard.h"
#include "boxoffice/saleresultpanel.h"
#include "common/texttone.h"
#include "domain/event.h"
#include "session/terminalsession.h"
#include "testdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest/QtTest>

#include <memory>

using namespace Marquee;

class TestDeskParts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pickerOffersEventsOnSaleAndPicksByKeyboard();
    void pickerSaysWhenNothingMatches();
    void customerPartFindsAKnownPhone();
    void customerPartAsksANewCustomersName();
    void paymentPartIsExact();
    void resultShowsTheStoredBooking();
    void resultWithoutTheStoredBookingShowsTheConfirmation();
    void lookupPanelOnlyShows();
    void toolbarMakesThePagesQuestion();
    void tonesComeFromTheFamilysLook();

private:
    template<typename W>
    W *child(QWidget *parent, const char *name) const
    {
        return parent->findChild<W *>(QString::fromLatin1(name));
    }
    Result<Sale> sell(const QString &title, int quantity, const QString &name, const QString &phone);
    qint64 eventId(const QString &title) const;

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<TerminalSession> m_session;
};

void TestDeskParts::initTestCase()
{
    m_db = std::make_unique<Test::TestDatabase>(QStringLiteral("tst_deskparts"));
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(m_db->exec(QStringLiteral(
        "INSERT INTO marquee.events (title, venue, starts_at, capacity, price, status) VALUES "
        "('Parts Gala', 'Main Hall', now() + interval '10 days', 50, 250.00, 'active'), "
        "('Parts Recital', 'Studio', now() + interval '11 days', 30, 120.50, 'active'), "
        "('Parts Cancelled', 'Studio', now() + interval '12 days', 30, 100.00, 'cancelled'), "
        "('Parts Yesterday', 'Garden', now() - interval '1 day', 30, 100.00, 'completed')")));
    QVERIFY(m_db->exec(QStringLiteral(
        "INSERT INTO marquee.users (name, phone, role) VALUES ('Known Customer', '0815550100', 'customer')")));
    SessionInfo info;
    info.login = QStringLiteral("parts");
    info.group = StaffGroup::BoxOffice;
    m_session = std::make_unique<TerminalSession>(m_db->loginProfile(QStringLiteral("marquee_box_office")), info);
    m_session->start();
}

void TestDeskParts::cleanupTestCase()
{
    m_session.reset();
    m_db.reset();
}

qint64 TestDeskParts::eventId(const QString &title) const
{
    QSqlDatabase db = m_db->open(QStringLiteral("lookup_id"));
    qint64 id = 0;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM marquee.events WHERE title = :title"));
        q.bindValue(QStringLiteral(":title"), title);
        if (q.exec() && q.next())
            id = q.value(0).toLongLong();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("lookup_id"));
    return id;
}

Result<Sale> TestDeskParts::sell(const QString &title, int quantity, const QString &name, const QString &phone)
{
    BookingRequest request;
    request.eventId = eventId(title);
    request.quantity = quantity;
    request.customerName = name;
    request.customerPhone = phone;
    request.paymentMethod = PaymentMethod::Card;
    return m_session->bookings().sell(request).wait(10000);
}

void TestDeskParts::pickerOffersEventsOnSaleAndPicksByKeyboard()
{
    EventPicker picker(m_session.get());
    picker.resize(800, 500);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    auto *list = child<QTableView>(&picker, "eventList");
    // Upcoming and on sale only: neither the cancelled event nor yesterday's.
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 2, 10000);
    QTest::qWait(100);
    QCOMPARE(list->model()->rowCount(), 2);
    QVERIFY(!picker.pickedEvent());

    QSignalSpy picked(&picker, &EventPicker::eventPicked);
    picker.focusSearch();
    QTest::keyClicks(picker.searchField(), QStringLiteral("recital"));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QTest::keyClick(picker.searchField(), Qt::Key_Down);
    QTest::keyClick(picker.searchField(), Qt::Key_Return);
    QCOMPARE(picked.count(), 1);
    QCOMPARE(picked.first().first().toLongLong(), eventId(QStringLiteral("Parts Recital")));
    QTRY_VERIFY(picker.pickedEvent());
    QCOMPARE(picker.pickedEvent()->title, QStringLiteral("Parts Recital"));
    QCOMPARE(picker.pickedEvent()->price.toDecimalString(), QStringLiteral("120.50"));

    // The card shows it, live.
    PickedEventCard card;
    card.display(picker.pickedEvent(), true);
    QCOMPARE(child<QLabel>(&card, "pickedEvent")->text(), QStringLiteral("Parts Recital"));
    QVERIFY(child<QLabel>(&card, "pickedRemaining")->text().contains(QStringLiteral("30")));
    card.display(nullptr, false);
    QCOMPARE(child<QLabel>(&card, "pickedEvent")->text(), QStringLiteral("No event picked yet"));

    picker.clear();
    QCOMPARE(picker.pickedEventId(), qint64(0));
    QVERIFY(picker.searchField()->text().isEmpty());
}

void TestDeskParts::pickerSaysWhenNothingMatches()
{
    EventPicker picker(m_session.get());
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    auto *list = child<QTableView>(&picker, "eventList");
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 2, 10000);
    QSignalSpy picked(&picker, &EventPicker::eventPicked);
    picker.focusSearch();
    QTest::keyClicks(picker.searchField(), QStringLiteral("no such show"));
    QTRY_COMPARE(list->model()->rowCount(), 0);
    QTest::keyClick(picker.searchField(), Qt::Key_Return);
    QCOMPARE(picked.count(), 0);
    auto *error = child<QLabel>(&picker, "eventError");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("No upcoming event matches")));
    // Typing again takes the message away; Enter with nothing highlighted takes the best match.
    picker.searchField()->clear();
    QVERIFY(!error->isVisible());
    QTest::keyClicks(picker.searchField(), QStringLiteral("parts"));
    QTest::keyClick(picker.searchField(), Qt::Key_Return);
    QCOMPARE(picked.count(), 1);
}

void TestDeskParts::customerPartFindsAKnownPhone()
{
    CustomerPart part(m_session.get());
    part.show();
    QVERIFY(QTest::qWaitForWindowExposed(&part));
    QSignalSpy finished(&part, &CustomerPart::lookupFinished);
    auto *status = child<QLabel>(&part, "phoneStatus");
    QTest::keyClicks(part.phoneField(), QStringLiteral("081 555 0100"));
    QVERIFY(part.isLookupPending());
    QVERIFY(finished.wait(10000));
    QVERIFY(!part.isLookupPending());
    QCOMPARE(status->text(), QStringLiteral("Found: Known Customer"));
    QCOMPARE(TextTone::of(status), TextTone::StrongGood);
    QCOMPARE(part.name(), QStringLiteral("Known Customer"));
    QVERIFY(!part.nameField()->isEnabled());

    // Another number: the name on file was the other customer's.
    QTest::keyClick(part.phoneField(), Qt::Key_Backspace);
    QVERIFY(part.name().isEmpty());
    QVERIFY(part.nameField()->isEnabled());
    QVERIFY(status->text().isEmpty());

    // A half-typed number asks nothing.
    part.phoneField()->setText(QStringLiteral("08"));
    QVERIFY(!part.isLookupPending());

    part.showPhoneError(Error(ErrorCode::PhoneInvalid).message());
    QCOMPARE(TextTone::of(status), TextTone::Bad);
    part.clearErrors();
    QVERIFY(status->text().isEmpty());
    part.clear();
    QVERIFY(part.phone().isEmpty());
}

void TestDeskParts::customerPartAsksANewCustomersName()
{
    CustomerPart part(m_session.get());
    part.show();
    QVERIFY(QTest::qWaitForWindowExposed(&part));
    QSignalSpy finished(&part, &CustomerPart::lookupFinished);
    part.phoneField()->setText(QStringLiteral("081 555 0199"));
    part.lookUpNow(); // no waiting for the typing to pause
    QVERIFY(finished.wait(10000));
    QCOMPARE(child<QLabel>(&part, "phoneStatus")->text(), QStringLiteral("New customer: enter their name below."));
    QVERIFY(part.nameField()->isEnabled());

    // An answer on its way for a number since changed is dropped.
    part.phoneField()->setText(QStringLiteral("081 555 0100"));
    part.lookUpNow();
    part.phoneField()->setText(QStringLiteral("081 555 0198"));
    QTest::qWait(600);
    QVERIFY(!child<QLabel>(&part, "phoneStatus")->text().contains(QStringLiteral("Known Customer")));
    QVERIFY(part.name().isEmpty());
}

void TestDeskParts::paymentPartIsExact()
{
    const QLocale locale;
    PaymentPart part;
    part.show();
    QVERIFY(QTest::qWaitForWindowExposed(&part));
    auto *total = child<QLabel>(&part, "total");
    auto *change = child<QLabel>(&part, "changeDue");
    QCOMPARE(total->text(), QStringLiteral("—"));
    QVERIFY(!part.total());

    part.setPrice(Money::fromMinorUnits(12050), 3);
    QCOMPARE(*part.total(), Money::fromMinorUnits(36150));
    QCOMPARE(total->text(), Money::fromMinorUnits(36150).toDisplayString(locale));
    part.tenderedField()->setText(QStringLiteral("400"));
    QCOMPARE(change->text(), Money::fromMinorUnits(3850).toDisplayString(locale));
    QCOMPARE(TextTone::of(change), TextTone::Good);
    QCOMPARE(*part.checkTendered(), Money::fromMinorUnits(40000));

    part.tenderedField()->setText(QStringLiteral("361.49"));
    QCOMPARE(change->text(), QStringLiteral("Short by %1").arg(Money::fromMinorUnits(1).toDisplayString(locale)));
    QCOMPARE(TextTone::of(change), TextTone::Bad);
    QVERIFY(!part.checkTendered());
    auto *error = child<QLabel>(&part, "tenderedError");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("That is less than the total of %1.").arg(Money::fromMinorUnits(36150).toDisplayString(locale)));

    part.tenderedField()->setText(QStringLiteral("a lot"));
    QVERIFY(!error->isVisible()); // typing takes the message away
    QVERIFY(!part.checkTendered());
    QCOMPARE(error->text(), QStringLiteral("Enter the cash handed over, such as 1000 or 1000.50."));

    part.choose(PaymentMethod::Complimentary);
    QCOMPARE(*part.total(), Money());
    QVERIFY(!part.tenderedField()->isEnabled());
    QVERIFY(change->text().isEmpty());
    part.choose(PaymentMethod::Cash);
    QVERIFY(part.tenderedField()->isEnabled());
    QCOMPARE(part.method(), PaymentMethod::Cash);

    part.clear();
    QVERIFY(part.tenderedField()->text().isEmpty());
    QCOMPARE(part.method(), PaymentMethod::Cash);

    QCOMPARE(PaymentPart::parseAmount(QStringLiteral("1,000.5"), QLocale(QLocale::English)), Money::fromMinorUnits(100050));
    QVERIFY(!PaymentPart::parseAmount(QStringLiteral("10.005"), QLocale::c()));
}

void TestDeskParts::resultShowsTheStoredBooking()
{
    auto sale = sell(QStringLiteral("Parts Gala"), 2, QStringLiteral("Typed Other Name"), QStringLiteral("081 555 0100"));
    QVERIFY2(sale.ok(), qPrintable(sale.ok() ? QString() : sale.error().detail()));
    QVERIFY(sale->stored);

    SaleResultPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showSale(sale.value(), Money::fromMinorUnits(500));
    QCOMPARE(panel.booking().id, sale->confirmation.bookingId);
    QCOMPARE(child<QLabel>(&panel, "bookingReference")->text(), QStringLiteral("Booking %1").arg(sale->confirmation.reference));
    // What was stored for this booking: the name given for it (the customer on file keeps theirs).
    const QString summary = child<QLabel>(&panel, "saleSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("Typed Other Name")), qPrintable(summary));
    QCOMPARE(summary.contains(QStringLiteral("Known Customer")), false);
    QVERIFY(summary.contains(QStringLiteral("Parts Gala")));
    QCOMPARE(child<QListView>(&panel, "ticketList")->model()->rowCount(), 2);
    QVERIFY(child<QPushButton>(&panel, "printTickets")->isEnabled());
    QVERIFY(child<QLabel>(&panel, "resultChangeDue")->isVisible());
}

void TestDeskParts::resultWithoutTheStoredBookingShowsTheConfirmation()
{
    Sale sale;
    sale.confirmation.bookingId = 4242;
    sale.confirmation.reference = QStringLiteral("K7QM2XPA");
    sale.confirmation.totalAmount = Money::fromMinorUnits(50000);
    sale.confirmation.ticketCodes = {QStringLiteral("TKT-20260101-AAAAAAAA"), QStringLiteral("TKT-20260101-BBBBBBBB")};
    SaleResultPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showSale(sale, std::nullopt);
    QCOMPARE(child<QLabel>(&panel, "bookingReference")->text(), QStringLiteral("Booking K7QM2XPA"));
    QCOMPARE(child<QListView>(&panel, "ticketList")->model()->rowCount(), 2);
    QVERIFY(child<QLabel>(&panel, "saleSummary")->text().contains(QStringLiteral("F3")));
    // Nothing to print from: the clerk finds the booking instead.
    QVERIFY(!child<QPushButton>(&panel, "printTickets")->isEnabled());
    QVERIFY(!child<QPushButton>(&panel, "saveTicketsPdf")->isEnabled());
    QVERIFY(!child<QLabel>(&panel, "resultChangeDue")->isVisible());
}

void TestDeskParts::lookupPanelOnlyShows()
{
    auto sale = sell(QStringLiteral("Parts Recital"), 3, QStringLiteral("Lookup Shown"), QStringLiteral("082 555 0300"));
    QVERIFY(sale.ok() && sale->stored);
    BookingLookupPanel panel(m_session.get());
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *table = child<QTableView>(&panel, "bookingTable");
    auto *message = child<QLabel>(&panel, "lookupMessage");

    panel.find(QStringLiteral("not a booking"));
    QCOMPARE(TextTone::of(message), TextTone::Bad);
    QVERIFY(message->text().startsWith(QStringLiteral("Enter a ticket code")));
    QCOMPARE(table->model()->rowCount(), 0);

    panel.find(sale->stored->tickets.first().code);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    QCOMPARE(table->model()->index(0, 0).data().toString(), sale->stored->reference);
    QCOMPARE(child<QListView>(&panel, "lookupTickets")->model()->rowCount(), 3);
    QCOMPARE(panel.currentBooking()->customerName, QStringLiteral("Lookup Shown"));

    panel.find(QStringLiteral("ZZZZ2222"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("No booking matches")), 10000);
    QCOMPARE(table->model()->rowCount(), 0);
}

void TestDeskParts::toolbarMakesThePagesQuestion()
{
    EventsToolbar toolbar;
    toolbar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&toolbar));
    QSignalSpy changed(&toolbar, &EventsToolbar::queryChanged);
    auto *search = child<QLineEdit>(&toolbar, "eventSearch");
    QTest::keyClicks(search, QStringLiteral("  jazz "));
    QCOMPARE(changed.count(), 0); // asked once the typing pauses
    QVERIFY(changed.wait(2000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(toolbar.query().search, QStringLiteral("jazz"));
    QVERIFY(!toolbar.query().status);

    auto *status = child<QComboBox>(&toolbar, "eventStatusFilter");
    status->setCurrentIndex(status->findData(int(EventStatus::Cancelled)));
    QCOMPARE(*toolbar.query().status, EventStatus::Cancelled);

    const QLocale locale;
    toolbar.setCount(100, -1);
    QVERIFY(child<QLabel>(&toolbar, "eventCount")->text() == QStringLiteral("%1 events loaded").arg(locale.toString(100)));
    toolbar.setCount(100, 2500);
    QVERIFY(child<QLabel>(&toolbar, "eventCount")->text()
            == QStringLiteral("%1 of %2 events loaded").arg(locale.toString(100), locale.toString(2500)));
}

void TestDeskParts::tonesComeFromTheFamilysLook()
{
    QLabel desk;
    DeskLook::setTone(&desk, TextTone::Plain);
    QVERIFY(desk.styleSheet().isEmpty()); // plain text needs no sheet
    DeskLook::setTone(&desk, TextTone::Bad);
    QCOMPARE(desk.styleSheet(), DeskLook::styleSheet());
    QCOMPARE(desk.property("tone").toString(), QStringLiteral("bad"));
    QCOMPARE(desk.palette().color(QPalette::WindowText), DeskLook::cancelledText().color());
    DeskLook::setTone(&desk, TextTone::Plain);
    QVERIFY(!desk.property("tone").isValid());

    QLabel admin;
    AdminLook::setTone(&admin, TextTone::Bad);
    QCOMPARE(admin.styleSheet(), AdminLook::styleSheet());
    QCOMPARE(TextTone::of(&admin), TextTone::Bad);
}

QTEST_MAIN(TestDeskParts)
#include "tst_deskparts.moc"

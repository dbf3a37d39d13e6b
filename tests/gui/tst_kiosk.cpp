#include "booking/bookingrepository.h"
#include "common/qrcode.h"
#include "session/terminalsession.h"
#include "events/eventrepository.h"
#include "kiosk/kioskeventdelegate.h"
#include "kiosk/kioskeventsmodel.h"
#include "kiosk/kioskview.h"
#include "kiosk/staffexitdialog.h"
#include "kiosk/ticketcodespanel.h"
#include "models/eventfiltermodel.h"
#include "models/eventtablemodel.h"
#include "staff/staffrepository.h"
#include "testdatabase.h"
#include "validation/validation.h"
#include "venue/venueformat.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest/QtTest>

#include <memory>

using namespace Marquee;

namespace {

const QString KioskLogin = QStringLiteral("tst_kiosk_terminal");
const QString ClerkLogin = QStringLiteral("tst_kiosk_clerk");
const QString AdminLogin = QStringLiteral("tst_kiosk_manager");
const QString DisabledClerkLogin = QStringLiteral("tst_kiosk_left_clerk"); // made and disabled by the admin
const QString Password = QStringLiteral("kiosk-test-pw");

// Connections of the test itself (the views have their own, through their sessions).
const QString AdminConnection = QStringLiteral("admin");  // makes the events, as a manager would
const QString DeskConnection = QStringLiteral("desk");    // the box office selling at the same time
const QString CheckConnection = QStringLiteral("check");  // the superuser, reading the stored rows back

template<typename T>
T *child(const QWidget &view, const char *name)
{
    T *widget = view.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

void click(QWidget *widget)
{
    QVERIFY(widget);
    QVERIFY2(widget->isEnabled(), qPrintable(widget->objectName()));
    QTest::mouseClick(widget, Qt::LeftButton);
}

} // namespace

class TestKiosk : public QObject
{
    Q_OBJECT

private:
    qint64 createEvent(const QString &title, int capacity, int maxPerBooking = 10)
    {
        QSqlDatabase db = QSqlDatabase::database(AdminConnection);
        EventDraft draft;
        draft.title = title;
        draft.venue = QStringLiteral("Main Hall");
        draft.startsAt = QDateTime::currentDateTimeUtc().addDays(3);
        draft.capacity = capacity;
        draft.price = Money::fromMinorUnits(35000);
        draft.maxTicketsPerBooking = maxPerBooking;
        EventRepository events(db);
        auto created = events.create(draft);
        if (!created) {
            qWarning() << "create event failed" << created.error().detail();
            return 0;
        }
        return created->id;
    }

    Result<BookingConfirmation> bookDirectly(qint64 eventId, int quantity, const QString &phone)
    {
        BookingRequest request;
        request.eventId = eventId;
        request.quantity = quantity;
        request.customerName = QStringLiteral("Walk-in Customer");
        request.customerPhone = phone;
        BookingRepository bookings(QSqlDatabase::database(DeskConnection));
        return bookings.book(request);
    }

    int count(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(CheckConnection));
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    std::unique_ptr<TerminalSession> startSession()
    {
        SessionInfo info;
        info.login = KioskLogin;
        info.group = StaffGroup::Kiosk;
        auto session = std::make_unique<TerminalSession>(m_database->profileFor(KioskLogin, Password), info);
        session->start();
        return session;
    }

    // The start page's "Buy tickets", then waits for the list to arrive.
    void openEvents(KioskView &view)
    {
        view.resetForNextCustomer();
        QSignalSpy loaded(view.eventFilter(), &EventFilterModel::firstPageLoaded);
        click(child<QPushButton>(view, "kioskBuy"));
        QCOMPARE(view.currentPage(), KioskView::Page::Events);
        QVERIFY(loaded.wait(5000));
    }

    QModelIndex listed(const KioskView &view, qint64 eventId)
    {
        const QAbstractItemModel *model = view.listedEvents();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(EventTableModel::EventIdRole).toLongLong() == eventId)
                return index;
        }
        return {};
    }

    void tapEvent(KioskView &view, qint64 eventId)
    {
        auto *list = child<QListView>(view, "kioskEventList");
        QVERIFY(list);
        const QModelIndex index = listed(view, eventId);
        QVERIFY(index.isValid());
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    }

    int remainingIn(const KioskView &view, qint64 eventId)
    {
        const Event *event = view.events()->eventById(eventId);
        return event ? event->remaining() : -1;
    }

    std::unique_ptr<Test::TestDatabase> m_database;
    std::unique_ptr<TerminalSession> m_session1;
    std::unique_ptr<TerminalSession> m_session2;
    std::unique_ptr<KioskView> m_view1;
    std::unique_ptr<KioskView> m_view2;

private slots:
    void initTestCase()
    {
        m_database = std::make_unique<Test::TestDatabase>(QStringLiteral("tst_kiosk"));
        QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
        QVERIFY(m_database->createLogin(KioskLogin, Password, QStringLiteral("marquee_kiosk")));
        QVERIFY(m_database->createLogin(ClerkLogin, Password, QStringLiteral("marquee_box_office")));
        QVERIFY(m_database->createLogin(AdminLogin, Password, QStringLiteral("marquee_admin")));
        // Roles outlive the database of an earlier run; the admin makes this one again below.
        QVERIFY(m_database->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(DisabledClerkLogin)));
        QVERIFY(m_database->open(CheckConnection).isOpen());
        QVERIFY(m_database->open(AdminConnection, m_database->profileFor(AdminLogin, Password)).isOpen());
        QVERIFY(m_database->open(DeskConnection, m_database->profileFor(ClerkLogin, Password)).isOpen());

        // Two terminals of the same venue, each with its own connections, side by side.
        m_session1 = startSession();
        m_session2 = startSession();
        m_view1 = std::make_unique<KioskView>(m_session1.get());
        m_view2 = std::make_unique<KioskView>(m_session2.get());
        for (KioskView *view : {m_view1.get(), m_view2.get()}) {
            view->resize(1366, 768);
            view->show();
            QVERIFY(QTest::qWaitForWindowExposed(view));
        }
    }

    void cleanupTestCase()
    {
        m_view1.reset();
        m_view2.reset();
        m_session1.reset();
        m_session2.reset();
        for (const QString &name : {CheckConnection, AdminConnection, DeskConnection}) {
            QSqlDatabase::database(name).close();
            QSqlDatabase::removeDatabase(name);
        }
        m_database.reset();
    }

    void bookingOnOneKioskShowsLiveOnTheOther()
    {
        const qint64 eventId = createEvent(QStringLiteral("Live Seats Concert"), 50);
        QVERIFY(eventId > 0);
        openEvents(*m_view1);
        openEvents(*m_view2);
        QCOMPARE(remainingIn(*m_view2, eventId), 50);

        tapEvent(*m_view1, eventId);
        QCOMPARE(m_view1->currentPage(), KioskView::Page::Event);
        click(child<QPushButton>(*m_view1, "kioskMore"));
        click(child<QPushButton>(*m_view1, "kioskMore"));
        QCOMPARE(child<QSpinBox>(*m_view1, "kioskQuantity")->value(), 3);
        const QString total = QStringLiteral("Total: ")
            + VenueFormat(m_view1->flow()->venue(), QLocale()).money(Money::fromMinorUnits(3 * 35000));
        QCOMPARE(child<QLabel>(*m_view1, "kioskTotal")->text(), total);
        click(child<QPushButton>(*m_view1, "kioskNext"));
        QCOMPARE(m_view1->currentPage(), KioskView::Page::Details);
        QCOMPARE(child<QLabel>(*m_view1, "kioskDetailsTickets")->text(), QStringLiteral("3 tickets"));
        QCOMPARE(child<QLabel>(*m_view1, "kioskDetailsTotal")->text(), total);
        QCOMPARE(m_view1->focusWidget(), child<QLineEdit>(*m_view1, "kioskName")); // the on-screen keyboard is for it
        QTest::keyClicks(child<QLineEdit>(*m_view1, "kioskName"), QStringLiteral("Ann Customer"));
        QTest::keyClicks(child<QLineEdit>(*m_view1, "kioskPhone"), QStringLiteral("081 234 5678"));
        click(child<QPushButton>(*m_view1, "kioskConfirm"));
        QVERIFY(m_view1->isBooking()); // busy, and the GUI went on running

        QTRY_COMPARE_WITH_TIMEOUT(m_view1->currentPage(), KioskView::Page::Confirmation, 10000);
        QVERIFY(m_view1->lastConfirmation().has_value());
        const BookingConfirmation confirmation = *m_view1->lastConfirmation();
        QCOMPARE(confirmation.ticketCodes.size(), 3);
        QVERIFY(Validation::isWellFormedBookingReference(confirmation.reference));
        QCOMPARE(child<QLabel>(*m_view1, "kioskReference")->text(),
                 QStringLiteral("Booking %1").arg(confirmation.reference));
        auto *tickets = child<TicketCodesPanel>(*m_view1, "kioskTickets");
        QCOMPARE(tickets->codes(), confirmation.ticketCodes);
        QCOMPARE(tickets->findChildren<QrCodeWidget *>().size(), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM marquee.tickets t JOIN marquee.bookings b ON b.id = t.booking_id "
                                      "WHERE b.event_id = %1").arg(eventId)), 3);

        // The other kiosk learns it through NOTIFY alone: nothing here asks it to refresh.
        QTRY_COMPARE_WITH_TIMEOUT(remainingIn(*m_view2, eventId), 47, 2500);
        QCOMPARE(listed(*m_view2, eventId).data(EventTableModel::RemainingRole).toInt(), 47);

        click(child<QPushButton>(*m_view1, "kioskDone"));
        QCOMPARE(m_view1->currentPage(), KioskView::Page::Start);
        QVERIFY(!m_view1->lastConfirmation().has_value());
    }

    void soldOutEventCannotBeBooked()
    {
        const qint64 soldOut = createEvent(QStringLiteral("Sold Out Gala"), 2);
        QVERIFY(soldOut > 0);
        QVERIFY(bookDirectly(soldOut, 2, QStringLiteral("0800000001")).ok());
        const int bookingsBefore = count(QStringLiteral("SELECT count(*) FROM marquee.bookings"));

        openEvents(*m_view1);
        const QModelIndex index = listed(*m_view1, soldOut);
        QVERIFY(index.isValid());
        QVERIFY(index.data(EventTableModel::SoldOutRole).toBool());
        QVERIFY(!(index.flags() & Qt::ItemIsEnabled));
        QVERIFY(!(index.flags() & Qt::ItemIsSelectable));
        QCOMPARE(KioskEventDelegate::badgeText(index), QStringLiteral("SOLD OUT"));
        tapEvent(*m_view1, soldOut);
        QCOMPARE(m_view1->currentPage(), KioskView::Page::Events);
        m_view1->chooseEvent(soldOut);
        QCOMPARE(m_view1->currentPage(), KioskView::Page::Events);

        // An event selling out while a customer is on its event page: the page says so at once.
        const qint64 lastSeat = createEvent(QStringLiteral("Last Seat Recital"), 1);
        openEvents(*m_view1);
        tapEvent(*m_view1, lastSeat);
        QCOMPARE(m_view1->currentPage(), KioskView::Page::Event);
        auto *next = child<QPushButton>(*m_view1, "kioskNext");
        QVERIFY(next->isEnabled());
        QVERIFY(bookDirectly(lastSeat, 1, QStringLiteral("0800000002")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!next->isEnabled(), 2500);
        QVERIFY(child<QLabel>(*m_view1, "kioskSeatsLeft")->text().contains(QStringLiteral("sold out")));
        QTRY_VERIFY_WITH_TIMEOUT(listed(*m_view1, lastSeat).data(EventTableModel::SoldOutRole).toBool(), 2500);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM marquee.bookings")), bookingsBefore + 1);

        // ... and on the details page, while the customer types their name.
        const qint64 lastEncore = createEvent(QStringLiteral("Last Seat Encore"), 1);
        openEvents(*m_view1);
        tapEvent(*m_view1, lastEncore);
        click(child<QPushButton>(*m_view1, "kioskNext"));
        QCOMPARE(m_view1->currentPage(), KioskView::Page::Details);
        auto *confirm = child<QPushButton>(*m_view1, "kioskConfirm");
        auto *notOnSale = child<QLabel>(*m_view1, "kioskDetailsNotOnSale");
        QVERIFY(confirm->isEnabled());
        QVERIFY(!notOnSale->isVisible());
        QVERIFY(bookDirectly(lastEncore, 1, QStringLiteral("0800000003")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!confirm->isEnabled(), 2500);
        QVERIFY(notOnSale->isVisible());
        QVERIFY(notOnSale->text().contains(QStringLiteral("sold out")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM marquee.bookings")), bookingsBefore + 2);
    }

    void invalidPhoneIsRefusedBesideTheField()
    {
        const qint64 eventId = createEvent(QStringLiteral("Phone Check Show"), 20);
        const int bookings = count(QStringLiteral("SELECT count(*) FROM marquee.bookings"));
        const int users = count(QStringLiteral("SELECT count(*) FROM marquee.users"));
        openEvents(*m_view1);
        tapEvent(*m_view1, eventId);
        QCOMPARE(m_view1->currentPage(), KioskView::Page::Event);
        click(child<QPushButton>(*m_view1, "kioskNext"));
        QCOMPARE(m_view1->currentPage(), KioskView::Page::Details);
        QTest::keyClicks(child<QLineEdit>(*m_view1, "kioskName"), QStringLiteral("Bob"));
        QTest::keyClicks(child<QLineEdit>(*m_view1, "kioskPhone"), QStringLiteral("12ab"));
        click(child<QPushButton>(*m_view1, "kioskConfirm"));

        auto *phoneError = child<QLabel>(*m_view1, "kioskPhoneError");
        QVERIFY(phoneError->isVisible());
        QCOMPARE(phoneError->text(), Error(ErrorCode::PhoneInvalid).message());
        QVERIFY(!child<QLabel>(*m_view1, "kioskNameError")->isVisible());
        QVERIFY(!m_view1->isBooking());
        QTest::qWait(300);
        QCOMPARE(m_view1->currentPage(), KioskView::Page::Details);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM marquee.bookings")), bookings);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM marquee.users")), users);

        // Typing in the field takes the message away.
        QTest::keyClick(child<QLineEdit>(*m_view1, "kioskPhone"), Qt::Key_Backspace);
        QVERIFY(!phoneError->isVisible());
    }

    void idleKioskForgetsTheCustomer()
    {
        const qint64 eventId = createEvent(QStringLiteral("Idle Test Night"), 20);
        openEvents(*m_view1);
        QTest::keyClicks(child<QLineEdit>(*m_view1, "kioskSearch"), QStringLiteral("Idle"));
        tapEvent(*m_view1, eventId);
        QCOMPARE(m_view1->currentPage(), KioskView::Page::Event);
        click(child<QPushButton>(*m_view1, "kioskNext"));
        QCOMPARE(m_view1->currentPage(), KioskView::Page::Details);
        QTest::keyClicks(child<QLineEdit>(*m_view1, "kioskName"), QStringLiteral("Carol"));
        QTest::keyClicks(child<QLineEdit>(*m_view1, "kioskPhone"), QStringLiteral("0812223333"));

        m_view1->setIdleTimeout(500);
        m_view1->setWarningTime(300); // "are you still there?" first, unanswered
        QTest::qWait(200);
        QCOMPARE(m_view1->currentPage(), KioskView::Page::Details); // not yet
        QTRY_COMPARE_WITH_TIMEOUT(m_view1->currentPage(), KioskView::Page::Start, 3000);
        QVERIFY(child<QLineEdit>(*m_view1, "kioskName")->text().isEmpty());
        QVERIFY(child<QLineEdit>(*m_view1, "kioskPhone")->text().isEmpty());
        QVERIFY(child<QLineEdit>(*m_view1, "kioskSearch")->text().isEmpty());
        QVERIFY(child<QLineEdit>(*m_view1, "kioskFindPhone")->text().isEmpty());
        QVERIFY(!m_view1->lastConfirmation().has_value());
        m_view1->setIdleTimeout(60 * 1000);
    }

    void findMyBooking()
    {
        const qint64 eventId = createEvent(QStringLiteral("Find Me Festival"), 20);
        auto booked = bookDirectly(eventId, 2, QStringLiteral("089 999 9999"));
        QVERIFY(booked.ok());
        KioskView &view = *m_view2;
        view.resetForNextCustomer();
        click(child<QPushButton>(view, "kioskFindBooking"));
        QCOMPARE(view.currentPage(), KioskView::Page::FindBooking);

        auto *phone = child<QLineEdit>(view, "kioskFindPhone");
        auto *reference = child<QLineEdit>(view, "kioskFindReference");
        auto *result = child<QWidget>(view, "kioskFindResult");
        auto *message = child<QLabel>(view, "kioskFindMessage");
        QTest::keyClicks(phone, QStringLiteral("0899999999"));
        // Typed as people read it: lower case, with a space.
        QTest::keyClicks(reference, booked->reference.left(4).toLower() + QLatin1Char(' ') + booked->reference.mid(4));
        click(child<QPushButton>(view, "kioskFind"));
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 5000);
        QVERIFY(!message->isVisible());
        auto *tickets = child<TicketCodesPanel>(view, "kioskFoundTickets");
        QCOMPARE(tickets->codes(), booked->ticketCodes);
        QCOMPARE(tickets->findChildren<QrCodeWidget *>().size(), 2);
        QVERIFY(child<QLabel>(view, "kioskFoundDetails")->text().contains(QStringLiteral("Find Me Festival")));

        // The right reference with another phone is not found, and shows nothing of the booking.
        phone->clear();
        QTest::keyClicks(phone, QStringLiteral("0811111111"));
        click(child<QPushButton>(view, "kioskFind"));
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 5000);
        QVERIFY(message->text().contains(QStringLiteral("could not find")));
        QVERIFY(!result->isVisible());
        QVERIFY(tickets->codes().isEmpty());

        // A reference that is not 8 letters and digits (the booking number, say) is refused beside its field.
        reference->clear();
        QTest::keyClicks(reference, QString::number(booked->bookingId));
        click(child<QPushButton>(view, "kioskFind"));
        QVERIFY(child<QLabel>(view, "kioskFindReferenceError")->isVisible());
        view.resetForNextCustomer();
        QVERIFY(phone->text().isEmpty());
    }

    void leavingNeedsAStaffLogin()
    {
        KioskView &view = *m_view1;
        view.resetForNextCustomer();
        QSignalSpy exits(&view, &KioskView::exitRequested);
        click(child<QPushButton>(view, "kioskStaff"));
        auto *dialog = view.findChild<StaffExitDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *login = child<QLineEdit>(*dialog, "staffLogin");
        auto *password = child<QLineEdit>(*dialog, "staffPassword");
        auto *message = child<QLabel>(*dialog, "staffMessage");

        // The kiosk's own login is not staff.
        QTest::keyClicks(login, KioskLogin);
        QTest::keyClicks(password, Password);
        click(child<QPushButton>(*dialog, "staffUnlock"));
        QVERIFY(dialog->isChecking());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking(), 5000);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("box office or admin")));
        QCOMPARE(exits.count(), 0);

        // A login that does not exist.
        const QString notCorrect = QStringLiteral("The login or password is not correct.");
        login->clear();
        QTest::keyClicks(login, QStringLiteral("tst_kiosk_nobody"));
        QTest::keyClicks(password, Password);
        click(child<QPushButton>(*dialog, "staffUnlock"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking(), 5000);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), notCorrect);
        QCOMPARE(exits.count(), 0);

        // A real box office login with a wrong password: its own sentence, and the kiosk stays.
        login->clear();
        QTest::keyClicks(login, ClerkLogin);
        QTest::keyClicks(password, QStringLiteral("not-the-clerk-password"));
        click(child<QPushButton>(*dialog, "staffUnlock"));
        QVERIFY(dialog->isChecking());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking(), 5000);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), notCorrect);
        QVERIFY(password->text().isEmpty());
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->verifiedLogin().isEmpty());
        QCOMPARE(view.currentPage(), KioskView::Page::Start);
        QCOMPARE(exits.count(), 0);

        // A box office login an admin disabled cannot leave the kiosk, even with its right password.
        StaffRepository staff(QSqlDatabase::database(AdminConnection));
        QVERIFY(staff.create(DisabledClerkLogin, Password, StaffGroup::BoxOffice, QStringLiteral("Left the venue")).ok());
        QVERIFY(staff.setEnabled(DisabledClerkLogin, false).ok());
        login->clear();
        QTest::keyClicks(login, DisabledClerkLogin);
        QTest::keyClicks(password, Password);
        click(child<QPushButton>(*dialog, "staffUnlock"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking(), 5000);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), Error(ErrorCode::LoginDisabled).message());
        QVERIFY(dialog->isVisible());
        QCOMPARE(exits.count(), 0);
        // And with a wrong password it is told no more than any wrong password.
        QTest::keyClicks(password, QStringLiteral("a-guess-123"));
        click(child<QPushButton>(*dialog, "staffUnlock"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking(), 5000);
        QCOMPARE(message->text(), notCorrect);
        QCOMPARE(exits.count(), 0);

        // A box office login unlocks.
        login->clear();
        QTest::keyClicks(login, ClerkLogin);
        QTest::keyClicks(password, Password);
        click(child<QPushButton>(*dialog, "staffUnlock"));
        QTRY_COMPARE_WITH_TIMEOUT(exits.count(), 1, 5000);
    }
};

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"

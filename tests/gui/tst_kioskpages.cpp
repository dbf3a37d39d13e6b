#include "booking/bookingservice.h"
#include "common/qrcode.h"
#include "database/connection.h"
#include "events/eventrepository.h"
#include "kiosk/kioskconfirmationpage.h"
#include "kiosk/kioskdetailspage.h"
#include "kiosk/kioskeventpage.h"
#include "kiosk/kioskeventsmodel.h"
#include "kiosk/kioskeventspage.h"
#include "kiosk/kioskfindbookingpage.h"
#include "kiosk/kioskflow.h"
#include "kiosk/kioskmessagelabel.h"
#include "kiosk/kioskstyle.h"
#include "kiosk/staffexitdialog.h"
#include "kiosk/ticketcodespanel.h"
#include "models/eventfiltermodel.h"
#include "models/eventtablemodel.h"
#include "session/terminalsession.h"
#include "testdatabase.h"
#include "venue/venueformat.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest/QtTest>

#include <memory>

using namespace Marquee;

namespace {

const QString AdminConnection = QStringLiteral("pages-admin"); // makes the events, as a manager would
const QString CheckConnection = QStringLiteral("pages-check"); // the superuser, reading the stored rows back

template<typename T>
T *child(const QWidget &widget, const char *name)
{
    T *found = widget.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void click(QWidget *widget)
{
    QVERIFY(widget);
    QVERIFY2(widget->isEnabled(), qPrintable(widget->objectName()));
    QTest::mouseClick(widget, Qt::LeftButton);
}

void showPage(QWidget &page)
{
    page.setStyleSheet(KioskStyle::styleSheet());
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
}

} // namespace

// Each kiosk page class on its own, against a real server through a kiosk login's own session (password checked):
// what the page adds to the whole kiosk (tst_kiosk) — its limits, its stale answers, its retry key.
class TestKioskPages : public QObject
{
    Q_OBJECT

private:
    qint64 createEvent(const QString &title, int capacity, int maxPerBooking = 10)
    {
        EventDraft draft;
        draft.title = title;
        draft.venue = QStringLiteral("Studio");
        draft.startsAt = QDateTime::currentDateTimeUtc().addDays(4);
        draft.capacity = capacity;
        draft.price = Money::fromMinorUnits(42050);
        draft.maxTicketsPerBooking = maxPerBooking;
        auto created = EventRepository(QSqlDatabase::database(AdminConnection)).create(draft);
        if (!created) {
            qWarning() << "create event failed" << created.error().detail();
            return 0;
        }
        return created->id;
    }

    Event storedEvent(qint64 eventId)
    {
        auto event = EventRepository(QSqlDatabase::database(AdminConnection)).get(eventId);
        return event ? event.value() : Event();
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(CheckConnection));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    // The idempotency key of the kiosk's booking call that waits for a lock right now, as the server received it.
    QString keyOfTheWaitingBooking(const QString &login)
    {
        const QString query = scalar(QStringLiteral("SELECT query FROM pg_stat_activity WHERE usename = '%1' "
                                                    "AND query LIKE 'EXECUTE%' AND wait_event_type = 'Lock'")
                                         .arg(login))
                                  .toString();
        static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        return uuid.match(query).captured(0);
    }

    std::unique_ptr<TerminalSession> kioskSession(ConnectionProfile profile)
    {
        SessionInfo info;
        info.login = profile.user;
        info.group = StaffGroup::Kiosk;
        auto session = std::make_unique<TerminalSession>(profile, info);
        session->start();
        return session;
    }

    std::unique_ptr<Test::TestDatabase> m_database;
    ConnectionProfile m_kiosk;
    std::unique_ptr<TerminalSession> m_session;

private slots:
    void initTestCase()
    {
        m_database = std::make_unique<Test::TestDatabase>(QStringLiteral("tst_kioskpages"));
        QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
        QVERIFY(m_database->open(CheckConnection).isOpen());
        QVERIFY(m_database->open(AdminConnection, m_database->loginProfile(QStringLiteral("marquee_admin"))).isOpen());
        m_kiosk = m_database->loginProfile(QStringLiteral("marquee_kiosk"));
        m_session = kioskSession(m_kiosk);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        for (const QString &name : {CheckConnection, AdminConnection}) {
            QSqlDatabase::database(name).close();
            QSqlDatabase::removeDatabase(name);
        }
        m_database.reset();
    }

    void eventsPageListsNarrowsAndChooses()
    {
        const qint64 open = createEvent(QStringLiteral("Pages Open Rehearsal"), 20);
        const qint64 full = createEvent(QStringLiteral("Pages Full House"), 1);
        QVERIFY(open > 0 && full > 0);
        QVERIFY(m_session->bookings()
                    .book([&] {
                        BookingRequest request;
                        request.eventId = full;
                        request.quantity = 1;
                        request.customerName = QStringLiteral("First Come");
                        request.customerPhone = QStringLiteral("0810000001");
                        return request;
                    }())
                    .wait(10000)
                    .ok());

        KioskEventsPage page(EventTableModel::forSession(m_session.get()));
        showPage(page);
        QSignalSpy chosen(&page, &KioskEventsPage::eventChosen);
        QSignalSpy loaded(page.filter(), &EventFilterModel::firstPageLoaded);
        page.askForUpcomingEvents();
        QVERIFY(loaded.wait(10000));
        auto *list = child<QListView>(page, "kioskEventList");
        auto *message = child<QLabel>(page, "kioskEventsMessage");
        auto indexOf = [&](qint64 eventId) {
            for (int row = 0; row < page.listed()->rowCount(); ++row) {
                const QModelIndex index = page.listed()->index(row, 0);
                if (index.data(EventTableModel::EventIdRole).toLongLong() == eventId)
                    return index;
            }
            return QModelIndex();
        };
        auto tap = [&](qint64 eventId) {
            const QModelIndex index = indexOf(eventId);
            QVERIFY(index.isValid());
            list->scrollTo(index);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        };
        QVERIFY(!message->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(indexOf(full).data(EventTableModel::SoldOutRole).toBool(), 5000);

        // A sold-out card cannot be chosen; an open one can.
        tap(full);
        QCOMPARE(chosen.count(), 0);
        tap(open);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toLongLong(), open);

        // Typing narrows at once, and says so when nothing is left.
        auto *search = child<QLineEdit>(page, "kioskSearch");
        QTest::keyClicks(search, QStringLiteral("no such event anywhere"));
        QCOMPARE(page.listed()->rowCount(), 0);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("No events match your search. Try another word or date."));
        click(child<QRadioButton>(page, "kioskToday"));

        // The next customer finds the whole list again.
        page.forgetCustomer();
        QVERIFY(search->text().isEmpty());
        QVERIFY(child<QRadioButton>(page, "kioskAllDates")->isChecked());
        QVERIFY(indexOf(open).isValid());
        QVERIFY(!message->isVisible());
    }

    void eventPageKeepsTheQuantityBookable()
    {
        const qint64 eventId = createEvent(QStringLiteral("Pages Stepper Show"), 20, 4);
        QVERIFY(eventId > 0);
        KioskFlow flow;
        KioskEventPage page(&flow);
        showPage(page);
        flow.chooseEvent(storedEvent(eventId));
        auto *more = child<QPushButton>(page, "kioskMore");
        auto *less = child<QPushButton>(page, "kioskLess");
        auto *quantity = child<QSpinBox>(page, "kioskQuantity");
        auto *total = child<QLabel>(page, "kioskTotal");
        auto *next = child<QPushButton>(page, "kioskNext");
        auto *seatsLeft = child<QLabel>(page, "kioskSeatsLeft");
        QCOMPARE(child<QLabel>(page, "kioskBookingEvent")->text(), QStringLiteral("Pages Stepper Show"));
        QVERIFY(!less->isEnabled());
        QCOMPARE(seatsLeft->text(), QStringLiteral("20 seats left"));

        for (int i = 0; i < 3; ++i)
            click(more);
        QCOMPARE(quantity->value(), 4);
        QVERIFY(!more->isEnabled()); // four per booking for this event
        QCOMPARE(flow.order().quantity, 4);
        QCOMPARE(total->text(), QStringLiteral("Total: ") + VenueFormat(flow.venue(), QLocale()).money(Money::fromMinorUnits(4 * 42050)));
        click(less);
        QCOMPARE(flow.order().quantity, 3);

        // Seats sold elsewhere: the stepper follows what is left, and a sold-out event says so, in its own style.
        Event soldElsewhere = storedEvent(eventId);
        soldElsewhere.ticketsSold = 18;
        flow.updateEvent(soldElsewhere);
        QCOMPARE(quantity->value(), 2);
        QVERIFY(!more->isEnabled());
        soldElsewhere.ticketsSold = 20;
        flow.updateEvent(soldElsewhere);
        QVERIFY(!next->isEnabled());
        QCOMPARE(seatsLeft->text(), QStringLiteral("Sorry, this event has just sold out."));
        QCOMPARE(seatsLeft->property("kioskRole").toString(), QStringLiteral("alert"));
        flow.updateEvent(storedEvent(eventId));
        QCOMPARE(seatsLeft->property("kioskRole").toString(), QString());

        click(next);
        QCOMPARE(flow.page(), KioskFlow::Page::Details);
        click(child<QPushButton>(page, "kioskBookingBack"));
        QCOMPARE(flow.page(), KioskFlow::Page::Events);
    }

    // The server cannot answer in time (a lock held elsewhere): the customer presses Confirm again, and the kiosk
    // repeats the same attempt with the same idempotency key; an attempt they changed gets a new key.
    void detailsPageRetriesAnUnansweredAttemptWithItsKey()
    {
        const qint64 eventId = createEvent(QStringLiteral("Pages Retry Night"), 10);
        QVERIFY(eventId > 0);
        ConnectionProfile impatient = m_kiosk;
        impatient.lockTimeoutMs = 700;
        auto session = kioskSession(impatient);
        EventTableModel *events = EventTableModel::forSession(session.get());
        KioskFlow flow;
        KioskDetailsPage page(session.get(), events, &flow);
        showPage(page);
        QSignalSpy booked(&page, &KioskDetailsPage::booked);
        flow.chooseEvent(storedEvent(eventId));
        flow.setQuantity(2);
        auto *name = child<QLineEdit>(page, "kioskName");
        auto *phone = child<QLineEdit>(page, "kioskPhone");
        auto *confirm = child<QPushButton>(page, "kioskConfirm");
        auto *message = child<QLabel>(page, "kioskBookingMessage");
        QCOMPARE(child<QLabel>(page, "kioskDetailsTickets")->text(), QStringLiteral("2 tickets"));
        QTest::keyClicks(name, QStringLiteral("Retry Customer"));
        QTest::keyClicks(phone, QStringLiteral("0812223344"));

        // An admin's open transaction holds the event's row: the booking waits, then times out.
        QSqlDatabase admin = QSqlDatabase::database(AdminConnection);
        auto holdTheEvent = [&] {
            QVERIFY(admin.transaction());
            QSqlQuery hold(admin);
            QVERIFY(hold.exec(QStringLiteral("SELECT 1 FROM marquee.events WHERE id = %1 FOR UPDATE").arg(eventId)));
        };
        holdTheEvent();
        click(confirm);
        QVERIFY(flow.isBooking());
        QString firstKey;
        QTRY_VERIFY_WITH_TIMEOUT(!(firstKey = keyOfTheWaitingBooking(impatient.user)).isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!flow.isBooking(), 10000);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), Error(ErrorCode::Timeout).message());
        QCOMPARE(booked.count(), 0);
        QVERIFY(admin.rollback());

        click(confirm); // the same details: the same attempt
        QTRY_COMPARE_WITH_TIMEOUT(booked.count(), 1, 10000);
        const auto confirmation = booked.at(0).at(0).value<BookingConfirmation>();
        QCOMPARE(confirmation.ticketCodes.size(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT idempotency_key::text FROM marquee.bookings WHERE id = %1")
                            .arg(confirmation.bookingId))
                     .toString(),
                 firstKey);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1").arg(eventId)).toInt(), 1);
        QVERIFY(!flow.order().event); // the next customer starts clean
        QVERIFY(name->text().isEmpty());

        // Again, but the customer corrects their phone before pressing Confirm again: a new attempt, a new key.
        flow.chooseEvent(storedEvent(eventId));
        QTest::keyClicks(name, QStringLiteral("Second Customer"));
        QTest::keyClicks(phone, QStringLiteral("0815556677"));
        holdTheEvent();
        click(confirm);
        QString unansweredKey;
        QTRY_VERIFY_WITH_TIMEOUT(!(unansweredKey = keyOfTheWaitingBooking(impatient.user)).isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!flow.isBooking(), 10000);
        QVERIFY(admin.rollback());
        phone->clear();
        QTest::keyClicks(phone, QStringLiteral("0815556678"));
        click(confirm);
        QTRY_COMPARE_WITH_TIMEOUT(booked.count(), 2, 10000);
        const auto second = booked.at(1).at(0).value<BookingConfirmation>();
        const QString secondKey =
            scalar(QStringLiteral("SELECT idempotency_key::text FROM marquee.bookings WHERE id = %1").arg(second.bookingId))
                .toString();
        QVERIFY(!secondKey.isEmpty());
        QVERIFY(secondKey != unansweredKey);
        QVERIFY(secondKey != firstKey);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1").arg(eventId)).toInt(), 2);
    }

    void confirmationPageShowsWhatTheDatabaseBooked()
    {
        const qint64 eventId = createEvent(QStringLiteral("Pages Confirmed Gala"), 10);
        BookingRequest request;
        request.eventId = eventId;
        request.quantity = 2;
        request.customerName = QStringLiteral("Confirmed Customer");
        request.customerPhone = QStringLiteral("0817778899");
        auto answer = m_session->bookings().book(request).wait(10000);
        QVERIFY(answer.ok());

        KioskFlow flow;
        KioskConfirmationPage page(&flow);
        showPage(page);
        page.showConfirmation(answer.value(), storedEvent(eventId));
        QCOMPARE(child<QLabel>(page, "kioskReference")->text(), QStringLiteral("Booking %1").arg(answer->reference));
        const QString details = child<QLabel>(page, "kioskConfirmationDetails")->text();
        QVERIFY(details.contains(QStringLiteral("Pages Confirmed Gala")));
        QVERIFY(details.contains(QStringLiteral("2 tickets")));
        QVERIFY(details.contains(answer->totalAmount.toDisplayString(QLocale())));
        auto *tickets = child<TicketCodesPanel>(page, "kioskTickets");
        QCOMPARE(tickets->codes(), answer->ticketCodes);
        QCOMPARE(tickets->findChildren<QrCodeWidget *>().size(), 2);

        flow.show(KioskFlow::Page::Confirmation);
        click(child<QPushButton>(page, "kioskDone"));
        QCOMPARE(flow.page(), KioskFlow::Page::Start);
        page.forgetCustomer();
        QVERIFY(!page.confirmation());
        QVERIFY(tickets->codes().isEmpty());
        QVERIFY(child<QLabel>(page, "kioskReference")->text().isEmpty());
    }

    void findBookingPageDropsTheAnswerOfACustomerWhoLeft()
    {
        const qint64 eventId = createEvent(QStringLiteral("Pages Walked Away"), 10);
        BookingRequest request;
        request.eventId = eventId;
        request.quantity = 1;
        request.customerName = QStringLiteral("Forgetful Customer");
        request.customerPhone = QStringLiteral("0816667788");
        auto answer = m_session->bookings().book(request).wait(10000);
        QVERIFY(answer.ok());

        KioskFlow flow;
        KioskFindBookingPage page(m_session.get(), &flow);
        showPage(page);
        auto *phone = child<QLineEdit>(page, "kioskFindPhone");
        auto *reference = child<QLineEdit>(page, "kioskFindReference");
        auto *result = child<QWidget>(page, "kioskFindResult");
        auto *find = child<QPushButton>(page, "kioskFind");
        QTest::keyClicks(phone, QStringLiteral("081 666 7788"));
        QTest::keyClicks(reference, answer->reference);
        click(find);
        QVERIFY(page.isFinding());
        QVERIFY(!find->isEnabled());
        page.forgetCustomer(); // the idle reset, while the answer is on its way
        QVERIFY(!page.isFinding());
        QVERIFY(find->isEnabled());
        QTest::qWait(1000);
        QVERIFY(!result->isVisible());
        QVERIFY(child<TicketCodesPanel>(page, "kioskFoundTickets")->codes().isEmpty());

        // Asked again and waited for: found, with the booking as stored.
        QTest::keyClicks(phone, QStringLiteral("0816667788"));
        QTest::keyClicks(reference, answer->reference.toLower());
        click(find);
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 10000);
        QCOMPARE(child<QLabel>(page, "kioskFoundReference")->text(), QStringLiteral("Booking %1").arg(answer->reference));
        QVERIFY(child<QLabel>(page, "kioskFoundDetails")->text().contains(QStringLiteral("Pages Walked Away")));
        // A kiosk's booking is a reservation: it says so, and by when to pay, instead of looking like a ticket.
        QVERIFY(child<QLabel>(page, "kioskFoundCancelled")->isVisible());
        QVERIFY(child<QLabel>(page, "kioskFoundCancelled")->text().contains(QStringLiteral("box office")));
        QCOMPARE(child<QLabel>(page, "kioskFoundCancelled")->property("kioskRole").toString(), QStringLiteral("notice"));
        QCOMPARE(child<TicketCodesPanel>(page, "kioskFoundTickets")->codes(), answer->ticketCodes);
    }

    // A check on its way when staff close the dialog (or the idle reset does) is dropped, never answered into a
    // dead dialog; a box office login unlocks.
    void staffExitDialogChecksThroughSignInCheck()
    {
        const ConnectionProfile clerk = m_database->loginProfile(QStringLiteral("marquee_box_office"));
        {
            auto *dialog = new StaffExitDialog(m_session.get());
            dialog->show();
            QTest::keyClicks(child<QLineEdit>(*dialog, "staffLogin"), clerk.user);
            QTest::keyClicks(child<QLineEdit>(*dialog, "staffPassword"), clerk.password);
            click(child<QPushButton>(*dialog, "staffUnlock"));
            QVERIFY(dialog->isChecking());
            delete dialog;
            QTest::qWait(1500); // the answer arrives and finds nobody
        }
        StaffExitDialog dialog(m_session.get());
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClicks(child<QLineEdit>(dialog, "staffLogin"), clerk.user);
        QTest::keyClicks(child<QLineEdit>(dialog, "staffPassword"), clerk.password);
        click(child<QPushButton>(dialog, "staffUnlock"));
        QVERIFY(dialog.isChecking());
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 10000);
        QCOMPARE(dialog.verifiedLogin(), clerk.user);
        QVERIFY(!dialog.isChecking());
    }

    void messagesAreMadeAgainInTheNewLanguage()
    {
        QWidget page;
        auto *label = new KioskMessageLabel(QStringLiteral("message"), &page);
        QString language = QStringLiteral("first");
        label->showMessage([&language] { return language; });
        QCOMPARE(label->text(), QStringLiteral("first"));
        QVERIFY(label->hasMessage());
        language = QStringLiteral("second");
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(label, &change);
        QCOMPARE(label->text(), QStringLiteral("second"));
        label->clearMessage();
        QVERIFY(!label->hasMessage());
        QVERIFY(label->text().isEmpty());
        QVERIFY(label->isHidden());
    }
};

QTEST_MAIN(TestKioskPages)
#include "tst_kioskpages.moc"

#include "common/error.h"
#include "kiosk/kioskflow.h"

#include <QSignalSpy>
#include <QtTest/QtTest>

using namespace Marquee;

namespace {

Event anEvent(qint64 id, int capacity, int sold = 0, int maxPerBooking = 10)
{
    Event e;
    e.id = id;
    e.title = QStringLiteral("Event %1").arg(id);
    e.venue = QStringLiteral("Main Hall");
    e.startsAt = QDateTime::currentDateTimeUtc().addDays(2);
    e.capacity = capacity;
    e.ticketsSold = sold;
    e.price = Money::fromMinorUnits(12550);
    e.maxTicketsPerBooking = maxPerBooking;
    return e;
}

// Any input the kiosk's application sees, as a finger or a key would make it.
void touch()
{
    QObject somewhere;
    QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
    QCoreApplication::sendEvent(&somewhere, &key);
}

} // namespace

// The kiosk's flow on its own (no widgets, no server): the order between pages, the booking attempt's
// idempotency key, and the idle reset.
class TestKioskFlow : public QObject
{
    Q_OBJECT

private slots:
    void startsAtTheStartPage()
    {
        KioskFlow flow;
        QCOMPARE(flow.page(), KioskFlow::Page::Start);
        QCOMPARE(flow.idleTimeout(), 60 * 1000);
        QSignalSpy shown(&flow, &KioskFlow::pageShown);
        flow.show(KioskFlow::Page::Events);
        QCOMPARE(flow.page(), KioskFlow::Page::Events);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).value<KioskFlow::Page>(), KioskFlow::Page::Events);
    }

    void theOrderKeepsWithinWhatMayBeBooked()
    {
        KioskFlow flow;
        QSignalSpy chosen(&flow, &KioskFlow::eventChosen);
        flow.chooseEvent(anEvent(1, 100, 0, 6));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(flow.order().quantity, 1);
        flow.setQuantity(0);
        QCOMPARE(flow.order().quantity, 1);
        flow.setQuantity(9); // more than one booking may take
        QCOMPARE(flow.order().quantity, 6);
        QCOMPARE(flow.order().total(), Money::fromMinorUnits(6 * 12550));
        QVERIFY(flow.order().canBook());

        // The same event chosen again (Back, then the same card) keeps the quantity.
        flow.chooseEvent(anEvent(1, 100, 0, 6));
        QCOMPARE(flow.order().quantity, 6);
        QCOMPARE(chosen.count(), 2);

        // Seats sold elsewhere: the quantity follows what is left; other events change nothing.
        flow.updateEvent(anEvent(2, 100, 99));
        QCOMPARE(flow.order().quantity, 6);
        flow.updateEvent(anEvent(1, 100, 97, 6));
        QCOMPARE(flow.order().maxQuantity(), 3);
        QCOMPARE(flow.order().quantity, 3);
        // Sold out meanwhile: nothing may be booked, and the quantity on screen stays as it was.
        flow.updateEvent(anEvent(1, 100, 100, 6));
        QVERIFY(!flow.order().canBook());
        QCOMPARE(flow.order().quantity, 3);

        // Another event is a new order.
        flow.chooseEvent(anEvent(3, 50));
        QCOMPARE(flow.order().quantity, 1);
        QCOMPARE(flow.order().event->id, qint64(3));
        flow.clearOrder();
        QVERIFY(!flow.order().event);
        QVERIFY(!flow.order().canBook());
    }

    void eachPressIsANewAttempt()
    {
        KioskFlow flow;
        flow.chooseEvent(anEvent(1, 100));
        const BookingRequest first = flow.bookingAttempt(QStringLiteral("Ann"), QStringLiteral("0812345678"));
        QCOMPARE(first.eventId, qint64(1));
        QCOMPARE(first.quantity, 1);
        QCOMPARE(first.paymentMethod, PaymentMethod::Card);
        QVERIFY(!first.idempotencyKey.isNull());
        // Refused for a reason that is known (sold out, a bad phone): the next press is a new attempt.
        flow.bookingFailed(first, Error(ErrorCode::SoldOut));
        const BookingRequest second = flow.bookingAttempt(QStringLiteral("Ann"), QStringLiteral("0812345678"));
        QVERIFY(second.idempotencyKey != first.idempotencyKey);
        // Answered (no failure reported): the next press is a new attempt too.
        const BookingRequest third = flow.bookingAttempt(QStringLiteral("Ann"), QStringLiteral("0812345678"));
        QVERIFY(third.idempotencyKey != second.idempotencyKey);
    }

    void anAttemptWithAnUnknownOutcomeKeepsItsKey_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("connection lost") << int(ErrorCode::ConnectionLost);
        QTest::newRow("timeout") << int(ErrorCode::Timeout);
        QTest::newRow("conflict") << int(ErrorCode::Conflict);
    }

    void anAttemptWithAnUnknownOutcomeKeepsItsKey()
    {
        QFETCH(int, code);
        const Error unknown{ErrorCode(code)};
        const QString ann = QStringLiteral("Ann");
        const QString phone = QStringLiteral("0812345678");
        KioskFlow flow;
        // One press of Confirm whose answer never came; returns the key it carried.
        auto unanswered = [&flow, &unknown](const QString &name, const QString &phoneNumber) {
            const BookingRequest attempt = flow.bookingAttempt(name, phoneNumber);
            flow.bookingFailed(attempt, unknown);
            return attempt.idempotencyKey;
        };
        flow.chooseEvent(anEvent(1, 100));
        flow.setQuantity(2);
        const QUuid key = unanswered(ann, phone);

        // Confirm again with the same details, as often as the customer likes: the same attempt, the same key.
        QCOMPARE(unanswered(ann, phone), key);
        QCOMPARE(unanswered(ann, phone), key);
        // Back to the list and the same event again: still the same attempt.
        flow.chooseEvent(anEvent(1, 100));
        QCOMPARE(unanswered(ann, phone), key);

        // A changed attempt is a new one, with a new key, and the old key is gone with the change.
        flow.setQuantity(3);
        const QUuid moreTickets = unanswered(ann, phone);
        QVERIFY(moreTickets != key);
        flow.setQuantity(2);
        const QUuid backToTwo = unanswered(ann, phone);
        QVERIFY(backToTwo != key && backToTwo != moreTickets);
        const QUuid otherName = unanswered(QStringLiteral("Anna"), phone);
        QVERIFY(otherName != backToTwo);
        const QUuid otherPhone = unanswered(QStringLiteral("Anna"), QStringLiteral("0899999999"));
        QVERIFY(otherPhone != otherName);
        flow.chooseEvent(anEvent(2, 100));
        flow.setQuantity(2);
        const QUuid otherEvent = unanswered(QStringLiteral("Anna"), QStringLiteral("0899999999"));
        QVERIFY(otherEvent != otherPhone);
        QCOMPARE(unanswered(QStringLiteral("Anna"), QStringLiteral("0899999999")), otherEvent);

        // The next customer never inherits a key, even with the same details.
        flow.forgetCustomer();
        flow.chooseEvent(anEvent(2, 100));
        flow.setQuantity(2);
        QVERIFY(flow.bookingAttempt(QStringLiteral("Anna"), QStringLiteral("0899999999")).idempotencyKey != otherEvent);
    }

    void idleForgetsTheCustomer()
    {
        KioskFlow flow;
        QSignalSpy forgotten(&flow, &KioskFlow::customerForgotten);
        QSignalSpy asked(&flow, &KioskFlow::stillThereAsked);
        flow.setIdleTimeout(150);
        flow.setWarningTime(300);
        flow.setWatchingInput(true);
        flow.chooseEvent(anEvent(1, 100));
        flow.show(KioskFlow::Page::Details);
        // First the question, with the seconds left; the customer is still there meanwhile.
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 2000);
        QCOMPARE(asked.at(0).at(0).toInt(), 1);
        QVERIFY(flow.isAskingStillThere());
        QCOMPARE(flow.page(), KioskFlow::Page::Details);
        QVERIFY(flow.order().event);
        // Touching the screen is not an answer: only "More time" is.
        touch();
        QTRY_COMPARE_WITH_TIMEOUT(flow.page(), KioskFlow::Page::Start, 2000);
        QCOMPARE(forgotten.count(), 1);
        QVERIFY(!flow.order().event);
        QVERIFY(!flow.isAskingStillThere());
    }

    void moreTimeKeepsTheCustomer()
    {
        KioskFlow flow;
        QSignalSpy asked(&flow, &KioskFlow::stillThereAsked);
        QSignalSpy done(&flow, &KioskFlow::stillThereDone);
        flow.setIdleTimeout(200);
        flow.setWarningTime(400);
        flow.setWatchingInput(true);
        flow.chooseEvent(anEvent(1, 100));
        flow.show(KioskFlow::Page::Event);
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 2000);
        flow.moreTime();
        QCOMPARE(done.count(), 1);
        QVERIFY(!flow.isAskingStillThere());
        QTest::qWait(350); // past the warning it would have had
        QCOMPARE(flow.page(), KioskFlow::Page::Event);
        QVERIFY(flow.order().event);
        // ... and the whole idle time again before the next question.
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 2, 2000);
    }

    void accessibilityModeDoublesEveryTimeout()
    {
        KioskFlow flow;
        flow.setIdleTimeout(1000);
        flow.setWarningTime(500);
        QCOMPARE(flow.effectiveIdleTimeout(), 1000);
        QCOMPARE(flow.effectiveWarningTime(), 500);
        for (int option = 0; option < 4; ++option) {
            KioskAssistance assistance;
            assistance.speech = option == 0;
            assistance.largerText = option == 1;
            assistance.highContrast = option == 2;
            assistance.moreTime = option == 3;
            flow.setAssistance(assistance);
            QVERIFY(flow.effectiveIdleTimeout() >= 2000);
            QVERIFY(flow.effectiveWarningTime() >= 1000);
        }
        // The next customer gets the kiosk as it was: the assistance is theirs, not the kiosk's.
        QSignalSpy changed(&flow, &KioskFlow::assistanceChanged);
        flow.forgetCustomer();
        QCOMPARE(changed.count(), 1);
        QVERIFY(flow.assistance() == KioskAssistance());
        QCOMPARE(flow.effectiveIdleTimeout(), 1000);
    }

    void anUntouchedStartPageIsNotAsked()
    {
        KioskFlow flow;
        QSignalSpy asked(&flow, &KioskFlow::stillThereAsked);
        flow.setIdleTimeout(100);
        flow.setWatchingInput(true);
        QTest::qWait(350);
        QCOMPARE(asked.count(), 0);
        // A customer who only turned on speech is asked before it is turned off again.
        KioskAssistance speech;
        speech.speech = true;
        flow.setAssistance(speech);
        QTRY_VERIFY_WITH_TIMEOUT(asked.count() >= 1, 2000);
    }

    void inputKeepsTheCustomer()
    {
        KioskFlow flow;
        flow.setIdleTimeout(300);
        flow.setWarningTime(100);
        flow.setWatchingInput(true);
        flow.show(KioskFlow::Page::Events);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 900) {
            touch();
            QTest::qWait(50);
        }
        QCOMPARE(flow.page(), KioskFlow::Page::Events);
        QTRY_COMPARE_WITH_TIMEOUT(flow.page(), KioskFlow::Page::Start, 2000); // and once the touches stop
    }

    void aBookingOnItsWayIsNeverForgotten()
    {
        KioskFlow flow;
        flow.setIdleTimeout(100);
        flow.setWarningTime(100);
        flow.setWatchingInput(true);
        flow.show(KioskFlow::Page::Details);
        flow.setBooking(true);
        QTest::qWait(450);
        QCOMPARE(flow.page(), KioskFlow::Page::Details);
        flow.setBooking(false);
        QTRY_COMPARE_WITH_TIMEOUT(flow.page(), KioskFlow::Page::Start, 2000);
    }

    void aHiddenKioskForgetsNobody()
    {
        KioskFlow flow;
        flow.setIdleTimeout(100);
        flow.setWarningTime(100);
        flow.setWatchingInput(true);
        flow.setWatchingInput(false); // the shell shows another view
        flow.show(KioskFlow::Page::Events);
        QTest::qWait(350);
        QCOMPARE(flow.page(), KioskFlow::Page::Events);
        // A new timeout while watching applies at once.
        flow.setWatchingInput(true);
        flow.setIdleTimeout(50);
        QTRY_COMPARE_WITH_TIMEOUT(flow.page(), KioskFlow::Page::Start, 2000);
    }
};

QTEST_MAIN(TestKioskFlow)
#include "tst_kioskflow.moc"

// The box office around the sale (issue #11 at the desk, issue #15 §1 and §2), driven as a clerk would, against
// the real server and the real logins:
//   - the quantity is refused, never changed: "0", "12" over the limit, "999", "abc" each get a message beside the
//     field, the field keeps what was typed, and nothing is stored;
//   - a walk-in without phone or name is sold to as "Walk-in", with no customer row;
//   - a sale whose outcome is unknown keeps its idempotency key: the next Enter asks again with it and the
//     booking is made once;
//   - a cash sale without an open shift is refused (MQ017) and says so; the shift bar opens one with its float,
//     shows the sales so far, and closes it with a blind count, showing the cash-up afterwards;
//   - a kiosk's reservation is found by its reference and paid at the desk, in the shift;
//   - the cancel dialog says how much to give back and how, and the refund is recorded as given by this login;
//   - a desk with an ESC/POS printer prints each sale without a dialog: drawer kick for cash only, each ticket's QR
//     code and cut, the receipt with its number; a reprint is recorded (record_reprint) and says REPRINT;
//   - names are plain text.

#include "boxoffice/bookinglookuppanel.h"
#include "boxoffice/boxofficeview.h"
#include "boxoffice/deskprinter.h"
#include "boxoffice/salepanel.h"
#include "boxoffice/saleresultpanel.h"
#include "boxoffice/shiftbar.h"
#include "escposdecoder.h"
#include "fakeprinter.h"
#include "session/terminalsession.h"
#include "sqlsession.h"
#include "testdatabase.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Marquee;
using Marquee::Test::EscPosCommand;

namespace {

const QString Login = QStringLiteral("tst_boxofficedesk_clerk");
const QString Password = QStringLiteral("clerk-password-2");

QWidget *focused()
{
    return QApplication::focusWidget();
}

} // namespace

class TestBoxOfficeDesk final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void quantityIsRefusedNeverChanged();
    void walkInWithoutPhone();
    void unknownOutcomeKeepsTheKey();
    void cashNeedsAShiftAndTheShiftCashesUp();
    void reservationIsPaidAtTheDesk();
    void cancelDialogSaysWhatToGiveBack();
    void receiptPrinterPrintsWithoutDialog();

private:
    std::unique_ptr<BoxOfficeView> openView();
    void pickEvent(BoxOfficeView *view, const QString &search);
    void type(const QString &text);
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QVariant scalar(const QString &sql) const;
    qint64 eventId(const QString &title) const;
    bool openShift(BoxOfficeView *view, const Money &openingFloat);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<TerminalSession> m_session;
    QSqlDatabase m_check;
    QTemporaryDir m_settings;
};

void TestBoxOfficeDesk::initTestCase()
{
    // The desk keeps its printer in the user's settings: keep the test's own away from the real ones.
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());

    m_db = std::make_unique<Test::TestDatabase>(QStringLiteral("tst_boxofficedesk"));
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(m_db->liftBookingLimits());
    QVERIFY(m_db->createLogin(Login, Password, QStringLiteral("marquee_box_office")));
    QVERIFY(m_db->exec(QStringLiteral(
        "INSERT INTO marquee.events (title, venue, starts_at, capacity, price, max_tickets_per_booking) VALUES "
        "('Desk Gala', 'Main Hall', now() + interval '10 days', 500, 250.00, 10), "
        "('Lock Recital', 'Studio', now() + interval '11 days', 100, 100.00, 10)")));
    m_check = m_db->open(QStringLiteral("check"));
    QVERIFY(m_check.isOpen());

    SessionInfo info;
    info.login = Login;
    info.group = StaffGroup::BoxOffice;
    ConnectionProfile profile = m_db->profileFor(Login, Password);
    profile.lockTimeoutMs = 1000; // a held event row makes a sale's outcome unknown quickly
    m_session = std::make_unique<TerminalSession>(profile, info);
    m_session->start();
}

void TestBoxOfficeDesk::cleanupTestCase()
{
    m_session.reset();
    m_check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestBoxOfficeDesk::init()
{
    // Every test starts at a desk with its shift open (float 0) and no printer chosen.
    QVERIFY(m_db->closeShiftOf(Login));
    QVERIFY(m_db->openShiftFor(Login));
    QSettings().clear();
}

std::unique_ptr<BoxOfficeView> TestBoxOfficeDesk::openView()
{
    auto view = std::make_unique<BoxOfficeView>(m_session.get());
    view->resize(1366, 768);
    view->show();
    view->activateWindow();
    if (!QTest::qWaitForWindowActive(view.get()))
        return nullptr;
    auto *list = view->findChild<QTableView *>(QStringLiteral("eventList"));
    if (!QTest::qWaitFor([list] { return list->model()->rowCount() >= 2; }, 10000))
        return nullptr;
    if (!QTest::qWaitFor([&view] { return view->shiftBar()->isKnown(); }, 10000))
        return nullptr;
    return view;
}

void TestBoxOfficeDesk::pickEvent(BoxOfficeView *view, const QString &search)
{
    view->startNewSale();
    auto *list = view->findChild<QTableView *>(QStringLiteral("eventList"));
    type(search);
    QTRY_COMPARE(list->model()->rowCount(), 1);
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QCOMPARE(focused(), view->salePanel()->quantityField());
}

void TestBoxOfficeDesk::type(const QString &text)
{
    QVERIFY(focused());
    QTest::keyClicks(focused(), text);
}

void TestBoxOfficeDesk::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QVERIFY(focused());
    QTest::keyClick(focused(), key, modifiers);
}

QVariant TestBoxOfficeDesk::scalar(const QString &sql) const
{
    QSqlQuery q(m_check);
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

qint64 TestBoxOfficeDesk::eventId(const QString &title) const
{
    return scalar(QStringLiteral("SELECT id FROM marquee.events WHERE title = '%1'").arg(title)).toLongLong();
}

bool TestBoxOfficeDesk::openShift(BoxOfficeView *view, const Money &openingFloat)
{
    view->shiftBar()->openWith(openingFloat, QStringLiteral("Desk <b>1</b>"));
    return QTest::qWaitFor([view] { return view->shiftBar()->shift().has_value(); }, 10000);
}

void TestBoxOfficeDesk::quantityIsRefusedNeverChanged()
{
    auto view = openView();
    QVERIFY(view);
    const int before = scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings")).toInt();
    auto *error = view->findChild<QLabel *>(QStringLiteral("quantityError"));
    for (const QString &typed : {QStringLiteral("0"), QStringLiteral("12"), QStringLiteral("999"), QStringLiteral("abc"),
                                 QStringLiteral("-1")}) {
        pickEvent(view.get(), QStringLiteral("desk g"));
        type(typed);
        press(Qt::Key_F6); // card: nothing else stands in the way
        press(Qt::Key_Return);
        QTRY_VERIFY2(error->isVisible(), qPrintable(typed));
        QVERIFY2(error->text().contains(QStringLiteral("10")), qPrintable(error->text()));
        // What was typed stays as typed: never silently made 1 or 9.
        QCOMPARE(view->salePanel()->quantityField()->text(), typed);
        QCOMPARE(view->findChild<QStackedWidget *>(QStringLiteral("sellStack"))->currentWidget(),
                 static_cast<QWidget *>(view->salePanel()));
    }
    QTest::qWait(200);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings")).toInt(), before);
}

void TestBoxOfficeDesk::walkInWithoutPhone()
{
    auto view = openView();
    QVERIFY(view);
    pickEvent(view.get(), QStringLiteral("desk g"));
    type(QStringLiteral("2"));
    press(Qt::Key_F6);
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(view->findChild<QStackedWidget *>(QStringLiteral("sellStack"))->currentWidget(),
                              static_cast<QWidget *>(view->resultPanel()), 10000);
    const qint64 id = view->resultPanel()->booking().id;
    QVERIFY(id > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT customer_name || '/' || coalesce(user_id::text, 'none') FROM marquee.bookings "
                                   "WHERE id = %1").arg(id)).toString(),
             QStringLiteral("Walk-in/none"));
}

void TestBoxOfficeDesk::unknownOutcomeKeepsTheKey()
{
    auto view = openView();
    QVERIFY(view);
    const qint64 event = eventId(QStringLiteral("Lock Recital"));
    // Someone holds the event's row: the sale waits past its lock timeout and its outcome is not known.
    QSqlDatabase holder = m_db->open(QStringLiteral("holder"));
    {
        QSqlQuery hold(holder);
        QVERIFY(hold.exec(QStringLiteral("BEGIN")));
        QVERIFY(hold.exec(QStringLiteral("SELECT 1 FROM marquee.events WHERE id = %1 FOR UPDATE").arg(event)));

        pickEvent(view.get(), QStringLiteral("lock r"));
        type(QStringLiteral("3"));
        press(Qt::Key_F6);
        press(Qt::Key_Return);
        auto *message = view->findChild<QLabel *>(QStringLiteral("saleMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(view->salePanel()->hasSaleOfUnknownOutcome()
                                     && message->text().contains(QStringLiteral("will not sell twice")), 15000);
        QCOMPARE(view->findChild<QStackedWidget *>(QStringLiteral("sellStack"))->currentWidget(),
                 static_cast<QWidget *>(view->salePanel()));
        QVERIFY(hold.exec(QStringLiteral("COMMIT")));
    }
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));

    // Enter again: the same request with the same key; the booking is made once.
    view->salePanel()->quantityField()->setFocus();
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(view->findChild<QStackedWidget *>(QStringLiteral("sellStack"))->currentWidget(),
                              static_cast<QWidget *>(view->resultPanel()), 10000);
    QVERIFY(!view->salePanel()->hasSaleOfUnknownOutcome());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings WHERE event_id = %1").arg(event)).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT tickets_sold FROM marquee.events WHERE id = %1").arg(event)).toInt(), 3);
}

void TestBoxOfficeDesk::cashNeedsAShiftAndTheShiftCashesUp()
{
    QVERIFY(m_db->closeShiftOf(Login));
    auto view = openView();
    QVERIFY(view);
    auto *status = view->findChild<QLabel *>(QStringLiteral("shiftStatus"));
    QVERIFY(!view->shiftBar()->shift());
    QVERIFY(status->text().contains(QStringLiteral("No shift open")));

    const int before = scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings")).toInt();
    pickEvent(view.get(), QStringLiteral("desk g"));
    type(QStringLiteral("2"));
    press(Qt::Key_F5);
    type(QStringLiteral("500"));
    press(Qt::Key_Return);
    auto *message = view->findChild<QLabel *>(QStringLiteral("saleMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("Open a shift")), 10000);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM marquee.bookings")).toInt(), before);
    QVERIFY(!view->salePanel()->hasSaleOfUnknownOutcome());

    // The float dialog refuses what is not money, and keeps what was typed.
    {
        bool checked = false;
        QTimer::singleShot(100, this, [&checked] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("cashAmount"));
            amount->setText(QStringLiteral("12,5x"));
            dialog->accept();
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("cashAmountError"))->isVisible());
            QCOMPARE(amount->text(), QStringLiteral("12,5x"));
            checked = true;
            dialog->reject();
        });
        view->shiftBar()->askFloat();
        QVERIFY(checked);
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
    }

    QVERIFY(openShift(view.get(), Money::fromMinorUnits(100000)));
    // The desk's name is a person's text: shown as text.
    QCOMPARE(status->textFormat(), Qt::PlainText);
    QVERIFY(status->text().contains(QStringLiteral("Desk <b>1</b>")));

    view->salePanel()->clear();
    pickEvent(view.get(), QStringLiteral("desk g"));
    type(QStringLiteral("2"));
    press(Qt::Key_F5);
    type(QStringLiteral("500"));
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(view->findChild<QStackedWidget *>(QStringLiteral("sellStack"))->currentWidget(),
                              static_cast<QWidget *>(view->resultPanel()), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(view->shiftBar()->shift()->cashSales, Money::fromMinorUnits(50000), 10000);
    QVERIFY(status->text().contains(QStringLiteral("2 ticket")));

    // The blind count: nothing about the expected cash until the count is in.
    view->shiftBar()->closeWith(Money::fromMinorUnits(149000));
    QTRY_VERIFY_WITH_TIMEOUT(view->shiftBar()->lastCashUp().has_value(), 10000);
    QCOMPARE(view->shiftBar()->lastCashUp()->expectedCash, Money::fromMinorUnits(150000));
    QCOMPARE(*view->shiftBar()->lastCashUp()->variance, Money::fromMinorUnits(-1000));
    auto *report = view->shiftBar()->cashUpDialog()->findChild<QLabel *>(QStringLiteral("cashUpReport"));
    QVERIFY(report->text().contains(Money::fromMinorUnits(150000).toDisplayString(QLocale())));
    QCOMPARE(report->textFormat(), Qt::PlainText);
    QVERIFY(!view->shiftBar()->shift());
    QCOMPARE(scalar(QStringLiteral("SELECT variance FROM marquee.shifts WHERE login = '%1' ORDER BY id DESC LIMIT 1")
                        .arg(Login)).toString(), QStringLiteral("-10.00"));
}

void TestBoxOfficeDesk::reservationIsPaidAtTheDesk()
{
    const qint64 event = eventId(QStringLiteral("Desk Gala"));
    Test::SqlSession kiosk(m_db->loginProfile(QStringLiteral("marquee_kiosk")), QStringLiteral("kiosk"));
    QSqlQuery reserve(kiosk.db());
    QVERIFY(reserve.exec(QStringLiteral("SELECT reference FROM marquee.book_tickets(%1, 2, 'Malee <img src=x>', "
                                        "'0899990001', gen_random_uuid(), 'card')").arg(event)));
    QVERIFY(reserve.next());
    const QString reference = reserve.value(0).toString();

    auto view = openView();
    QVERIFY(view);
    view->showLookup();
    view->lookupPanel()->find(reference);
    auto *table = view->findChild<QTableView *>(QStringLiteral("bookingTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    QVERIFY(table->model()->index(0, 8).data().toString().contains(QStringLiteral("Reserved")));
    QVERIFY(view->findChild<QPushButton *>(QStringLiteral("payReservation"))->isEnabled());
    // Unpaid: its tickets say so and show no code to scan.
    auto *tickets = view->findChild<QListView *>(QStringLiteral("lookupTickets"));
    QCOMPARE(tickets->model()->rowCount(), 2);
    QVERIFY(tickets->model()->index(0, 0).data().toString().contains(QStringLiteral("Unpaid")));
    QVERIFY(tickets->model()->index(0, 0).data(Qt::DecorationRole).isNull());
    // The name is shown as the text it is.
    QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("Malee <img src=x>"));

    view->lookupPanel()->payCurrent(PaymentMethod::Cash, Money::fromMinorUnits(60000));
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT status FROM marquee.bookings WHERE reference = '%1'")
                                         .arg(reference)).toString(), QStringLiteral("confirmed"), 10000);
    QCOMPARE(scalar(QStringLiteral("SELECT paid_by || '/' || payment_method || '/' || (shift_id IS NOT NULL) "
                                   "FROM marquee.bookings WHERE reference = '%1'").arg(reference)).toString(),
             Login + QStringLiteral("/cash/true"));
    auto *message = view->findChild<QLabel *>(QStringLiteral("lookupMessage"));
    QTRY_VERIFY(message->text().contains(Money::fromMinorUnits(10000).toDisplayString(QLocale()))); // the change
    QCOMPARE(message->textFormat(), Qt::PlainText);
    QTRY_VERIFY(table->model()->index(0, 8).data().toString().contains(QStringLiteral("Paid")));
    QTRY_VERIFY(!tickets->model()->index(0, 0).data(Qt::DecorationRole).isNull());
}

void TestBoxOfficeDesk::cancelDialogSaysWhatToGiveBack()
{
    const qint64 event = eventId(QStringLiteral("Desk Gala"));
    Test::SqlSession desk(m_db->profileFor(Login, Password), QStringLiteral("desk"));
    QSqlQuery sell(desk.db());
    QVERIFY(sell.exec(QStringLiteral("SELECT booking_id, reference FROM marquee.book_tickets(%1, 3, 'Somchai', "
                                     "'0899990002', gen_random_uuid(), 'cash')").arg(event)));
    QVERIFY(sell.next());
    const qint64 booking = sell.value(0).toLongLong();
    const QString reference = sell.value(1).toString();

    auto view = openView();
    QVERIFY(view);
    view->showLookup();
    view->lookupPanel()->find(reference);
    auto *table = view->findChild<QTableView *>(QStringLiteral("bookingTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);

    QString said;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&said, &answer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            answer.stop();
            said = box->informativeText();
            QTest::keyClick(box, Qt::Key_Y);
        }
    });
    answer.start();
    QTest::keyClick(table, Qt::Key_Delete, Qt::ControlModifier);
    QTRY_VERIFY(!said.isEmpty());
    QVERIFY2(said.contains(QStringLiteral("750.00")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("in cash")), qPrintable(said));

    // Cancelled, and the money recorded as given back here, by this login, in this shift.
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT refunded_by || '/' || refund_method || '/' || (shift_id IS NOT NULL) "
                                                    "FROM marquee.refunds WHERE booking_id = %1").arg(booking)).toString(),
                              Login + QStringLiteral("/cash/true"), 10000);
    QTRY_VERIFY(view->findChild<QLabel *>(QStringLiteral("lookupMessage"))->text().contains(QStringLiteral("given back")));
}

void TestBoxOfficeDesk::receiptPrinterPrintsWithoutDialog()
{
    Test::FakePrinter printer;
    QVERIFY(printer.start());
    auto view = openView();
    QVERIFY(view);
    view->printer()->useReceiptPrinter(printer.address().toString());
    QCOMPARE(view->printer()->kind(), DeskPrinter::Kind::ReceiptPrinter);

    // A cash sale: printed by itself, drawer first, a QR code and a cut per ticket, then the receipt.
    pickEvent(view.get(), QStringLiteral("desk g"));
    type(QStringLiteral("2"));
    press(Qt::Key_F5);
    type(QStringLiteral("1000"));
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(view->findChild<QStackedWidget *>(QStringLiteral("sellStack"))->currentWidget(),
                              static_cast<QWidget *>(view->resultPanel()), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(view->resultPanel()->printMessage().contains(QStringLiteral("printed")), 10000);
    QVERIFY(!QApplication::activeModalWidget()); // no dialog
    const Booking sold = view->resultPanel()->booking();
    QList<EscPosCommand> commands = Test::EscPosDecoder::decode(printer.lastJob());
    QCOMPARE(commands.first().kind, EscPosCommand::Kind::Initialise);
    QCOMPARE(Test::EscPosDecoder::count(commands, EscPosCommand::Kind::OpenDrawer), 1);
    QCOMPARE(Test::EscPosDecoder::qrCodes(commands), QStringList({sold.tickets.at(0).code, sold.tickets.at(1).code}));
    QCOMPARE(Test::EscPosDecoder::count(commands, EscPosCommand::Kind::Cut), 3);
    const QString text = Test::EscPosDecoder::toText(commands);
    QVERIFY2(text.contains(sold.reference), qPrintable(text));
    QVERIFY2(text.contains(sold.receiptNumberText()) && !sold.receiptNumberText().isEmpty(), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("REPRINT")));

    // Ctrl+P again: a reprint, recorded with who did it, marked, and no drawer.
    const int jobs = int(printer.jobs().size());
    QTest::keyClick(view->resultPanel(), Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(printer.jobs().size() > jobs && view->resultPanel()->printMessage().contains(QStringLiteral("REPRINT")), 10000);
    commands = Test::EscPosDecoder::decode(printer.lastJob());
    QCOMPARE(Test::EscPosDecoder::count(commands, EscPosCommand::Kind::OpenDrawer), 0);
    QVERIFY(Test::EscPosDecoder::toText(commands).contains(QStringLiteral("REPRINT")));
    QCOMPARE(scalar(QStringLiteral("SELECT reprint_count FROM marquee.bookings WHERE id = %1").arg(sold.id)).toInt(), 1);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM marquee.audit_log WHERE table_name = 'bookings' AND row_id = '%1' "
                                  "AND actor = '%2' AND new_values->>'reprint_count' = '1'").arg(sold.id).arg(Login)).toInt() == 1);

    // A card sale opens no drawer.
    view->startNewSale();
    pickEvent(view.get(), QStringLiteral("desk g"));
    type(QStringLiteral("1"));
    press(Qt::Key_F6);
    press(Qt::Key_Return);
    const int before = int(printer.jobs().size());
    QTRY_VERIFY_WITH_TIMEOUT(printer.jobs().size() > before && view->resultPanel()->printMessage().contains(QStringLiteral("printed")), 10000);
    QCOMPARE(Test::EscPosDecoder::count(Test::EscPosDecoder::decode(printer.lastJob()), EscPosCommand::Kind::OpenDrawer), 0);

    // The printer gone: one sentence, the sale stands, Ctrl+P prints again.
    printer.close();
    view->startNewSale();
    pickEvent(view.get(), QStringLiteral("desk g"));
    type(QStringLiteral("1"));
    press(Qt::Key_F6);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(view->resultPanel()->printMessage().contains(QStringLiteral("Ctrl+P")), 15000);
    QVERIFY(view->resultPanel()->booking().id > 0);
}

QTEST_MAIN(TestBoxOfficeDesk)
#include "tst_boxofficedesk.moc"

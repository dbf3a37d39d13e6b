#include "escposdecoder.h"
#include "fakeprinter.h"
#include "sqlsession.h"
#include "testdatabase.h"

#include "booking/bookingrepository.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QtTest/QtTest>

#include <memory>

using namespace Marquee;
using Marquee::Test::EscPosCommand;
using Marquee::Test::EscPosDecoder;
using Marquee::Test::FakePrinter;
using Kind = Marquee::Test::EscPosCommand::Kind;

// `marquee print-booking` end to end: a booking made by a box-office login on the real server, printed again by
// the command as a box-office (and an admin) login to a fake printer in this process, and every way it refuses:
// no such booking, a cancelled one, a login that may not read bookings, a printer that cannot be reached, bad
// arguments. Each refusal is one sentence on stderr and a non-zero exit; nothing reaches the printer then.
class TestPrintBooking : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("printbooking")};
    std::unique_ptr<Test::SqlSession> m_super;
    qint64 m_event = 0;
    BookingConfirmation m_cash;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QString connInfoFor(const ConnectionProfile &profile) const
    {
        return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
            .arg(profile.host)
            .arg(profile.port)
            .arg(profile.database, profile.user);
    }

    // Runs marquee while this thread's event loop keeps serving the fake printer. The password goes in the
    // environment, as a script would give it, never on the command line.
    static Run marquee(const QStringList &arguments, const QString &password = QString())
    {
        QProcess process;
        process.setProgram(QProcessEnvironment::systemEnvironment().value(QStringLiteral("MARQUEE_BINARY_DIR"))
                           + QStringLiteral("/app/marquee"));
        process.setArguments(arguments);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Bangkok"));
        if (!password.isEmpty())
            environment.insert(QStringLiteral("PGPASSWORD"), password);
        process.setProcessEnvironment(environment);
        process.start();
        if (!QTest::qWaitFor([&process]() { return process.state() == QProcess::NotRunning; }, 120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    Run print(const ConnectionProfile &login, const QString &reference, const PrinterAddress &printer,
              const QStringList &more = {}) const
    {
        return marquee(QStringList{QStringLiteral("print-booking"), QStringLiteral("--db"), connInfoFor(login),
                                   QStringLiteral("--reference"), reference, QStringLiteral("--printer"),
                                   printer.toString()} + more,
                       login.password);
    }

    ConnectionProfile login(const QString &group) const { return m_database.loginProfile(group); }

    // A sale at the desk, as a box-office login.
    BookingConfirmation sell(int quantity, PaymentMethod payment)
    {
        Test::SqlSession desk(login(QStringLiteral("marquee_box_office")), QStringLiteral("desk"));
        if (!desk.isOpen())
            return {};
        BookingRequest request;
        request.eventId = m_event;
        request.quantity = quantity;
        request.customerName = QStringLiteral("Somchai Jaidee");
        request.customerPhone = QStringLiteral("0812345678");
        request.paymentMethod = payment;
        auto booked = BookingRepository(desk.db()).book(request);
        if (!booked) {
            qWarning("booking failed: %s", qPrintable(booked.error().detail()));
            return {};
        }
        return booked.value();
    }

    static void verifyOneSentence(const Run &run, const QString &sentence)
    {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("marquee: cannot print booking ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(sentence), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(run.out.isEmpty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        m_super = std::make_unique<Test::SqlSession>(m_database.superuserProfile(), QStringLiteral("super"));
        m_event = m_super->value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
            "VALUES ('Jazz on the Lawn', 'Riverside Hall', now() + interval '10 days', 100, 250) RETURNING id"))
                      .toLongLong();
        QVERIFY(m_event > 0);
        m_cash = sell(2, PaymentMethod::Cash);
        QCOMPARE(m_cash.ticketCodes.size(), 2);
    }

    void printsTicketsAndReceiptAsAReprint()
    {
        FakePrinter printer;
        QVERIFY(printer.start());
        const Run run = print(login(QStringLiteral("marquee_box_office")), m_cash.reference, printer.address());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.isEmpty());
        QCOMPARE(run.out.trimmed(), QStringLiteral("Printed 2 tickets and the receipt of booking %1 on %2.")
                                        .arg(m_cash.reference, printer.address().toString()));
        QCOMPARE(printer.jobs().size(), 1);

        bool complete = false;
        const QList<EscPosCommand> commands = EscPosDecoder::decode(printer.lastJob(), &complete);
        QVERIFY(complete);
        QCOMPARE(commands.first().kind, Kind::Initialise);
        QCOMPARE(commands.last().kind, Kind::PaperStatusRequest);
        QCOMPARE(EscPosDecoder::qrCodes(commands), m_cash.ticketCodes);
        QCOMPARE(EscPosDecoder::count(commands, Kind::Cut), 2 + 1);
        // A cash sale, but a reprint: the drawer stays shut.
        QCOMPARE(EscPosDecoder::count(commands, Kind::OpenDrawer), 0);
        const QString text = EscPosDecoder::toText(commands);
        QCOMPARE(text.count(QStringLiteral("REPRINT")), 2 + 1);
        const QStringList expectations{QStringLiteral("Jazz on the Lawn"), QStringLiteral("Riverside Hall"),
                                       m_cash.reference, login(QStringLiteral("marquee_box_office")).user,
                                       QStringLiteral("500.00"), QStringLiteral("General admission"),
                                       QStringLiteral("+07")};
        for (const QString &expected : expectations)
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in\n") + text));
        for (const QString &code : m_cash.ticketCodes)
            QVERIFY(text.contains(code));
        QVERIFY(EscPosDecoder::toImage(commands).save(qEnvironmentVariable("MARQUEE_BINARY_DIR")
                                                      + QStringLiteral("/tests/print-booking.png")));
    }

    // In Thai too; and spaces and lower case are for people: the reference is read as the desk types it.
    void anAdminMayPrintToo()
    {
        FakePrinter printer;
        QVERIFY(printer.start());
        const QString typed = m_cash.reference.toLower().insert(4, QLatin1Char(' '));
        const Run run = print(login(QStringLiteral("marquee_admin")), typed, printer.address(),
                              {QStringLiteral("--lang"), QStringLiteral("th")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<EscPosCommand> commands = EscPosDecoder::decode(printer.lastJob());
        QCOMPARE(EscPosDecoder::qrCodes(commands), m_cash.ticketCodes);
        QCOMPARE(EscPosDecoder::count(commands, Kind::OpenDrawer), 0);
    }

    void aKioskLoginIsNotAllowed()
    {
        FakePrinter printer;
        QVERIFY(printer.start());
        const Run run = print(login(QStringLiteral("marquee_kiosk")), m_cash.reference, printer.address());
        verifyOneSentence(run, Error(ErrorCode::PermissionDenied).message());
        QCOMPARE(printer.connectionCount(), 0);
    }

    void noSuchBooking()
    {
        FakePrinter printer;
        QVERIFY(printer.start());
        QString other = QStringLiteral("ABCDEFGH");
        if (other == m_cash.reference)
            other = QStringLiteral("HGFEDCBA");
        const Run run = print(login(QStringLiteral("marquee_box_office")), other, printer.address());
        verifyOneSentence(run, Error(ErrorCode::BookingNotFound).message());
        QCOMPARE(printer.connectionCount(), 0);
    }

    void aCancelledBookingIsNotPrinted()
    {
        const BookingConfirmation card = sell(1, PaymentMethod::Card);
        QVERIFY(card.bookingId > 0);
        {
            Test::SqlSession desk(login(QStringLiteral("marquee_box_office")), QStringLiteral("cancel"));
            QVERIFY(BookingRepository(desk.db()).cancel(card.bookingId));
        }
        FakePrinter printer;
        QVERIFY(printer.start());
        const Run run = print(login(QStringLiteral("marquee_box_office")), card.reference, printer.address());
        verifyOneSentence(run, Error(ErrorCode::BookingNotFound).message());
        QCOMPARE(printer.connectionCount(), 0);
    }

    void printerUnreachable()
    {
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
        const PrinterAddress address(QStringLiteral("127.0.0.1"), gone.serverPort());
        gone.close();
        const Run run = print(login(QStringLiteral("marquee_box_office")), m_cash.reference, address);
        verifyOneSentence(run, Error(ErrorCode::PrinterUnreachable).message());
    }

    void printerDropsTheJob()
    {
        FakePrinter printer(FakePrinter::Behaviour::ClosesMidJob);
        printer.setCloseAfterBytes(200);
        QVERIFY(printer.start());
        const Run run = print(login(QStringLiteral("marquee_box_office")), m_cash.reference, printer.address());
        verifyOneSentence(run, Error(ErrorCode::PrinterDisconnected).message());
    }

    void wrongPassword()
    {
        ConnectionProfile wrong = login(QStringLiteral("marquee_box_office"));
        wrong.password = QStringLiteral("not the password");
        FakePrinter printer;
        QVERIFY(printer.start());
        const Run run = print(wrong, m_cash.reference, printer.address());
        verifyOneSentence(run, Error(ErrorCode::AuthenticationFailed).message());
        QCOMPARE(printer.connectionCount(), 0);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("no reference") << QStringList{QStringLiteral("--printer"), QStringLiteral("escpos://127.0.0.1")}
                                      << "needs --reference";
        QTest::newRow("bad reference") << QStringList{QStringLiteral("--reference"), QStringLiteral("12"),
                                                      QStringLiteral("--printer"), QStringLiteral("escpos://127.0.0.1")}
                                       << "8 letters and digits";
        QTest::newRow("no printer") << QStringList{QStringLiteral("--reference"), QStringLiteral("K7QM2XPA")}
                                    << "needs --printer";
        QTest::newRow("bad printer") << QStringList{QStringLiteral("--reference"), QStringLiteral("K7QM2XPA"),
                                                    QStringLiteral("--printer"), QStringLiteral("lpt1")}
                                     << "escpos://192.168.1.50";
        QTest::newRow("bad port") << QStringList{QStringLiteral("--reference"), QStringLiteral("K7QM2XPA"),
                                                 QStringLiteral("--printer"), QStringLiteral("escpos://printer:99999")}
                                  << "escpos://192.168.1.50";
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run run = marquee(QStringList{QStringLiteral("print-booking")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_MAIN(TestPrintBooking)
#include "tst_printbooking.moc"

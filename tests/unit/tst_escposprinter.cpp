#include "escposdecoder.h"
#include "fakeprinter.h"

#include "printing/escposencoder.h"
#include "printing/escposprinter.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest/QtTest>

using namespace Marquee;
using Marquee::Test::EscPosDecoder;
using Marquee::Test::FakePrinter;

// The desk's printer connection against a fake printer in this process (a QTcpServer on 127.0.0.1): a job is
// answered only once the printer confirmed it; a printer that refuses the connection, drops it mid-job, never
// reads or never answers gives its own error with its own sentence; and nothing of it blocks the event loop.
class TestEscPosPrinter : public QObject
{
    Q_OBJECT

private:
    static QByteArray job(int size = 4000)
    {
        EscPosEncoder out;
        out.initialise();
        while (out.bytes().size() < size)
            out.text("Jazz on the Lawn, Riverside Hall").lineFeed();
        out.cut();
        return out.bytes();
    }

    static EscPosPrinter::Timeouts quick()
    {
        EscPosPrinter::Timeouts timeouts;
        timeouts.connectMs = 3000;
        timeouts.stalledMs = 400;
        timeouts.answerMs = 600;
        return timeouts;
    }

    static void verifyError(const Result<void> &result, ErrorCode code)
    {
        QVERIFY2(!result, "the job should have failed");
        QCOMPARE(int(result.error().code()), int(code));
        QCOMPARE(result.error().message(), Error(code).message());
        QVERIFY(!result.error().detail().isEmpty());
    }

private slots:
    void printsAndIsConfirmed()
    {
        FakePrinter fake;
        QVERIFY(fake.start());
        EscPosPrinter printer(fake.address());
        QSignalSpy ended(&fake, &FakePrinter::jobEnded);
        const QByteArray bytes = job(200000); // more than one read's worth
        const Result<void> printed = printer.print(bytes).wait(10000);
        QVERIFY2(printed, printed ? "" : qPrintable(printed.error().detail()));
        QVERIFY(ended.count() > 0 || ended.wait(5000));
        QCOMPARE(fake.jobs().size(), 1);
        // What the printer got is the job and the confirmation request after it, nothing else.
        QCOMPARE(fake.lastJob(), bytes + QByteArray("\x1d\x72\x01", 3));
        QCOMPARE(printer.pendingJobs(), 0);
    }

    void jobsGoOneAfterAnother()
    {
        FakePrinter fake;
        QVERIFY(fake.start());
        EscPosPrinter printer(fake.address());
        const QByteArray first = job(3000);
        const QByteArray second = job(5000);
        Reply<void> a = printer.print(first);
        Reply<void> b = printer.print(second);
        QCOMPARE(printer.pendingJobs(), 2);
        QVERIFY(a.wait(10000));
        QVERIFY(b.wait(10000));
        QTRY_COMPARE(fake.jobs().size(), 2);
        QVERIFY(fake.jobs().at(0).startsWith(first));
        QVERIFY(fake.jobs().at(1).startsWith(second));
    }

    void refusedConnection()
    {
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
        const quint16 port = gone.serverPort();
        gone.close(); // nobody listens there any more: the connection is refused
        EscPosPrinter printer(PrinterAddress(QStringLiteral("127.0.0.1"), port));
        verifyError(printer.print(job()).wait(10000), ErrorCode::PrinterUnreachable);
    }

    // A printer whose network stack takes no more connections (its queue is full) never answers the connection:
    // the time allowed for it runs out.
    void connectionNeverAnswered()
    {
        QTcpServer full;
        full.setListenBacklogSize(0);
        QVERIFY(full.listen(QHostAddress::LocalHost, 0));
        full.pauseAccepting();
        // Fill the kernel's queue of connections nobody accepts.
        QList<QTcpSocket *> fillers;
        for (int i = 0; i < 3; ++i) {
            auto *filler = new QTcpSocket(this);
            filler->connectToHost(QHostAddress::LocalHost, full.serverPort());
            fillers << filler;
        }
        QTest::qWait(200);
        EscPosPrinter printer(PrinterAddress(QStringLiteral("127.0.0.1"), full.serverPort()));
        EscPosPrinter::Timeouts timeouts = quick();
        timeouts.connectMs = 500;
        printer.setTimeouts(timeouts);
        const Result<void> printed = printer.print(job()).wait(10000);
        qDeleteAll(fillers);
        verifyError(printed, ErrorCode::PrinterUnreachable);
        QVERIFY2(printed.error().detail().contains(QStringLiteral("no connection within")),
                 qPrintable(printed.error().detail()));
    }

    void unknownHost()
    {
        EscPosPrinter printer(PrinterAddress(QStringLiteral("no-such-printer.invalid"), 9100));
        printer.setTimeouts(quick());
        verifyError(printer.print(job()).wait(10000), ErrorCode::PrinterUnreachable);
    }

    void closesMidJob()
    {
        FakePrinter fake(FakePrinter::Behaviour::ClosesMidJob);
        fake.setCloseAfterBytes(100);
        QVERIFY(fake.start());
        EscPosPrinter printer(fake.address());
        printer.setTimeouts(quick());
        verifyError(printer.print(job(60000)).wait(10000), ErrorCode::PrinterDisconnected);
        QCOMPARE(fake.lastJob().size(), 100);
    }

    // A small job fits in the kernel's buffers, so only the missing confirmation tells; a big one stops moving.
    void neverReads_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("detail");
        QTest::newRow("small job") << 4000 << "did not confirm";
        QTest::newRow("job beyond the buffers") << 16 * 1024 * 1024 << "took no data";
    }

    void neverReads()
    {
        QFETCH(int, size);
        QFETCH(QString, detail);
        FakePrinter fake(FakePrinter::Behaviour::NeverReads);
        QVERIFY(fake.start());
        EscPosPrinter printer(fake.address());
        printer.setTimeouts(quick());
        const QByteArray bytes(size, 'x');
        // The event loop keeps turning while the job hangs: a timer keeps ticking.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks]() { ++ticks; });
        ticker.start(10);
        QElapsedTimer clock;
        clock.start();
        const Result<void> printed = printer.print(bytes).wait(20000);
        verifyError(printed, ErrorCode::PrinterNotResponding);
        QVERIFY2(printed.error().detail().contains(detail), qPrintable(printed.error().detail()));
        QVERIFY(ticks >= clock.elapsed() / 10 / 3);
        QVERIFY(ticks > 10);
    }

    void neverAnswers()
    {
        FakePrinter fake(FakePrinter::Behaviour::NeverAnswers);
        QVERIFY(fake.start());
        EscPosPrinter printer(fake.address());
        printer.setTimeouts(quick());
        verifyError(printer.print(job()).wait(10000), ErrorCode::PrinterNotResponding);
        // It had the whole job: printing again is the desk's decision, never the printer object's.
        QTRY_VERIFY(fake.lastJob().startsWith(job()));
        QCOMPARE(fake.connectionCount(), 1);
    }

    // Status the printer sends by itself is not the job's confirmation: automatic status (whose last 3 bytes look
    // like an answer) and a real-time status byte.
    void statusChatterIsNoConfirmation()
    {
        FakePrinter fake(FakePrinter::Behaviour::OnlyChatters);
        QVERIFY(fake.start());
        EscPosPrinter printer(fake.address());
        printer.setTimeouts(quick());
        verifyError(printer.print(job()).wait(10000), ErrorCode::PrinterNotResponding);
    }

    // After a failure the same printer prints the next job (the tickets can be printed again).
    void printsAgainAfterAFailure()
    {
        FakePrinter fake(FakePrinter::Behaviour::Prints);
        QVERIFY(fake.start());
        const quint16 port = fake.serverPort();
        fake.close();
        EscPosPrinter printer(PrinterAddress(QStringLiteral("127.0.0.1"), port));
        verifyError(printer.print(job()).wait(10000), ErrorCode::PrinterUnreachable);
        QVERIFY(fake.listen(QHostAddress::LocalHost, port));
        QVERIFY(printer.print(job()).wait(10000));
        QTRY_COMPARE(fake.jobs().size(), 1);
    }

    // The one who asked may destroy the printer in its callback; and a printer destroyed mid-job takes its
    // connection with it.
    void destroyedInTheCallbackOrMidJob()
    {
        FakePrinter fake;
        QVERIFY(fake.start());
        QPointer<EscPosPrinter> printer = new EscPosPrinter(fake.address());
        bool called = false;
        QObject context;
        printer->print(job()).then(&context, [&](Result<void> printed) {
            called = true;
            QVERIFY(printed);
            delete printer.data();
        });
        QTRY_VERIFY(called);
        QTRY_VERIFY(printer.isNull());

        FakePrinter stuck(FakePrinter::Behaviour::NeverAnswers);
        QVERIFY(stuck.start());
        auto *doomed = new EscPosPrinter(stuck.address());
        bool answered = false;
        doomed->print(job()).then(&context, [&](Result<void>) { answered = true; });
        QTRY_VERIFY(stuck.connectionCount() == 1);
        QSignalSpy ended(&stuck, &FakePrinter::jobEnded);
        delete doomed;
        QVERIFY(ended.count() > 0 || ended.wait(5000));
        QTest::qWait(50);
        QVERIFY(!answered);
    }
};

QTEST_MAIN(TestEscPosPrinter)
#include "tst_escposprinter.moc"

#include "escposdecoder.h"

#include "printing/escposencoder.h"
#include "printing/escposrenderer.h"
#include "printing/linerasteriser.h"
#include "printing/printeraddress.h"
#include "printing/printersettings.h"
#include "printing/receipt.h"
#include "printing/saleprintout.h"
#include "printing/ticketslip.h"

#include <QDir>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace Marquee;
using Marquee::Test::EscPosCommand;
using Marquee::Test::EscPosDecoder;
using Kind = Marquee::Test::EscPosCommand::Kind;

// The receipt printer's byte stream, checked against the ESC/POS commands by an independent decoder: ESC @
// first, the text, the printer's own QR code carrying each ticket code, a cut after each ticket, the drawer kick
// on cash sales only, and Thai as raster pictures of the rendered line (never a code page).
class TestEscPos : public QObject
{
    Q_OBJECT

private:
    const QLocale m_english{QLocale::English, QLocale::UnitedStates};
    const QTimeZone m_bangkok{QByteArrayLiteral("Asia/Bangkok")};
    LineRasteriser m_rasteriser;

    static QByteArray bytes(std::initializer_list<int> values)
    {
        QByteArray out;
        for (int v : values)
            out.append(static_cast<char>(v));
        return out;
    }

    Booking booking(int tickets, PaymentMethod payment = PaymentMethod::Cash) const
    {
        Booking b;
        b.id = 7;
        b.reference = QStringLiteral("K7QM2XPA");
        b.eventTitle = QStringLiteral("Jazz on the Lawn");
        b.venue = QStringLiteral("Riverside Hall");
        b.startsAt = QDateTime(QDate(2027, 1, 23), QTime(12, 0), Qt::UTC);   // 19:00 in Bangkok
        b.bookedAt = QDateTime(QDate(2027, 1, 20), QTime(9, 4), Qt::UTC);    // 16:04 in Bangkok
        b.quantity = tickets;
        b.totalAmount = Money::fromMinorUnits(25000 * tickets);
        b.paymentMethod = payment;
        b.soldBy = QStringLiteral("alice");
        for (int i = 0; i < tickets; ++i) {
            Ticket t;
            t.id = 100 + i;
            t.code = QStringLiteral("TKT-20270123-ABCD%1").arg(1000 + i);
            b.tickets.append(t);
        }
        return b;
    }

    Receipt saleReceipt(const Booking &b) const
    {
        Receipt receipt = Receipt::forBooking(b, false);
        receipt.receiptNumber = QStringLiteral("D1-000042");
        receipt.desk = QStringLiteral("Front desk");
        receipt.timeZone = m_bangkok;
        if (b.paymentMethod == PaymentMethod::Cash)
            receipt.tendered = b.totalAmount + Money::fromMinorUnits(5000);
        return receipt;
    }

    QList<TicketSlip> slips(const Booking &b, bool reprint = false) const
    {
        return TicketSlip::forBooking(b, reprint, m_bangkok);
    }

    QByteArray render(const Receipt &receipt, const QList<TicketSlip> &tickets) const
    {
        return EscPosRenderer(m_rasteriser).render(SalePrintout::compose(receipt, tickets, m_english));
    }

    static void verifyTextIsPrintableAscii(const QList<EscPosCommand> &commands)
    {
        for (const EscPosCommand &command : commands) {
            if (command.kind != Kind::Text)
                continue;
            for (char c : command.data)
                QVERIFY2(c >= 0x20 && c <= 0x7e, command.data.toHex().constData());
        }
    }

    static QString outputDir()
    {
        const QString dir = qEnvironmentVariable("MARQUEE_BINARY_DIR", QDir::tempPath()) + QStringLiteral("/tests");
        QDir().mkpath(dir);
        return dir;
    }

    // Rows of a bitmap that hold at least one black dot: how tall the ink is.
    static int inkHeight(const MonoBitmap &bitmap)
    {
        int top = -1;
        int bottom = -1;
        for (int y = 0; y < bitmap.heightDots(); ++y) {
            for (int x = 0; x < bitmap.widthDots(); ++x) {
                if (bitmap.isBlack(x, y)) {
                    if (top < 0)
                        top = y;
                    bottom = y;
                    break;
                }
            }
        }
        return top < 0 ? 0 : bottom - top + 1;
    }

private slots:
    void encoderSpeaksEscPos()
    {
        QCOMPARE(EscPosEncoder().initialise().bytes(), bytes({0x1b, 0x40}));
        QCOMPARE(EscPosEncoder().cut().bytes(), bytes({0x1d, 0x56, 0x41, 0x03}));
        QCOMPARE(EscPosEncoder().openDrawer().bytes(), bytes({0x1b, 0x70, 0x00, 0x19, 0xfa}));
        QCOMPARE(EscPosEncoder().requestPaperStatus().bytes(), bytes({0x1d, 0x72, 0x01}));
        QCOMPARE(EscPosEncoder().alignment(EscPosEncoder::Alignment::Centre).bold(true).characterSize(2, 2).bytes(),
                 bytes({0x1b, 0x61, 0x01, 0x1b, 0x45, 0x01, 0x1d, 0x21, 0x11}));
        QCOMPARE(EscPosEncoder().lineFeed().lineFeed(3).bytes(), bytes({0x0a, 0x1b, 0x64, 0x03}));

        // GS ( k: model 2, module size 8, level M, store "TKT-1" (pL = 5 + 3), print.
        const QByteArray qr = EscPosEncoder().qrCode("TKT-1", 8, EscPosEncoder::QrErrorLevel::M).bytes();
        QCOMPARE(qr, bytes({0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00,
                            0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, 0x08,
                            0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, 0x31,
                            0x1d, 0x28, 0x6b, 0x08, 0x00, 0x31, 0x50, 0x30})
                         + QByteArray("TKT-1")
                         + bytes({0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30}));

        // GS v 0: 16 dots (2 bytes) wide, 3 rows.
        MonoBitmap bitmap(16, 3);
        bitmap.setBlack(0, 0);
        bitmap.setBlack(15, 2);
        QCOMPARE(EscPosEncoder().raster(bitmap).bytes(),
                 bytes({0x1d, 0x76, 0x30, 0x00, 0x02, 0x00, 0x03, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x01}));
        // Tall pictures go in bands of at most 255 rows.
        const QList<EscPosCommand> bands = EscPosDecoder::decode(EscPosEncoder().raster(MonoBitmap(576, 600)).bytes());
        QCOMPARE(EscPosDecoder::count(bands, Kind::Raster), 3);
    }

    void receiptSaysEverything()
    {
        const Booking b = booking(2);
        const QByteArray stream = render(saleReceipt(b), slips(b));
        QVERIFY(stream.startsWith(bytes({0x1b, 0x40})));
        bool complete = false;
        const QList<EscPosCommand> commands = EscPosDecoder::decode(stream, &complete);
        QVERIFY(complete);
        QCOMPARE(commands.first().kind, Kind::Initialise);
        QCOMPARE(EscPosDecoder::count(commands, Kind::Unknown), 0);
        verifyTextIsPrintableAscii(commands);
        const QString text = EscPosDecoder::toText(commands);
        for (const QString &expected :
             {QStringLiteral("Riverside Hall"), QStringLiteral("RECEIPT"), QStringLiteral("D1-000042"),
              QStringLiteral("20 Jan 2027 16:04 +07"), QStringLiteral("Front desk"), QStringLiteral("alice"),
              QStringLiteral("K7QM2XPA"), QStringLiteral("Jazz on the Lawn"), QStringLiteral("2 x Standard"),
              QStringLiteral("500.00"), QStringLiteral("550.00"), QStringLiteral("50.00"),
              QStringLiteral("Cash tendered"), QStringLiteral("Change")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in\n") + text));
        QVERIFY(!text.contains(QStringLiteral("REPRINT")));
        // The columns line up on the 48 characters of 80 mm paper.
        for (const QString &line : text.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 48, qPrintable(line));
        const QString numberLine =
            QStringLiteral("Receipt no.") + QString(48 - 11 - 9, QLatin1Char(' ')) + QStringLiteral("D1-000042");
        QVERIFY(text.contains(numberLine));
    }

    // Until the database keeps receipt numbers (issue #15 §1), an absent one prints as a dash, which is beyond
    // ASCII: that line is the picture of exactly that line.
    void absentReceiptNumberPrintsADash()
    {
        Booking b = booking(1, PaymentMethod::Card);
        Receipt receipt = saleReceipt(b);
        receipt.receiptNumber.clear();
        receipt.desk.clear();
        const QList<EscPosCommand> commands = EscPosDecoder::decode(render(receipt, {}));
        const QString text = EscPosDecoder::toText(commands);
        QVERIFY(!text.contains(QStringLiteral("Receipt no.")));
        PrintDocument::Item item;
        item.text = QStringLiteral("Receipt no.");
        item.rightText = QStringLiteral("\u2014");
        const MonoBitmap expected = m_rasteriser.rasterise(item, 576);
        const QList<EscPosCommand> rasters = EscPosDecoder::ofKind(commands, Kind::Raster);
        QCOMPARE(rasters.size(), 2); // the receipt number and the desk
        QCOMPARE(rasters.first().raster.bits(), expected.bits());
        QCOMPARE(rasters.first().raster.widthDots(), 576);
    }

    void oneTicketPerTicketEachWithItsQrCodeAndACut()
    {
        const Booking b = booking(3, PaymentMethod::Card);
        const QList<EscPosCommand> commands = EscPosDecoder::decode(render(saleReceipt(b), slips(b)));
        QStringList codes;
        for (const Ticket &t : b.tickets)
            codes << t.code;
        QCOMPARE(EscPosDecoder::qrCodes(commands), codes);
        // The order on paper: ticket, cut, ticket, cut, ticket, cut, then the receipt and its cut.
        QString order;
        for (const EscPosCommand &command : commands) {
            if (command.kind == Kind::QrPrint)
                order += QLatin1Char('Q');
            else if (command.kind == Kind::Cut)
                order += QLatin1Char('C');
        }
        QCOMPARE(order, QStringLiteral("QCQCQCC"));
        // Model 2, module size 8, level M before each symbol.
        for (const EscPosCommand &command : EscPosDecoder::ofKind(commands, Kind::QrModel))
            QCOMPARE(command.value, 0x32);
        for (const EscPosCommand &command : EscPosDecoder::ofKind(commands, Kind::QrModuleSize))
            QCOMPARE(command.value, 8);
        for (const EscPosCommand &command : EscPosDecoder::ofKind(commands, Kind::QrErrorLevel))
            QCOMPARE(command.value, 0x31);
        const QString text = EscPosDecoder::toText(commands);
        QCOMPARE(text.count(QStringLiteral("ADMIT ONE")), 3);
        QCOMPARE(text.count(QStringLiteral("Jazz on the Lawn")), 3 + 1);
        QCOMPARE(text.count(QStringLiteral("General admission")), 3);
        QVERIFY(text.contains(QStringLiteral("23 Jan 2027 19:00 +07")));
        for (const QString &code : codes)
            QVERIFY2(text.contains(code), qPrintable(code)); // the code as text, to read out
        QVERIFY(text.contains(QStringLiteral("Booking K7QM2XPA, ticket 3 of 3")));
        // Every ticket ends with its cut: after each QR code, a cut comes before the next ticket's text.
        const int firstCut = text.indexOf(QStringLiteral("[CUT]"));
        QVERIFY(firstCut > text.indexOf(QStringLiteral("ticket 1 of 3")));
        QVERIFY(firstCut < text.indexOf(QStringLiteral("ticket 2 of 3")));
    }

    void seatsAndTypesSlotIn()
    {
        Booking b = booking(2);
        Receipt receipt = saleReceipt(b);
        receipt.items.clear();
        receipt.items.append({b.eventTitle, b.startsAt, QStringLiteral("Adult"), QStringLiteral("Row A, seat 12"), 1,
                              Money::fromMinorUnits(30000)});
        receipt.items.append({b.eventTitle, b.startsAt, QStringLiteral("Child"), QStringLiteral("Row A, seat 13"), 1,
                              Money::fromMinorUnits(20000)});
        QList<TicketSlip> tickets = slips(b);
        tickets[0].seat = QStringLiteral("Row A, seat 12");
        tickets[0].ticketType = QStringLiteral("Adult");
        const QString text = EscPosDecoder::toText(EscPosDecoder::decode(render(receipt, tickets)));
        QVERIFY(text.contains(QStringLiteral("1 x Adult, Row A, seat 12")));
        QVERIFY(text.contains(QStringLiteral("1 x Child, Row A, seat 13")));
        QCOMPARE(text.count(QStringLiteral("Jazz on the Lawn")), 2 + 1); // the event once for both items
        QCOMPARE(text.count(QStringLiteral("General admission")), 1);    // the second ticket has no seat
    }

    // A stored booking as the desk reads it back after a sale (issue #14 §4): each ticket slip names its type and,
    // for a seat, its zone, row and seat; the receipt has a line per seat and one per general-admission type.
    void storedBookingNamesTypesAndSeats()
    {
        Booking b = booking(4);
        b.totalAmount = Money::fromMinorUnits(30000 + 30000 + 20000 + 90000);
        const struct { const char *type; qint64 price; const char *zone; const char *row; const char *seat; } kinds[] = {
            {"Adult", 30000, "", "", ""}, {"Adult", 30000, "", "", ""}, {"Child", 20000, "", "", ""},
            {"Premium", 90000, "Stalls", "F", "12"}};
        for (int i = 0; i < 4; ++i) {
            b.tickets[i].typeName = QString::fromLatin1(kinds[i].type);
            b.tickets[i].price = Money::fromMinorUnits(kinds[i].price);
            b.tickets[i].zone = QString::fromLatin1(kinds[i].zone);
            b.tickets[i].row = QString::fromLatin1(kinds[i].row);
            b.tickets[i].seat = QString::fromLatin1(kinds[i].seat);
        }
        const Receipt receipt = saleReceipt(b);
        QCOMPARE(receipt.items.size(), 3);
        QCOMPARE(receipt.items.at(0).quantity, 2);
        QCOMPARE(receipt.items.at(0).amount, Money::fromMinorUnits(60000));
        const QList<TicketSlip> tickets = slips(b);
        QCOMPARE(tickets.at(3).seat, QStringLiteral("Stalls, row F, seat 12"));
        QCOMPARE(tickets.at(2).ticketType, QStringLiteral("Child"));
        const QString text = EscPosDecoder::toText(EscPosDecoder::decode(render(receipt, tickets)));
        QVERIFY2(text.contains(QStringLiteral("2 x Adult")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("1 x Child")));
        QVERIFY(text.contains(QStringLiteral("1 x Premium, Stalls, row F, seat 12")));
        QVERIFY(text.contains(QStringLiteral("Stalls, row F, seat 12")));
        QCOMPARE(text.count(QStringLiteral("General admission")), 3);   // the three tickets without a seat
        QCOMPARE(text.count(QStringLiteral("Standard")), 0);            // every ticket says its own type
    }

    void drawerOpensOnCashSalesOnly_data()
    {
        QTest::addColumn<int>("payment");
        QTest::addColumn<bool>("reprint");
        QTest::addColumn<int>("kicks");
        QTest::newRow("cash") << int(PaymentMethod::Cash) << false << 1;
        QTest::newRow("card") << int(PaymentMethod::Card) << false << 0;
        QTest::newRow("complimentary") << int(PaymentMethod::Complimentary) << false << 0;
        QTest::newRow("cash reprint") << int(PaymentMethod::Cash) << true << 0;
    }

    void drawerOpensOnCashSalesOnly()
    {
        QFETCH(int, payment);
        QFETCH(bool, reprint);
        QFETCH(int, kicks);
        const Booking b = booking(2, PaymentMethod(payment));
        Receipt receipt = reprint ? Receipt::forBooking(b, true) : saleReceipt(b);
        const QList<EscPosCommand> commands = EscPosDecoder::decode(render(receipt, slips(b, reprint)));
        QCOMPARE(EscPosDecoder::count(commands, Kind::OpenDrawer), kicks);
        if (kicks) {
            // First thing after the set-up, so the money goes in while the tickets print.
            QCOMPARE(commands.at(0).kind, Kind::Initialise);
            QCOMPARE(commands.at(1).kind, Kind::AutomaticStatus);
            QCOMPARE(commands.at(2).kind, Kind::OpenDrawer);
            QCOMPARE(commands.at(2).bytes, bytes({0x1b, 0x70, 0x00, 0x19, 0xfa}));
        }
    }

    void reprintsAreMarked()
    {
        const Booking b = booking(2);
        const QString text =
            EscPosDecoder::toText(EscPosDecoder::decode(render(Receipt::forBooking(b, true), slips(b, true))));
        QCOMPARE(text.count(QStringLiteral("REPRINT")), 2 + 1);
        QVERIFY(text.contains(QStringLiteral("Printed again")));
        QVERIFY(!text.contains(QStringLiteral("Cash tendered"))); // not stored: a reprint does not invent it
        QVERIFY(text.contains(QStringLiteral("Paid in cash")));
    }

    void checkedInTicketsSaySo()
    {
        Booking b = booking(2);
        b.tickets[1].status = TicketStatus::Used;
        const QString text =
            EscPosDecoder::toText(EscPosDecoder::decode(render(Receipt::forBooking(b, true), slips(b, true))));
        QCOMPARE(text.count(QStringLiteral("CHECKED IN")), 1);
    }

    // Thai goes as GS v 0 pictures of the line drawn with the system's fonts and shaping; no Thai byte (UTF-8 or
    // TIS-620) and no code page command reaches the printer.
    void thaiIsARasterOfTheRenderedLine()
    {
        Booking b = booking(1);
        b.eventTitle = QStringLiteral("คอนเสิร์ตน้ำใจ ที่นั่งพิเศษ");
        b.venue = QStringLiteral("โรงละครแห่งชาติ");
        const QList<EscPosCommand> commands = EscPosDecoder::decode(render(saleReceipt(b), slips(b)));
        verifyTextIsPrintableAscii(commands);
        for (const EscPosCommand &command : commands)
            QVERIFY2(!command.bytes.startsWith(bytes({0x1b, 0x74})), "no code page is selected (ESC t)");
        const QList<EscPosCommand> rasters = EscPosDecoder::ofKind(commands, Kind::Raster);
        // The ticket: title and venue; the receipt: venue and the item's title.
        QCOMPARE(rasters.size(), 4);

        // The ticket's title is exactly the rasteriser's picture of it, double size, centred.
        PrintDocument::Item title;
        title.text = b.eventTitle;
        title.style = {PrintDocument::Alignment::Centre, true, true};
        QCOMPARE(rasters.at(0).raster.bits(), m_rasteriser.rasterise(title, 576).bits());

        // Tone marks and vowels above and below are drawn where they belong: the ink of "ที่นั่ง" reaches higher
        // than that of the same consonants without them.
        PrintDocument::Item marked;
        marked.text = QStringLiteral("ที่นั่ง");
        PrintDocument::Item bare;
        bare.text = QStringLiteral("ทนง");
        QVERIFY(inkHeight(m_rasteriser.rasterise(marked, 576)) > inkHeight(m_rasteriser.rasterise(bare, 576)) + 4);
        const QImage paper = EscPosDecoder::toImage(commands);
        QVERIFY(paper.save(outputDir() + QStringLiteral("/escpos-thai.png")));
    }

    void longLinesWrap()
    {
        PrintDocument doc;
        doc.line(QStringLiteral("An evening of very long titles that go on and on, far beyond what one line holds"));
        doc.columns(QStringLiteral("A label that is long enough to leave no room for the amount"),
                    QStringLiteral("1,250.00"));
        const QString text = EscPosDecoder::toText(EscPosDecoder::decode(EscPosRenderer(m_rasteriser).render(doc)));
        for (const QString &line : text.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 48, qPrintable(line));
        QVERIFY(text.contains(QStringLiteral("far beyond")));
        QVERIFY(text.contains(QStringLiteral("the amount") + QString(30, QLatin1Char(' '))
                              + QStringLiteral("1,250.00")));
        // No room beside the label's last line: the amount goes under it, flush right.
        PrintDocument full;
        full.columns(QString(44, QLatin1Char('x')), QStringLiteral("1,250.00"));
        const QString under = EscPosDecoder::toText(EscPosDecoder::decode(EscPosRenderer(m_rasteriser).render(full)));
        QVERIFY(under.contains(QString(44, QLatin1Char('x')) + QLatin1Char('\n') + QString(40, QLatin1Char(' '))
                               + QStringLiteral("1,250.00")));
        QCOMPARE(EscPosRenderer::wrap(QStringLiteral("TKT-20270123-ABCDEFGH"), 8),
                 QStringList({QStringLiteral("TKT-2027"), QStringLiteral("0123-ABC"), QStringLiteral("DEFGH")}));
    }

    void fiftyEightMillimetrePaper()
    {
        const Booking b = booking(1);
        const QByteArray stream = EscPosRenderer(m_rasteriser, PaperRoll::fiftyEight())
                                      .render(SalePrintout::compose(saleReceipt(b), slips(b), m_english));
        const QString text = EscPosDecoder::toText(EscPosDecoder::decode(stream));
        for (const QString &line : text.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 32, qPrintable(line));
    }

    void printerAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty: refused
        QTest::newRow("ip, default port") << "escpos://192.168.1.50" << "escpos://192.168.1.50:9100";
        QTest::newRow("host and port") << "escpos://printer.local:9101" << "escpos://printer.local:9101";
        QTest::newRow("upper case, slash") << " ESCPOS://Desk-Printer:9100/ " << "escpos://desk-printer:9100";
        QTest::newRow("ipv6") << "escpos://[::1]:9100" << "escpos://[::1]:9100";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("other scheme") << "http://printer:9100" << "";
        QTest::newRow("no scheme") << "printer:9100" << "";
        QTest::newRow("no host") << "escpos://" << "";
        QTest::newRow("port 0") << "escpos://printer:0" << "";
        QTest::newRow("port too big") << "escpos://printer:70000" << "";
        QTest::newRow("port not a number") << "escpos://printer:abc" << "";
        QTest::newRow("empty port") << "escpos://printer:" << "";
        QTest::newRow("user") << "escpos://me@printer" << "";
        QTest::newRow("path") << "escpos://printer/queue" << "";
        QTest::newRow("query") << "escpos://printer?x=1" << "";
    }

    void printerAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const Result<PrinterAddress> address = PrinterAddress::parse(text);
        if (canonical.isEmpty()) {
            QVERIFY(!address);
            QCOMPARE(address.error().code(), ErrorCode::PrinterAddressInvalid);
        } else {
            QVERIFY2(address, qPrintable(address ? QString() : address.error().detail()));
            QCOMPARE(address->toString(), canonical);
            QCOMPARE(PrinterAddress::parse(address->toString()).value(), address.value());
        }
    }

    void deskSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("terminal.ini")), QSettings::IniFormat);
        PrinterSettings printers(&settings);
        QVERIFY(!printers.hasReceiptPrinter());
        QCOMPARE(printers.receiptPrinter().error().code(), ErrorCode::PrinterNotConfigured);
        QCOMPARE(printers.paperRoll().millimetres, 80);

        printers.setReceiptPrinter(PrinterAddress(QStringLiteral("10.0.0.9"), 9100));
        printers.setPaperRoll(PaperRoll::fiftyEight());
        QSettings again(dir.filePath(QStringLiteral("terminal.ini")), QSettings::IniFormat);
        const PrinterSettings reread(&again);
        QVERIFY(reread.hasReceiptPrinter());
        QCOMPARE(reread.receiptPrinter()->toString(), QStringLiteral("escpos://10.0.0.9:9100"));
        QCOMPARE(reread.paperRoll().printableDots, 384);

        settings.setValue(QStringLiteral("printing/receiptPrinter"), QStringLiteral("lpt1"));
        QCOMPARE(printers.receiptPrinter().error().code(), ErrorCode::PrinterAddressInvalid);
        printers.clearReceiptPrinter();
        QVERIFY(!printers.hasReceiptPrinter());
    }

    void printerErrorsHaveTheirOwnSentences()
    {
        const ErrorCode codes[] = {ErrorCode::PrinterAddressInvalid, ErrorCode::PrinterNotConfigured,
                                   ErrorCode::PrinterUnreachable, ErrorCode::PrinterDisconnected,
                                   ErrorCode::PrinterNotResponding, ErrorCode::Internal};
        QSet<QString> sentences;
        for (ErrorCode code : codes) {
            const QString sentence = Error(code).message();
            QVERIFY(!sentence.contains(QStringLiteral("escpos")) || code == ErrorCode::PrinterAddressInvalid);
            sentences.insert(sentence);
        }
        QCOMPARE(sentences.size(), int(std::size(codes)));
    }

    // The picture the lead puts in README: a cash sale of two tickets, decoded from the bytes.
    void decodedReceiptPicture()
    {
        Booking b = booking(2);
        b.venue = QStringLiteral("Riverside Hall · หอประชุมริมน้ำ");
        const QList<EscPosCommand> commands = EscPosDecoder::decode(render(saleReceipt(b), slips(b)));
        const QImage paper = EscPosDecoder::toImage(commands);
        QVERIFY(paper.height() > 1000);
        const QString file = outputDir() + QStringLiteral("/escpos-receipt.png");
        QVERIFY(paper.save(file));
        qInfo("decoded receipt: %s", qPrintable(file));
    }
};

QTEST_MAIN(TestEscPos)
#include "tst_escpos.moc"

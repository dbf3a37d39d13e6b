#include "deskprinter.h"

#include "common/ticketprinter.h"
#include "printing/escposprinter.h"
#include "printing/escposrenderer.h"
#include "printing/linerasteriser.h"
#include "printing/printeraddress.h"
#include "printing/printersettings.h"
#include "printing/receipt.h"
#include "printing/saleprintout.h"
#include "printing/ticketslip.h"
#include "session/terminalsession.h"
#include "venue/venueformat.h"

#include <QLocale>
#include <QPrinter>
#include <QPainter>
#include <QSettings>
#include <QTextDocument>

namespace Marquee {

namespace {

const QString PagePrinterKey = QStringLiteral("printing/pagePrinter");

template<typename Use>
auto withSettings(QSettings *given, Use &&use)
{
    if (given)
        return use(*given);
    QSettings settings;
    return use(settings);
}

} // namespace

DeskPrinter::DeskPrinter(TerminalSession *session, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
{
}

DeskPrinter::~DeskPrinter() = default;

DeskPrinter::Kind DeskPrinter::kind() const
{
    if (PrinterSettings(m_settings).hasReceiptPrinter())
        return Kind::ReceiptPrinter;
    const QString page = withSettings(m_settings, [](QSettings &s) { return s.value(PagePrinterKey).toString(); });
    return page.isEmpty() ? Kind::NotChosen : Kind::PagePrinter;
}

QString DeskPrinter::destination() const
{
    switch (kind()) {
    case Kind::ReceiptPrinter: {
        auto address = PrinterSettings(m_settings).receiptPrinter();
        return address ? address->toString() : QString();
    }
    case Kind::PagePrinter:
        return withSettings(m_settings, [](QSettings &s) { return s.value(PagePrinterKey).toString(); });
    case Kind::NotChosen: break;
    }
    return QString();
}

void DeskPrinter::useReceiptPrinter(const QString &address)
{
    auto parsed = PrinterAddress::parse(address);
    if (!parsed)
        return;
    PrinterSettings(m_settings).setReceiptPrinter(parsed.value());
    withSettings(m_settings, [](QSettings &s) { s.remove(PagePrinterKey); return 0; });
    delete m_printer;
}

void DeskPrinter::usePagePrinter(const QString &printerName)
{
    PrinterSettings(m_settings).clearReceiptPrinter();
    withSettings(m_settings, [&printerName](QSettings &s) { s.setValue(PagePrinterKey, printerName); return 0; });
    delete m_printer;
}

void DeskPrinter::forget()
{
    PrinterSettings(m_settings).clearReceiptPrinter();
    withSettings(m_settings, [](QSettings &s) { s.remove(PagePrinterKey); return 0; });
    delete m_printer;
}

PrintDocument DeskPrinter::saleDocument(const Booking &booking, std::optional<Money> tendered, int reprint) const
{
    const QTimeZone zone = m_session ? m_session->venueSettings().timeZone() : QTimeZone::systemTimeZone();
    Receipt receipt = Receipt::forBooking(booking, reprint > 0);
    receipt.timeZone = zone;
    if (reprint == 0)
        receipt.tendered = tendered;
    if (receipt.staff.isEmpty() && m_session)
        receipt.staff = m_session->info().login;
    return SalePrintout::compose(receipt, TicketSlip::forBooking(booking, reprint > 0, zone));
}

PrintDocument DeskPrinter::cashUpDocument(const Shift &shift, const CashUp &cashUp) const
{
    const QLocale locale;
    const QTimeZone zone = m_session ? m_session->venueSettings().timeZone() : QTimeZone::systemTimeZone();
    auto money = [&locale](const Money &m) { return m.toDisplayString(locale); };
    PrintDocument doc;
    doc.centred(tr("CASH-UP"), true, true);
    doc.columns(tr("Shift"), QString::number(cashUp.shiftId));
    doc.columns(tr("Desk"), shift.desk);
    doc.columns(tr("Opened"), locale.toString(shift.openedAt.toTimeZone(zone), QLocale::ShortFormat));
    doc.columns(tr("Closed"), locale.toString(QDateTime::currentDateTimeUtc().toTimeZone(zone), QLocale::ShortFormat));
    doc.rule();
    doc.columns(tr("Opening float"), money(cashUp.openingFloat));
    doc.columns(tr("Cash sales"), money(cashUp.cashSales));
    doc.columns(tr("Cash refunds"), money(Money() - cashUp.cashRefunds));
    doc.columns(tr("Expected cash"), money(cashUp.expectedCash), PrintStyle{PrintAlignment::Left, true, false});
    doc.columns(tr("Counted cash"), cashUp.countedCash ? money(*cashUp.countedCash) : QStringLiteral("—"));
    doc.columns(tr("Variance"), cashUp.variance ? money(*cashUp.variance) : QStringLiteral("—"),
                PrintStyle{PrintAlignment::Left, true, false});
    doc.rule();
    doc.columns(tr("Card sales"), money(cashUp.cardSales));
    doc.columns(tr("Card refunds"), money(cashUp.cardRefunds));
    doc.columns(tr("Bookings"), QString::number(cashUp.bookings));
    doc.columns(tr("Tickets"), QString::number(cashUp.tickets));
    doc.feed(3);
    doc.cut();
    return doc;
}

Reply<void> DeskPrinter::send(const PrintDocument &document)
{
    auto address = PrinterSettings(m_settings).receiptPrinter();
    if (!address)
        return Reply<void>::answered(address.error());
    if (!m_printer || m_printer->address().toString() != address->toString()) {
        delete m_printer;
        m_printer = new EscPosPrinter(address.value(), this);
    }
    const LineRasteriser rasteriser;
    return m_printer->print(EscPosRenderer(rasteriser, PrinterSettings(m_settings).paperRoll()).render(document));
}

Reply<void> DeskPrinter::onPage(const Booking &booking, int reprint, QWidget *dialogParent)
{
    if (kind() == Kind::PagePrinter) {
        if (TicketPrinter::printTo(destination(), booking, reprint))
            return Reply<void>::answered(Result<void>());
        return Reply<void>::answered(Error(ErrorCode::PrinterUnreachable, QStringLiteral("page printer unusable")));
    }
    // No printer chosen yet: the dialog this once; the printer chosen there is the desk's from now on.
    QString chosen;
    if (!TicketPrinter::printWithDialog(dialogParent, booking, reprint, &chosen))
        return Reply<void>::answered(Error(ErrorCode::PrinterNotConfigured, QStringLiteral("print dialog cancelled")));
    if (!chosen.isEmpty())
        usePagePrinter(chosen);
    return Reply<void>::answered(Result<void>());
}

Reply<void> DeskPrinter::printSale(const Booking &booking, std::optional<Money> tendered, QWidget *dialogParent)
{
    if (kind() == Kind::ReceiptPrinter)
        return send(saleDocument(booking, tendered, 0));
    return onPage(booking, 0, dialogParent);
}

Reply<void> DeskPrinter::printAgain(const Booking &booking, int reprint, QWidget *dialogParent)
{
    if (kind() == Kind::ReceiptPrinter)
        return send(saleDocument(booking, std::nullopt, qMax(1, reprint)));
    return onPage(booking, qMax(1, reprint), dialogParent);
}

Reply<void> DeskPrinter::openDrawer()
{
    if (kind() != Kind::ReceiptPrinter)
        return Reply<void>::answered(Error(ErrorCode::PrinterNotConfigured, QStringLiteral("no receipt printer")));
    PrintDocument doc;
    doc.openDrawer();
    return send(doc);
}

Reply<void> DeskPrinter::printCashUp(const Shift &shift, const CashUp &cashUp)
{
    if (kind() == Kind::ReceiptPrinter)
        return send(cashUpDocument(shift, cashUp));
    if (kind() != Kind::PagePrinter)
        return Reply<void>::answered(Error(ErrorCode::PrinterNotConfigured, QStringLiteral("no printer chosen")));
    // The same lines on a page: each item as plain text (the desk's name is a person's text, never markup).
    QString text;
    const PrintDocument document = cashUpDocument(shift, cashUp);
    for (const PrintDocument::Item &item : document.items()) {
        if (item.kind == PrintDocument::Item::Kind::Text)
            text += item.rightText.isEmpty() ? QString(item.text + QLatin1Char('\n'))
                                             : QString(item.text + QStringLiteral(": ") + item.rightText + QLatin1Char('\n'));
        else if (item.kind == PrintDocument::Item::Kind::Rule)
            text += QLatin1Char('\n');
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(destination());
    if (!printer.isValid() || printer.printerName() != destination())
        return Reply<void>::answered(Error(ErrorCode::PrinterUnreachable, QStringLiteral("page printer unusable")));
    printer.setDocName(tr("Cash-up of shift %1").arg(cashUp.shiftId));
    QTextDocument page;
    page.setPlainText(text);
    page.print(&printer);
    return Reply<void>::answered(Result<void>());
}

} // namespace Marquee

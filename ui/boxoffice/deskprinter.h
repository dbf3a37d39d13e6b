#pragma once

#include "common/money.h"
#include "domain/booking.h"
#include "domain/shift.h"
#include "printing/printdocument.h"
#include "service/reply.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <optional>

class QSettings;
class QWidget;

namespace Marquee {

class EscPosPrinter;
class TerminalSession;

// Where this desk prints, chosen once and kept in the terminal's settings: an ESC/POS receipt printer
// (escpos://HOST[:PORT], core's PrinterSettings) or a page printer by name. Then a sale prints without a dialog:
// on the receipt printer the drawer opens first for cash, each ticket is cut on its own, then the receipt
// (SalePrintout); on a page printer the tickets. A desk with neither asks once with the print dialog and keeps
// the printer chosen there. A printer that fails says why in one sentence: the sale stands and prints again.
class DeskPrinter final : public QObject
{
    Q_OBJECT

public:
    enum class Kind { NotChosen, ReceiptPrinter, PagePrinter };

    // `settings` is for tests; by default the application's own QSettings.
    explicit DeskPrinter(TerminalSession *session, QSettings *settings = nullptr, QObject *parent = nullptr);
    ~DeskPrinter() override;

    Kind kind() const;
    // "escpos://192.168.1.40:9100", the page printer's name, or empty.
    QString destination() const;
    void useReceiptPrinter(const QString &address);   // must parse (PrinterAddress)
    void usePagePrinter(const QString &printerName);
    void forget();

    // A sale just made at this desk (tendered: the cash handed over). `dialogParent` is used only when no
    // printer is chosen yet (the print dialog, once).
    Reply<void> printSale(const Booking &booking, std::optional<Money> tendered, QWidget *dialogParent);
    // A reprint: the n-th (from record_reprint), marked REPRINT; opens no drawer.
    Reply<void> printAgain(const Booking &booking, int reprint, QWidget *dialogParent);
    // The drawer without a sale (a "no sale", recorded by the caller). Receipt printers only.
    Reply<void> openDrawer();
    // The cash-up report at the close of a shift: on the receipt printer, or as a page on the page printer.
    Reply<void> printCashUp(const Shift &shift, const CashUp &cashUp);

    // The ESC/POS job of a sale, as sent (for tests and the command line).
    PrintDocument saleDocument(const Booking &booking, std::optional<Money> tendered, int reprint) const;
    PrintDocument cashUpDocument(const Shift &shift, const CashUp &cashUp) const;

private:
    Reply<void> send(const PrintDocument &document);
    Reply<void> onPage(const Booking &booking, int reprint, QWidget *dialogParent);

    TerminalSession *m_session = nullptr;
    QSettings *m_settings = nullptr;
    QPointer<EscPosPrinter> m_printer;
};

} // namespace Marquee

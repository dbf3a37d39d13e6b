#pragma once

#include "common/result.h"
#include "paperroll.h"
#include "printeraddress.h"

class QSettings;

namespace Marquee {

// This terminal's receipt and ticket printer, set up once per desk and kept in the terminal's QSettings (the
// settings of the computer's user, like the language and the last sign-in): its escpos:// address and its paper
// width. A desk without one prints to a page printer through the print dialog, as before.
class PrinterSettings
{
public:
    // `settings` is for tests; by default the application's own QSettings.
    explicit PrinterSettings(QSettings *settings = nullptr);

    bool hasReceiptPrinter() const;
    // PrinterNotConfigured when none is set up, PrinterAddressInvalid when the stored value was edited into nonsense.
    Result<PrinterAddress> receiptPrinter() const;
    void setReceiptPrinter(const PrinterAddress &address);
    // Back to the page printer.
    void clearReceiptPrinter();

    // 80 mm unless set to 58 mm.
    PaperRoll paperRoll() const;
    void setPaperRoll(const PaperRoll &roll);

private:
    QSettings *m_settings = nullptr;
};

} // namespace Marquee

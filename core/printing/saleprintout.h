#pragma once

#include "printdocument.h"
#include "receipt.h"
#include "ticketslip.h"

#include <QList>
#include <QLocale>

namespace Marquee {

// One sale's job for the desk's printer: the cash drawer opened first (cash sales only, never on a reprint, so
// the clerk can put the money away while it prints), then each ticket with its cut, then the receipt with its
// cut. Render it with EscPosRenderer and send it with EscPosPrinter.
class SalePrintout
{
public:
    static PrintDocument compose(const Receipt &receipt, const QList<TicketSlip> &tickets,
                                 const QLocale &locale = QLocale());

    // Whether a sale opens the drawer: cash changed hands just now.
    static bool opensDrawer(const Receipt &receipt);
};

} // namespace Marquee

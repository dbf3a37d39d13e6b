#include "saleprintout.h"

#include "receiptlayout.h"
#include "ticketlayout.h"

namespace Marquee {

bool SalePrintout::opensDrawer(const Receipt &receipt)
{
    return receipt.payment == PaymentMethod::Cash && !receipt.reprint;
}

PrintDocument SalePrintout::compose(const Receipt &receipt, const QList<TicketSlip> &tickets, const QLocale &locale)
{
    PrintDocument doc;
    if (opensDrawer(receipt))
        doc.openDrawer();
    const TicketLayout ticketLayout(locale);
    for (const TicketSlip &ticket : tickets)
        doc.append(ticketLayout.compose(ticket));
    doc.append(ReceiptLayout(locale).compose(receipt));
    return doc;
}

} // namespace Marquee

#pragma once

#include "printdocument.h"
#include "ticketslip.h"

#include <QCoreApplication>
#include <QLocale>

namespace Marquee {

// One ticket on the paper roll: the event, when and where, the seat or general admission, the ticket type, the
// code as a QR code (the printer's own, so it is sharp) and as text to read out, then a cut.
class TicketLayout
{
    Q_DECLARE_TR_FUNCTIONS(TicketLayout)

public:
    explicit TicketLayout(const QLocale &locale = QLocale());

    PrintDocument compose(const TicketSlip &ticket) const;

private:
    QLocale m_locale;
};

} // namespace Marquee

#pragma once

#include "printdocument.h"
#include "receipt.h"

#include <QCoreApplication>
#include <QLocale>

namespace Marquee {

// A sale's receipt on the paper roll: the venue, the receipt number, when, which desk and who, the booking
// reference, a line per item, the total, what was tendered and the change, then a cut. Words in the terminal's
// language, numbers and dates in its locale, the time in the venue's zone.
class ReceiptLayout
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptLayout)

public:
    explicit ReceiptLayout(const QLocale &locale = QLocale());

    PrintDocument compose(const Receipt &receipt) const;

    // "23 Jan 2027 19:04 +07": how receipts and tickets print a moment, in the given zone.
    static QString moment(const QLocale &locale, const QDateTime &at, const QTimeZone &zone);

private:
    QLocale m_locale;
};

} // namespace Marquee

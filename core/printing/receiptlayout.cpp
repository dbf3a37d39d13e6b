#include "receiptlayout.h"

namespace Marquee {

namespace {

// What an absent value prints as (a receipt number before the database keeps one, a desk a reprint does not know).
const QString Absent = QStringLiteral("\u2014");

QString orAbsent(const QString &value)
{
    return value.trimmed().isEmpty() ? Absent : value;
}

} // namespace

ReceiptLayout::ReceiptLayout(const QLocale &locale)
    : m_locale(locale)
{
}

QString ReceiptLayout::moment(const QLocale &locale, const QDateTime &at, const QTimeZone &zone)
{
    if (!at.isValid())
        return Absent;
    const QDateTime local = zone.isValid() ? at.toTimeZone(zone) : at.toLocalTime();
    return locale.toString(local, QStringLiteral("d MMM yyyy HH:mm")) + QLatin1Char(' ')
        + local.timeZoneAbbreviation();
}

PrintDocument ReceiptLayout::compose(const Receipt &receipt) const
{
    using Style = PrintDocument::Style;
    const Style bold{PrintDocument::Alignment::Left, true, false};
    PrintDocument doc;
    doc.centred(receipt.venue, true, true);
    doc.centred(tr("RECEIPT"), true);
    if (receipt.reprint) {
        doc.centred(tr("REPRINT"), true, true);
        if (receipt.printedAt.isValid())
            doc.centred(tr("Printed again %1").arg(moment(m_locale, receipt.printedAt, receipt.timeZone)));
    }
    doc.rule();
    doc.columns(tr("Receipt no."), orAbsent(receipt.receiptNumber));
    doc.columns(tr("Date"), moment(m_locale, receipt.soldAt, receipt.timeZone));
    doc.columns(tr("Desk"), orAbsent(receipt.desk));
    doc.columns(tr("Staff"), orAbsent(receipt.staff));
    doc.columns(tr("Booking"), receipt.reference);
    doc.rule();

    QString lastEvent;
    QDateTime lastStart;
    for (const ReceiptItem &item : receipt.items) {
        if (item.event != lastEvent || item.startsAt != lastStart) {
            doc.line(item.event, bold);
            doc.line(moment(m_locale, item.startsAt, receipt.timeZone));
            lastEvent = item.event;
            lastStart = item.startsAt;
        }
        const QString type = item.ticketType.isEmpty() ? tr("Standard") : item.ticketType;
        const QString what = item.seat.isEmpty()
            ? tr("%1 x %2").arg(m_locale.toString(item.quantity), type)
            : tr("%1 x %2, %3").arg(m_locale.toString(item.quantity), type, item.seat); // "Stalls, row F, seat 12"
        doc.columns(what, item.amount.toDisplayString(m_locale));
    }
    doc.rule();
    const Style large{PrintDocument::Alignment::Left, true, true};
    doc.columns(tr("TOTAL"), receipt.total.toDisplayString(m_locale), large);
    switch (receipt.payment) {
    case PaymentMethod::Cash:
        if (receipt.tendered) {
            doc.columns(tr("Cash tendered"), receipt.tendered->toDisplayString(m_locale));
            doc.columns(tr("Change"), receipt.change()->toDisplayString(m_locale), bold);
        } else {
            doc.line(tr("Paid in cash"));
        }
        break;
    case PaymentMethod::Card:
        doc.columns(tr("Paid by card"), receipt.total.toDisplayString(m_locale));
        break;
    case PaymentMethod::Complimentary:
        doc.line(tr("Complimentary tickets: nothing to pay"));
        break;
    }
    doc.rule();
    doc.centred(tr("Thank you, and enjoy the show"));
    doc.feed(2);
    doc.cut();
    return doc;
}

} // namespace Marquee

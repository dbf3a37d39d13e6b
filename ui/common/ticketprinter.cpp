#include "ticketprinter.h"

#include "printing/ticketslip.h"
#include "qrcode.h"

#include <QDir>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace Marquee {

namespace {

qreal millimetres(qreal mm, qreal dpi)
{
    return mm * dpi / 25.4;
}

QString statusStamp(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Cancelled: return TicketPrinter::tr("CANCELLED");
    case TicketStatus::Used: return TicketPrinter::tr("CHECKED IN");
    case TicketStatus::Active: break;
    }
    return QString();
}

// Draws the code module by module as rectangles: vector output stays sharp at any printer resolution.
void paintQrCode(QPainter *painter, const QRectF &target, const QString &text)
{
    const QImage modules = qrCodeImage(text, 1);
    if (modules.isNull() || modules.width() == 0)
        return;
    const qreal module = qMin(target.width(), target.height()) / modules.width();
    const QPointF origin(target.center().x() - module * modules.width() / 2.0,
                         target.center().y() - module * modules.height() / 2.0);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->fillRect(QRectF(origin, QSizeF(module * modules.width(), module * modules.height())), Qt::white);
    QPainterPath dark;
    for (int y = 0; y < modules.height(); ++y) {
        for (int x = 0; x < modules.width(); ++x) {
            if (qGray(modules.pixel(x, y)) < 128)
                dark.addRect(QRectF(origin.x() + x * module, origin.y() + y * module, module, module));
        }
    }
    dark.setFillRule(Qt::WindingFill);
    painter->setBrush(Qt::black);
    painter->drawPath(dark.simplified());
    painter->restore();
}

} // namespace

TicketPrinter::TicketPrinter(Layout layout, const QLocale &locale)
    : m_layout(layout)
    , m_locale(locale)
{
}

void TicketPrinter::paintTicket(QPainter *painter, const QRectF &rect, qreal dpi, const Booking &booking,
                                const Ticket &ticket) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    // A printed ticket is ink on white paper whatever the screen looks like, so its greys and the red of a stamp
    // are fixed here rather than taken from a view family's look.

    const qreal pad = millimetres(5, dpi);
    QPen border(QColor(0x30, 0x30, 0x30));
    border.setWidthF(millimetres(0.4, dpi));
    painter->setPen(border);
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(rect, millimetres(3, dpi), millimetres(3, dpi));

    // QR code on the right, as tall as the ticket allows; a dashed tear line before it.
    const qreal qrSide = rect.height() - 2 * pad;
    const QRectF qrRect(rect.right() - pad - qrSide, rect.top() + pad, qrSide, qrSide);
    QPen tear(QColor(0x90, 0x90, 0x90));
    tear.setStyle(Qt::DashLine);
    tear.setWidthF(millimetres(0.3, dpi));
    painter->setPen(tear);
    const qreal tearX = qrRect.left() - pad;
    painter->drawLine(QPointF(tearX, rect.top()), QPointF(tearX, rect.bottom()));
    paintQrCode(painter, qrRect, ticket.code);

    QRectF text(rect.left() + pad, rect.top() + pad, tearX - rect.left() - 2 * pad, rect.height() - 2 * pad);
    auto line = [&](const QString &value, qreal pointSize, bool bold, const QColor &color, const QString &family = QString()) {
        QFont font = family.isEmpty() ? QFont() : QFont(family);
        if (!family.isEmpty())
            font.setStyleHint(QFont::Monospace);
        font.setPointSizeF(pointSize);
        font.setBold(bold);
        painter->setFont(font);
        painter->setPen(color);
        const QFontMetricsF metrics(font, painter->device());
        const QString elided = metrics.elidedText(value, Qt::ElideRight, text.width());
        painter->drawText(QRectF(text.left(), text.top(), text.width(), metrics.height()), Qt::AlignLeft | Qt::AlignTop, elided);
        text.setTop(text.top() + metrics.height() * 1.15);
    };

    const QColor ink(0x10, 0x10, 0x10);
    const QColor muted(0x55, 0x55, 0x55);
    line(tr("MARQUEE · ADMIT ONE"), 7, true, muted);
    line(booking.eventTitle, 15, true, ink);
    line(booking.venue, 10, false, ink);
    line(m_locale.toString(booking.startsAt.toLocalTime(), QLocale::LongFormat), 10, false, ink);
    // What the ticket is for: its type and, at a seated event, its seat.
    const QString seat = TicketSlip::seatOf(ticket);
    if (!seat.isEmpty())
        line(seat, 12, true, ink);
    if (!ticket.typeName.isEmpty())
        line(ticket.typeName, 10, false, ink);
    line(tr("Booking %1 · %2").arg(booking.reference, booking.customerName), 9, false, muted);

    // The code sits at the bottom, large enough to read out over the phone.
    QFont codeFont(QStringLiteral("DejaVu Sans Mono"));
    codeFont.setStyleHint(QFont::Monospace);
    codeFont.setPointSizeF(13);
    codeFont.setBold(true);
    const QFontMetricsF codeMetrics(codeFont, painter->device());
    painter->setFont(codeFont);
    painter->setPen(ink);
    painter->drawText(QRectF(text.left(), rect.bottom() - pad - codeMetrics.height(), text.width(), codeMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, ticket.code);

    QString stamp = booking.isVoid() ? statusStamp(TicketStatus::Cancelled) : statusStamp(ticket.status);
    if (stamp.isEmpty() && m_reprint > 0)
        stamp = tr("REPRINT %1").arg(m_reprint);
    if (!stamp.isEmpty()) {
        QFont stampFont;
        stampFont.setPointSizeF(26);
        stampFont.setBold(true);
        painter->setFont(stampFont);
        QColor red(0xc0, 0x00, 0x20);
        red.setAlpha(170);
        painter->setPen(red);
        painter->translate(rect.center());
        painter->rotate(-12);
        painter->drawText(QRectF(-rect.width() / 2, -rect.height() / 2, rect.width(), rect.height()), Qt::AlignCenter, stamp);
    }
    painter->restore();
}

bool TicketPrinter::print(QPagedPaintDevice *device, const Booking &booking) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const qreal dpi = device->logicalDpiX();
    const QRectF page(0, 0, device->width(), device->height());
    const qreal width = qMin(page.width(), millimetres(180, dpi));
    const qreal height = width * 0.36;
    const qreal gap = millimetres(8, dpi);
    const int perPage = m_layout == Layout::OnePerPage ? 1 : qMax(1, int((page.height() + gap) / (height + gap)));

    const QList<Ticket> &tickets = booking.tickets;
    for (int i = 0; i < tickets.size(); ++i) {
        const int slot = i % perPage;
        if (i > 0 && slot == 0)
            device->newPage();
        const QRectF rect(page.left() + (page.width() - width) / 2, page.top() + slot * (height + gap), width, height);
        paintTicket(&painter, rect, dpi, booking, tickets.at(i));
    }
    return painter.end();
}

bool TicketPrinter::printWithDialog(QWidget *parent, const Booking &booking, int reprint, QString *printerName)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Tickets for booking %1").arg(booking.reference));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print tickets"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (printerName)
        *printerName = printer.outputFormat() == QPrinter::NativeFormat ? printer.printerName() : QString();
    TicketPrinter painter(Layout::SeveralPerPage);
    painter.setReprint(reprint);
    return painter.print(&printer, booking);
}

bool TicketPrinter::printTo(const QString &printerName, const Booking &booking, int reprint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(printerName);
    if (!printer.isValid() || printer.printerName() != printerName)
        return false;
    printer.setDocName(tr("Tickets for booking %1").arg(booking.reference));
    TicketPrinter painter(Layout::SeveralPerPage);
    painter.setReprint(reprint);
    return painter.print(&printer, booking);
}

bool TicketPrinter::saveAsPdf(QWidget *parent, const Booking &booking, QString *error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder.isEmpty() ? QDir::homePath() : folder)
                                  .filePath(tr("tickets-%1.pdf").arg(booking.reference));
    QString fileName = QFileDialog::getSaveFileName(parent, tr("Save tickets as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (fileName.isEmpty())
        return false;
    if (!fileName.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        fileName += QStringLiteral(".pdf");
    if (!writePdf(fileName, booking)) {
        if (error)
            *error = tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(fileName));
        return false;
    }
    return true;
}

bool TicketPrinter::writePdf(const QString &fileName, const Booking &booking, Layout layout)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(fileName);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Tickets for booking %1").arg(booking.reference));
    return TicketPrinter(layout).print(&printer, booking);
}

} // namespace Marquee

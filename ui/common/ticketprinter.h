#pragma once

#include "domain/booking.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;
class QWidget;

namespace Marquee {

// Paints the tickets of a booking for paper or PDF: event title, venue, date and time, the booking
// reference, the ticket code and its QR code, one ticket per page (ticket printers) or as many as
// fit on a page (office printers, PDF). Works on any QPagedPaintDevice: QPrinter, QPdfWriter.
class TicketPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(TicketPrinter)

public:
    enum class Layout { OnePerPage, SeveralPerPage };

    explicit TicketPrinter(Layout layout = Layout::SeveralPerPage, const QLocale &locale = QLocale());

    void setLayout(Layout layout) { m_layout = layout; }
    Layout layout() const { return m_layout; }
    void setLocale(const QLocale &locale) { m_locale = locale; }
    // A reprint (the n-th, from marquee.record_reprint): every ticket says REPRINT n. 0: the first print.
    void setReprint(int count) { m_reprint = count; }
    int reprint() const { return m_reprint; }

    // Paints every ticket of the booking; cancelled and used ones are marked as such. False if the
    // device cannot be painted on (a PDF file that cannot be written, say).
    bool print(QPagedPaintDevice *device, const Booking &booking) const;

    // One ticket into `rect` of a painter whose device has `dpi` dots per inch.
    void paintTicket(QPainter *painter, const QRectF &rect, qreal dpi, const Booking &booking, const Ticket &ticket) const;

    // The desk's two ways out: the print dialog, and a PDF file chosen in a file dialog.
    // Both return false if the person cancelled or it failed (`error` then says why, if it failed).
    // `printerName` is filled with the printer chosen, so the desk can keep it and print there without a dialog.
    static bool printWithDialog(QWidget *parent, const Booking &booking, int reprint = 0, QString *printerName = nullptr);
    // Straight to the named page printer, no dialog: the desk's saved printer. False if it cannot be used.
    static bool printTo(const QString &printerName, const Booking &booking, int reprint = 0);
    static bool saveAsPdf(QWidget *parent, const Booking &booking, QString *error = nullptr);
    // Writes the PDF without asking (the dialog's second half, and for tests).
    static bool writePdf(const QString &fileName, const Booking &booking, Layout layout = Layout::SeveralPerPage);

private:
    Layout m_layout;
    QLocale m_locale;
    int m_reprint = 0;
};

} // namespace Marquee

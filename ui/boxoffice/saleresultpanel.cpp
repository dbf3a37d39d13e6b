#include "saleresultpanel.h"

#include "bookingresultsmodel.h"
#include "common/texttone.h"
#include "desklook.h"
#include "deskprinter.h"
#include "session/terminalsession.h"
#include "booking/bookingservice.h"
#include "venue/venueformat.h"
#include "common/ticketprinter.h"
#include "ticketlistmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace Marquee {

namespace {
constexpr int QrCodePixels = 168;
}

SaleResultPanel::SaleResultPanel(QWidget *parent)
    : QWidget(parent)
{
    m_tickets = new TicketListModel(this);
    m_tickets->setQrCodeSize(QrCodePixels);

    m_reference = new QLabel(this);
    m_reference->setObjectName(QStringLiteral("bookingReference"));
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont referenceFont = m_reference->font();
    referenceFont.setPointSizeF(referenceFont.pointSizeF() * 2.0);
    referenceFont.setBold(true);
    m_reference->setFont(referenceFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("saleSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // names typed by people
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("resultChangeDue"));
    QFont changeFont = m_change->font();
    changeFont.setPointSizeF(changeFont.pointSizeF() * 1.6);
    changeFont.setBold(true);
    m_change->setFont(changeFont);
    DeskLook::setTone(m_change, TextTone::Good);

    m_ticketsLabel = new QLabel(this);
    m_ticketView = new QListView(this);
    m_ticketView->setObjectName(QStringLiteral("ticketList"));
    m_ticketView->setModel(m_tickets);
    m_ticketView->setViewMode(QListView::IconMode);
    m_ticketView->setIconSize(QSize(QrCodePixels, QrCodePixels));
    m_ticketView->setGridSize(QSize(QrCodePixels + 80, QrCodePixels + 56));
    m_ticketView->setResizeMode(QListView::Adjust);
    m_ticketView->setMovement(QListView::Static);
    m_ticketView->setWordWrap(true);
    m_ticketView->setSelectionMode(QAbstractItemView::NoSelection);
    m_ticketView->setFocusPolicy(Qt::NoFocus);
    m_ticketsLabel->setBuddy(m_ticketView);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("resultMessage"));
    m_message->setTextFormat(Qt::PlainText);

    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printTickets"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("saveTicketsPdf"));
    m_newSale = new QPushButton(this);
    m_newSale->setObjectName(QStringLiteral("resultNewSale"));
    for (QPushButton *button : {m_print, m_pdf, m_newSale})
        button->setMinimumHeight(44);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addStretch(1);
    buttons->addWidget(m_newSale);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reference);
    layout->addWidget(m_summary);
    layout->addWidget(m_change);
    layout->addWidget(m_ticketsLabel);
    layout->addWidget(m_ticketView, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    setTabOrder(m_print, m_pdf);
    setTabOrder(m_pdf, m_newSale);

    connect(m_print, &QPushButton::clicked, this, &SaleResultPanel::print);
    connect(m_pdf, &QPushButton::clicked, this, &SaleResultPanel::saveAsPdf);
    connect(m_newSale, &QPushButton::clicked, this, &SaleResultPanel::newSaleRequested);

    retranslate();
}

void SaleResultPanel::showSale(const Sale &sale, std::optional<Money> changeDue)
{
    m_stored = sale.stored.has_value();
    if (m_stored) {
        m_booking = *sale.stored;
    } else {
        // Only what book_tickets answered: nothing is made up on this side.
        m_booking = Booking();
        m_booking.id = sale.confirmation.bookingId;
        m_booking.reference = sale.confirmation.reference;
        m_booking.eventId = sale.confirmation.eventId;
        m_booking.totalAmount = sale.confirmation.totalAmount;
        m_booking.quantity = int(sale.confirmation.ticketCodes.size());
        for (const QString &code : sale.confirmation.ticketCodes) {
            Ticket ticket;
            ticket.code = code;
            m_booking.tickets.append(ticket);
        }
    }
    m_changeDue = changeDue;
    m_printed = false;
    m_tickets->setTickets(m_booking.tickets);
    m_message->clear();
    m_print->setEnabled(m_stored);
    m_pdf->setEnabled(m_stored);
    retranslate();
    (m_stored ? m_print : m_newSale)->setFocus(Qt::OtherFocusReason);
    // A desk with its printer chosen prints every sale without being asked (and without a dialog).
    if (m_stored && m_printer && m_printer->kind() != DeskPrinter::Kind::NotChosen)
        printFirst();
}

void SaleResultPanel::setPrinter(DeskPrinter *printer, TerminalSession *session)
{
    m_printer = printer;
    m_session = session;
}

QString SaleResultPanel::printMessage() const
{
    return m_message->text();
}

void SaleResultPanel::printFirst()
{
    if (!m_printer || m_printing)
        return;
    m_printing = true;
    DeskLook::setTone(m_message, TextTone::Plain);
    m_message->setText(tr("Printing…"));
    // The tendered amount goes on the receipt; the change with it.
    std::optional<Money> tendered;
    if (m_changeDue)
        tendered = *m_changeDue + m_booking.totalAmount;
    const qint64 bookingId = m_booking.id;
    m_printer->printSale(m_booking, tendered, this).then(this, [this, bookingId](Result<void> printed) {
        m_printing = false;
        if (m_booking.id != bookingId)
            return;
        if (!printed) {
            DeskLook::setTone(m_message, TextTone::Bad);
            m_message->setText(tr("%1 Press Ctrl+P to print again.").arg(printed.error().message()));
            return;
        }
        m_printed = true;
        DeskLook::setTone(m_message, TextTone::Good);
        m_message->setText(tr("Tickets and receipt printed."));
    });
}

void SaleResultPanel::printAgain()
{
    if (!m_printer || !m_session || m_printing)
        return;
    m_printing = true;
    const Booking booking = m_booking;
    // Recorded first (who reprinted, and the how-manieth): the ticket then says REPRINT and that number.
    m_session->bookings().recordReprint(booking.id).then(this, [this, booking](Result<int> count) {
        if (!count) {
            m_printing = false;
            DeskLook::setTone(m_message, TextTone::Bad);
            m_message->setText(count.error().message());
            return;
        }
        m_printer->printAgain(booking, count.value(), this).then(this, [this, n = count.value()](Result<void> printed) {
            m_printing = false;
            DeskLook::setTone(m_message, printed ? TextTone::Good : TextTone::Bad);
            m_message->setText(printed ? tr("Printed again, marked REPRINT %1.").arg(n) : printed.error().message());
        });
    });
}

void SaleResultPanel::retranslate()
{
    const QLocale locale;
    // In the venue's zone and currency once the desk's session is known.
    const VenueFormat format(m_session ? m_session->venueSettings() : VenueSettings(), locale);
    m_reference->setText(m_booking.id > 0 ? tr("Booking %1").arg(m_booking.reference) : QString());
    // A walk-in has no phone: just the name, no empty brackets.
    const QString customer = m_booking.customerPhone.isEmpty()
                                 ? m_booking.customerName
                                 : tr("%1 (%2)", "customer name (phone)").arg(m_booking.customerName, m_booking.customerPhone);
    if (m_stored || m_booking.id == 0)
        m_summary->setText(tr("%1 — %2, %3\n%n ticket(s) for %4 · Total %5 · %6", nullptr, m_booking.quantity)
                               .arg(m_booking.eventTitle,
                                    format.dateTime(m_booking.startsAt, QLocale::LongFormat),
                                    m_booking.venue, customer,
                                    format.money(m_booking.totalAmount),
                                    BookingResultsModel::paymentText(m_booking.paymentMethod)));
    else
        m_summary->setText(tr("%n ticket(s) booked · Total %1\nThe details could not be read back just now: find the "
                              "booking with F3 to print its tickets.", nullptr, m_booking.quantity)
                               .arg(format.money(m_booking.totalAmount)));
    m_change->setVisible(m_changeDue.has_value());
    if (m_changeDue)
        m_change->setText(tr("Change due: %1").arg(format.money(*m_changeDue)));
    m_ticketsLabel->setText(tr("Tickets"));
    m_print->setText(tr("Print (Ctrl+P)"));
    m_print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pdf->setText(tr("Save as PDF (Ctrl+S)"));
    m_pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_newSale->setText(tr("New sale (Esc)"));
    m_newSale->setShortcut(QKeySequence(Qt::Key_Escape));
    m_tickets->retranslate();
}

void SaleResultPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SaleResultPanel::print()
{
    if (!m_stored || m_booking.tickets.isEmpty())
        return;
    if (m_printer) {
        if (m_printed)
            printAgain();
        else
            printFirst();
        return;
    }
    if (TicketPrinter::printWithDialog(this, m_booking))
        m_message->setText(tr("Tickets sent to the printer."));
}

void SaleResultPanel::saveAsPdf()
{
    if (!m_stored || m_booking.tickets.isEmpty())
        return;
    QString error;
    if (TicketPrinter::saveAsPdf(this, m_booking, &error))
        m_message->setText(tr("Tickets saved as PDF."));
    else if (!error.isEmpty())
        m_message->setText(error);
}

} // namespace Marquee

#include "bookinglookuppanel.h"

#include "booking/bookinglookup.h"
#include "booking/bookingservice.h"
#include "bookingresultsmodel.h"
#include "common/texttone.h"
#include "desklook.h"
#include "common/ticketprinter.h"
#include "session/terminalsession.h"
#include "ticketlistmodel.h"
#include "validation/validation.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Marquee {

BookingLookupPanel::BookingLookupPanel(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_bookings = new BookingResultsModel(this);
    m_tickets = new TicketListModel(this);
    m_tickets->setQrCodeSize(40);

    m_queryLabel = new QLabel(this);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("lookupQuery"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_queryLabel->setBuddy(m_query);
    m_find = new QPushButton(this);
    m_find->setObjectName(QStringLiteral("findBooking"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lookupMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // it repeats what was typed and names customers

    m_bookingView = new QTableView(this);
    m_bookingView->setObjectName(QStringLiteral("bookingTable"));
    m_bookingView->setModel(m_bookings);
    m_bookingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bookingView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bookingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bookingView->setAlternatingRowColors(true);
    m_bookingView->setTabKeyNavigation(false);
    m_bookingView->verticalHeader()->hide();
    m_bookingView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_bookingView->horizontalHeader()->setSectionResizeMode(BookingResultsModel::EventTitle, QHeaderView::Stretch);

    m_ticketsLabel = new QLabel(this);
    m_ticketView = new QListView(this);
    m_ticketView->setObjectName(QStringLiteral("lookupTickets"));
    m_ticketView->setModel(m_tickets);
    m_ticketView->setIconSize(QSize(40, 40));
    m_ticketView->setSpacing(2);
    m_ticketsLabel->setBuddy(m_ticketView);

    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelBooking"));
    m_reprint = new QPushButton(this);
    m_reprint->setObjectName(QStringLiteral("reprintTickets"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("lookupSavePdf"));
    m_checkIn = new QPushButton(this);
    m_checkIn->setObjectName(QStringLiteral("checkInTicket"));
    m_newSale = new QPushButton(this);
    m_newSale->setObjectName(QStringLiteral("lookupNewSale"));
    for (QPushButton *button : {m_find, m_cancel, m_reprint, m_pdf, m_checkIn, m_newSale})
        button->setMinimumHeight(36);

    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(m_queryLabel);
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(m_find);

    auto *ticketColumn = new QVBoxLayout;
    ticketColumn->addWidget(m_ticketsLabel);
    ticketColumn->addWidget(m_ticketView, 1);

    auto *results = new QHBoxLayout;
    results->addWidget(m_bookingView, 3);
    results->addLayout(ticketColumn, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_reprint);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_checkIn);
    buttons->addStretch(1);
    buttons->addWidget(m_newSale);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(queryRow);
    layout->addWidget(m_message);
    layout->addLayout(results, 1);
    layout->addLayout(buttons);

    setTabOrder(m_query, m_find);
    setTabOrder(m_find, m_bookingView);
    setTabOrder(m_bookingView, m_ticketView);
    setTabOrder(m_ticketView, m_cancel);
    setTabOrder(m_cancel, m_reprint);
    setTabOrder(m_reprint, m_pdf);
    setTabOrder(m_pdf, m_checkIn);
    setTabOrder(m_checkIn, m_newSale);

    connect(m_query, &QLineEdit::returnPressed, this, &BookingLookupPanel::runSearch);
    connect(m_find, &QPushButton::clicked, this, &BookingLookupPanel::runSearch);
    connect(m_bookingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showCurrentTickets();
        updateActions();
    });
    connect(m_bookings, &QAbstractItemModel::dataChanged, this, [this] {
        showCurrentTickets();
        updateActions();
    });
    connect(m_cancel, &QPushButton::clicked, this, &BookingLookupPanel::cancelCurrent);
    connect(m_reprint, &QPushButton::clicked, this, &BookingLookupPanel::reprintCurrent);
    connect(m_pdf, &QPushButton::clicked, this, &BookingLookupPanel::savePdfCurrent);
    connect(m_checkIn, &QPushButton::clicked, this, &BookingLookupPanel::checkInCurrent);
    connect(m_newSale, &QPushButton::clicked, this, &BookingLookupPanel::newSaleRequested);

    retranslate();
    updateActions();
}

void BookingLookupPanel::retranslate()
{
    m_queryLabel->setText(tr("&Find"));
    m_query->setPlaceholderText(tr("Ticket code, booking reference (K7QM2XPA) or phone"));
    m_find->setText(tr("Find booking (Enter)"));
    m_ticketsLabel->setText(tr("T&ickets"));
    m_cancel->setText(tr("Cancel booking (Ctrl+Del)"));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_reprint->setText(tr("Reprint (Ctrl+P)"));
    m_reprint->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pdf->setText(tr("Save as PDF (Ctrl+S)"));
    m_pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_checkIn->setText(tr("Check in ticket (F8)"));
    m_checkIn->setShortcut(QKeySequence(Qt::Key_F8));
    m_newSale->setText(tr("New sale (Esc)"));
    m_newSale->setShortcut(QKeySequence(Qt::Key_Escape));
    m_bookings->setLocale(QLocale());
    m_tickets->retranslate();
}

void BookingLookupPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool BookingLookupPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field goes to the results, as in a completer.
    if (watched == m_query && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_bookings->rowCount() > 0) {
        m_bookingView->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void BookingLookupPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void BookingLookupPanel::find(const QString &text)
{
    m_query->setText(text);
    runSearch();
}

const Booking *BookingLookupPanel::currentBooking() const
{
    return m_bookings->bookingAt(m_bookingView->currentIndex().row());
}

void BookingLookupPanel::showMessage(const QString &text, bool isError)
{
    DeskLook::setTone(m_message, isError ? TextTone::Bad : TextTone::Good);
    m_message->setText(text);
}

void BookingLookupPanel::runSearch()
{
    const BookingLookup lookup = BookingLookup::parse(m_query->text());
    if (!lookup.isValid()) {
        m_search.cancel();
        showMessage(tr("Enter a ticket code (TKT-…), a booking reference such as K7QM2XPA, or a phone number."), true);
        focusQuery();
        return;
    }
    showMessage(tr("Searching…"), false);
    // Asking again drops the answer to an earlier search still on its way.
    m_search.ask(m_session->bookings().lookUp(lookup), this,
                 [this, text = m_query->text().trimmed()](Result<QList<Booking>> result) {
        if (!result) {
            showMessage(result.error().message(), true);
            return;
        }
        const QList<Booking> &found = result.value();
        showBookings(found);
        if (found.isEmpty())
            showMessage(tr("No booking matches “%1”.").arg(text), true);
        else
            showMessage(tr("%n booking(s) found.", nullptr, int(found.size())), false);
    });
}

void BookingLookupPanel::showBookings(const QList<Booking> &bookings)
{
    m_bookings->setBookings(bookings);
    if (!bookings.isEmpty()) {
        m_bookingView->setCurrentIndex(m_bookings->index(0, BookingResultsModel::Reference));
        m_bookingView->setFocus(Qt::OtherFocusReason);
    }
    showCurrentTickets();
    updateActions();
}

void BookingLookupPanel::showCurrentTickets()
{
    const Booking *booking = currentBooking();
    m_tickets->setTickets(booking ? booking->tickets : QList<Ticket>());
}

void BookingLookupPanel::updateActions()
{
    const Booking *booking = currentBooking();
    m_cancel->setEnabled(booking && !booking->isVoid() && !m_busy);
    m_reprint->setEnabled(booking && !booking->tickets.isEmpty());
    m_pdf->setEnabled(booking && !booking->tickets.isEmpty());
    m_checkIn->setEnabled(booking && !booking->isVoid() && !m_busy);
}

void BookingLookupPanel::cancelCurrent()
{
    const Booking *current = currentBooking();
    if (!current || m_busy)
        return;
    if (current->isVoid()) {
        showMessage(tr("Booking %1 is already cancelled.").arg(current->reference), true);
        return;
    }
    const Booking booking = *current;
    QMessageBox box(QMessageBox::Question, tr("Cancel booking"),
                    tr("Cancel booking %1 for %2: %n ticket(s) to %3?", nullptr, booking.quantity)
                        .arg(booking.reference, booking.customerName, booking.eventTitle),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("The seats go back on sale at once. Press Y to cancel the booking, Esc to keep it."));
    QPushButton *yes = box.addButton(tr("&Yes, cancel it"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmCancel"));
    QPushButton *keep = box.addButton(tr("&Keep it"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != yes)
        return;

    m_busy = true;
    updateActions();
    showMessage(tr("Cancelling booking %1…").arg(booking.reference), false);
    m_session->bookings().cancel(booking.id).then(this, [this, booking](Result<CancellationResult> result) {
        m_busy = false;
        if (!result) {
            showMessage(result.error().message(), true);
            updateActions();
            return;
        }
        showMessage(tr("Booking %1 cancelled: %n seat(s) back on sale.", nullptr, result->released)
                        .arg(booking.reference), false);
        emit bookingCancelled(booking.id);
        reload(booking.id);
    });
}

void BookingLookupPanel::reload(qint64 bookingId)
{
    m_session->bookings().get(bookingId).then(this, [this](Result<Booking> result) {
        if (result)
            m_bookings->replaceBooking(result.value());
        updateActions();
    });
}

void BookingLookupPanel::reprintCurrent()
{
    if (const Booking *booking = currentBooking()) {
        if (TicketPrinter::printWithDialog(this, *booking))
            showMessage(tr("Tickets of booking %1 sent to the printer.").arg(booking->reference), false);
    }
}

void BookingLookupPanel::savePdfCurrent()
{
    const Booking *booking = currentBooking();
    if (!booking)
        return;
    QString error;
    if (TicketPrinter::saveAsPdf(this, *booking, &error))
        showMessage(tr("Tickets of booking %1 saved as PDF.").arg(booking->reference), false);
    else if (!error.isEmpty())
        showMessage(error, true);
}

void BookingLookupPanel::checkInCurrent()
{
    const Booking *booking = currentBooking();
    if (!booking || m_busy)
        return;
    // The highlighted ticket, or the one whose code was searched for.
    QString code;
    if (const Ticket *ticket = m_tickets->ticketAt(m_ticketView->currentIndex().row()))
        code = ticket->code;
    if (code.isEmpty()) {
        const QString searched = Validation::normalizeTicketCode(m_query->text());
        for (const Ticket &ticket : booking->tickets) {
            if (ticket.code == searched)
                code = ticket.code;
        }
    }
    if (code.isEmpty()) {
        showMessage(tr("Choose a ticket in the list first (Tab to the tickets, Up/Down)."), true);
        return;
    }
    m_busy = true;
    updateActions();
    m_session->bookings().checkIn(code).then(this, [this, code](Result<Booking> result) {
        m_busy = false;
        if (!result) {
            showMessage(result.error().message(), true);
            updateActions();
            return;
        }
        m_bookings->replaceBooking(result.value());
        showMessage(tr("Ticket %1 checked in.").arg(code), false);
        updateActions();
    });
}

} // namespace Marquee

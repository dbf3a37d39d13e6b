#include "bookinglookuppanel.h"

#include "booking/bookinglookup.h"
#include "booking/bookingservice.h"
#include "bookingresultsmodel.h"
#include "common/texttone.h"
#include "desklook.h"
#include "deskprinter.h"
#include "paymentpart.h"
#include "refunds/refundservice.h"
#include "venue/venueformat.h"
#include "common/ticketprinter.h"
#include "session/terminalsession.h"
#include "ticketlistmodel.h"
#include "validation/validation.h"

#include <QButtonGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QRadioButton>
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
    m_pay = new QPushButton(this);
    m_pay->setObjectName(QStringLiteral("payReservation"));
    for (QPushButton *button : {m_find, m_pay, m_cancel, m_reprint, m_pdf, m_checkIn, m_newSale})
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
    buttons->addWidget(m_pay);
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
    setTabOrder(m_ticketView, m_pay);
    setTabOrder(m_pay, m_cancel);
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
    connect(m_pay, &QPushButton::clicked, this, &BookingLookupPanel::askPayment);
    connect(m_cancel, &QPushButton::clicked, this, &BookingLookupPanel::cancelCurrent);
    connect(session, &TerminalSession::venueSettingsChanged, this, [this](const VenueSettings &venue) {
        m_bookings->setVenue(venue);
    });
    m_bookings->setVenue(session->venueSettings());
    // After an outage the list shows current data without anyone touching it: the last search is asked again.
    connect(session, &TerminalSession::connectionRestored, this, [this] {
        if (isVisible() && !m_query->text().trimmed().isEmpty() && BookingLookup::parse(m_query->text()).isValid() && !m_busy)
            runSearch();
    });
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
    m_pay->setText(tr("Take payment (F9)"));
    m_pay->setShortcut(QKeySequence(Qt::Key_F9));
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
    m_tickets->setBookingStatus(booking ? booking->status : BookingStatus::Confirmed);
}

void BookingLookupPanel::updateActions()
{
    const Booking *booking = currentBooking();
    m_pay->setEnabled(booking && booking->isReservation() && !m_busy);
    m_cancel->setEnabled(booking && !booking->isVoid() && !m_busy);
    // A void booking's or an unpaid reservation's tickets are not printed as if they were valid.
    m_reprint->setEnabled(booking && !booking->tickets.isEmpty() && !booking->isVoid() && !booking->isReservation());
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
    const VenueFormat format(m_session->venueSettings(), QLocale());
    // What to give back, as cancel_booking will record it: a paid sale's whole amount, the way it was paid.
    const bool refunds = !booking.isReservation() && booking.totalAmount > Money()
        && booking.paymentMethod != PaymentMethod::Complimentary;
    QString giveBack;
    if (booking.isReservation())
        giveBack = tr("It is an unpaid reservation: nothing to give back.");
    else if (!refunds)
        giveBack = tr("Nothing was paid for it: nothing to give back.");
    else if (booking.paymentMethod == PaymentMethod::Cash)
        giveBack = tr("Give back %1 in cash.").arg(format.money(booking.totalAmount));
    else
        giveBack = tr("Give back %1 to the card it was paid with.").arg(format.money(booking.totalAmount));
    QMessageBox box(QMessageBox::Question, tr("Cancel booking"),
                    tr("Cancel booking %1 for %2: %n ticket(s) to %3?", nullptr, booking.quantity)
                        .arg(booking.reference, booking.customerName, booking.eventTitle),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("cancelDialog"));
    box.setTextFormat(Qt::PlainText); // a customer's name and an event's title
    box.setInformativeText(giveBack + QLatin1Char(' ')
                           + tr("The seats go back on sale at once. Press Y to cancel the booking, Esc to keep it."));
    QPushButton *yes = box.addButton(refunds ? tr("&Yes, cancel and give back %1").arg(format.money(booking.totalAmount))
                                             : tr("&Yes, cancel it"),
                                     QMessageBox::DestructiveRole);
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
        if (result->hasRefund())
            giveRefund(booking, result.value());
        else
            reload(booking.id);
    });
}

void BookingLookupPanel::giveRefund(const Booking &booking, const CancellationResult &cancelled)
{
    // The clerk hands the money back now, the way it was paid: recorded as given by this login, in its shift.
    const RefundMethod method = cancelled.refundMethod == PaymentMethod::Card ? RefundMethod::Card : RefundMethod::Cash;
    const VenueFormat format(m_session->venueSettings(), QLocale());
    m_session->refunds().markRefunded(cancelled.refundId, method).then(this, [this, booking, cancelled, format](Result<Refund> given) {
        if (!given) {
            // The cancellation stands; the refund stays due and is listed for admins.
            showMessage(tr("Booking %1 cancelled, but the refund of %2 could not be recorded as given: %3 It stays on "
                           "the list of refunds due.")
                            .arg(booking.reference, format.money(cancelled.refundAmount), given.error().message()), true);
        } else {
            showMessage(tr("Booking %1 cancelled: %2 given back (%3).")
                            .arg(booking.reference, format.money(given->amount),
                                 given->refundMethod == RefundMethod::Cash ? tr("cash") : tr("card")), false);
            emit moneyMoved();
        }
        reload(booking.id);
    });
}

void BookingLookupPanel::setPrinter(DeskPrinter *printer)
{
    m_printer = printer;
}

void BookingLookupPanel::askPayment()
{
    const Booking *current = currentBooking();
    if (!current || m_busy)
        return;
    if (!current->isReservation()) {
        showMessage(Error(ErrorCode::ReservationNotPayable).message(), true);
        return;
    }
    const Booking booking = *current;
    const VenueFormat format(m_session->venueSettings(), QLocale());
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("paymentDialog"));
    dialog.setWindowTitle(tr("Take payment"));
    auto *what = new QLabel(tr("Reservation %1 for %2: %n ticket(s), %3 to pay.", nullptr, booking.quantity)
                                .arg(booking.reference, booking.customerName, format.money(booking.totalAmount)),
                            &dialog);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    auto *cash = new QRadioButton(tr("&Cash"), &dialog);
    auto *card = new QRadioButton(tr("C&ard"), &dialog);
    cash->setChecked(true);
    auto *tenderedLabel = new QLabel(tr("Cash &handed over"), &dialog);
    auto *tendered = new QLineEdit(&dialog);
    tendered->setObjectName(QStringLiteral("paymentTendered"));
    tenderedLabel->setBuddy(tendered);
    auto *error = new QLabel(&dialog);
    DeskLook::setTone(error, TextTone::Bad);
    error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(what);
    layout->addWidget(cash);
    layout->addWidget(card);
    layout->addWidget(tenderedLabel);
    layout->addWidget(tendered);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(card, &QRadioButton::toggled, tendered, [tendered, tenderedLabel](bool isCard) {
        tendered->setEnabled(!isCard);
        tenderedLabel->setEnabled(!isCard);
    });
    std::optional<Money> handed;
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (cash->isChecked()) {
            handed = PaymentPart::parseAmount(tendered->text());
            if (!handed || *handed < booking.totalAmount) {
                error->setText(tr("Enter the cash handed over: at least %1.").arg(format.money(booking.totalAmount)));
                error->show();
                tendered->setFocus();
                return;
            }
        }
        dialog.accept();
    });
    tendered->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return;
    payCurrent(cash->isChecked() ? PaymentMethod::Cash : PaymentMethod::Card, cash->isChecked() ? handed : std::nullopt);
}

void BookingLookupPanel::payCurrent(PaymentMethod method, std::optional<Money> tendered)
{
    const Booking *current = currentBooking();
    if (!current || m_busy || !current->isReservation())
        return;
    const Booking booking = *current;
    m_busy = true;
    updateActions();
    showMessage(tr("Taking payment for %1…").arg(booking.reference), false);
    m_session->bookings().payReservation(booking.reference, method).then(this, [this, booking, tendered](Result<ReservationPayment> paid) {
        m_busy = false;
        if (!paid) {
            showMessage(paid.error().message(), true);
            updateActions();
            reload(booking.id);
            return;
        }
        const VenueFormat format(m_session->venueSettings(), QLocale());
        QString text = tr("Reservation %1 paid: %2.").arg(booking.reference, format.money(paid->amount));
        if (tendered)
            text += QLatin1Char(' ') + tr("Change due: %1").arg(format.money(*tendered - paid->amount));
        showMessage(text, false);
        emit moneyMoved();
        if (paid->stored) {
            m_bookings->replaceBooking(*paid->stored);
            showCurrentTickets();
            if (m_printer && m_printer->kind() != DeskPrinter::Kind::NotChosen) {
                m_printer->printSale(*paid->stored, tendered, this).then(this, [this](Result<void> printed) {
                    if (!printed)
                        showMessage(printed.error().message(), true);
                });
            }
        } else {
            reload(booking.id);
        }
        updateActions();
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
    const Booking *current = currentBooking();
    if (!current || current->isVoid() || current->isReservation())
        return;
    const Booking booking = *current;
    // Recorded first, with who reprinted: the tickets then say REPRINT and which one.
    m_session->bookings().recordReprint(booking.id).then(this, [this, booking](Result<int> count) {
        if (!count) {
            showMessage(count.error().message(), true);
            return;
        }
        auto done = [this, booking, n = count.value()](bool ok, const QString &why) {
            if (ok)
                showMessage(tr("Tickets of booking %1 printed again, marked REPRINT %2.").arg(booking.reference).arg(n), false);
            else if (!why.isEmpty())
                showMessage(why, true);
        };
        if (m_printer) {
            m_printer->printAgain(booking, count.value(), this).then(this, [done](Result<void> printed) {
                done(printed.ok(), printed ? QString() : printed.error().message());
            });
        } else {
            done(TicketPrinter::printWithDialog(this, booking, count.value()), QString());
        }
    });
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

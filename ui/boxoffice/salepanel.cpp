#include "salepanel.h"

#include "common/texttone.h"
#include "desklook.h"
#include "customerpart.h"
#include "domain/event.h"
#include "eventpicker.h"
#include "paymentpart.h"
#include "pickedeventcard.h"
#include "seating/seatservice.h"
#include "seatpart.h"
#include "session/terminalsession.h"
#include "ticketquantitiespart.h"
#include "validation/validation.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Marquee {

SalePanel::SalePanel(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    // Left: the event search and its list. Right: the picked event, then the sale itself.
    m_picker = new EventPicker(session, this);
    m_card = new PickedEventCard(this);
    m_card->setVenue(session->venueSettings());
    connect(session, &TerminalSession::venueSettingsChanged, this, [this](const VenueSettings &venue) {
        m_card->setVenue(venue);
        showPickedEvent();
    });

    m_quantities = new TicketQuantitiesPart(this);
    m_quantities->firstField()->setText(QStringLiteral("1"));
    // A seated event's seats: shown under the event list once the database says the event has a plan.
    m_seats = new SeatPart(session, this);
    m_seats->hide();

    m_customer = new CustomerPart(session, this);
    m_payment = new PaymentPart(this);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("saleMessage"));
    m_message->setWordWrap(true);

    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("confirmSale"));
    m_confirm->setMinimumHeight(44);
    QFont confirmFont = m_confirm->font();
    confirmFont.setBold(true);
    m_confirm->setFont(confirmFont);
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("newSale"));
    m_clear->setMinimumHeight(44);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_confirm, 2);
    buttons->addWidget(m_clear, 1);

    auto *right = new QVBoxLayout;
    right->addWidget(m_card);
    right->addWidget(m_quantities);
    right->addWidget(m_seats->heldSeatsPanel(), 1);
    m_seats->heldSeatsPanel()->hide();
    right->addWidget(m_customer);
    right->addWidget(m_payment);
    right->addStretch(1);
    right->addWidget(m_message);
    right->addLayout(buttons);

    auto *left = new QVBoxLayout;
    left->addWidget(m_picker, 1);
    left->addWidget(m_seats, 3);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    // A whole sale without the mouse: search, (best available seats,) the quantities, phone, name, payment,
    // tendered, confirm. The part puts its further quantities after the first.
    setTabOrder(m_picker->searchField(), m_seats->bestAvailableField());
    setTabOrder(m_seats->bestAvailableField(), m_quantities->firstField());
    setTabOrder(m_quantities->firstField(), m_customer->phoneField());
    setTabOrder(m_customer->phoneField(), m_customer->nameField());
    setTabOrder(m_customer->nameField(), m_payment->cashButton());
    setTabOrder(m_payment->cashButton(), m_payment->cardButton());
    setTabOrder(m_payment->cardButton(), m_payment->complimentaryButton());
    setTabOrder(m_payment->complimentaryButton(), m_payment->tenderedField());
    setTabOrder(m_payment->tenderedField(), m_confirm);
    setTabOrder(m_confirm, m_clear);

    // The keys work wherever the cursor is in the form, so they belong to the panel, not to the payment part.
    auto shortcut = [this](Qt::Key key, PaymentMethod method) {
        auto *s = new QShortcut(QKeySequence(key), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this, method] { m_payment->choose(method); });
    };
    shortcut(Qt::Key_F5, PaymentMethod::Cash);
    shortcut(Qt::Key_F6, PaymentMethod::Card);
    shortcut(Qt::Key_F7, PaymentMethod::Complimentary);

    connect(m_picker, &EventPicker::eventPicked, this, &SalePanel::onEventPicked);
    connect(m_picker, &EventPicker::pickedEventChanged, this, &SalePanel::showPickedEvent);
    connect(m_quantities, &TicketQuantitiesPart::quantitiesChanged, this, &SalePanel::updateTotals);
    connect(m_seats, &SeatPart::seatsChanged, this, &SalePanel::updateTotals);
    connect(m_customer, &CustomerPart::lookupFinished, this, [this] {
        if (m_confirmAfterLookup) {
            m_confirmAfterLookup = false;
            confirm();
        }
    });
    connect(m_confirm, &QPushButton::clicked, this, &SalePanel::confirm);
    connect(m_clear, &QPushButton::clicked, this, &SalePanel::clear);

    retranslate();
    clearErrors();
}

void SalePanel::retranslate()
{
    m_confirm->setText(tr("Confirm sale (Enter)"));
    m_clear->setText(tr("New sale (Esc)"));
    // After setText: a button's text replaces its shortcut with the text's mnemonic.
    m_clear->setShortcut(QKeySequence(Qt::Key_Escape));
    showPickedEvent();
    alignLabels();
}

void SalePanel::alignLabels()
{
    // The quantity, the customer and the payment read as one form: their labels share one column.
    const int width = qMax(m_quantities->labelWidth(), qMax(m_customer->labelWidth(), m_payment->labelWidth()));
    m_quantities->setLabelWidth(width);
    m_customer->setLabelWidth(width);
    m_payment->setLabelWidth(width);
}

void SalePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        retranslate();
        // The parts hear of the change after this panel: line their labels up once they are retranslated too.
        QMetaObject::invokeMethod(this, &SalePanel::alignLabels, Qt::QueuedConnection);
    }
    QWidget::changeEvent(event);
}

void SalePanel::clear()
{
    m_confirmAfterLookup = false;
    m_confirmAfterLoad = false;
    m_picker->clear();
    m_unknownOutcome.reset(); // Esc: the clerk starts a new sale, knowingly
    m_unknownTendered.reset();
    m_quantities->clear();
    m_customer->clear();
    m_payment->clear();
    m_message->clear();
    clearErrors();
    showPickedEvent();
    focusEventSearch();
}

void SalePanel::focusEventSearch()
{
    m_picker->focusSearch();
}

void SalePanel::keyPressEvent(QKeyEvent *event)
{
    // Fields ignore Enter, so it arrives here from wherever the cursor is in the form.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        confirm();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

QLineEdit *SalePanel::quantityField() const
{
    return m_quantities->firstField();
}

void SalePanel::onEventPicked()
{
    showPickedEvent();
    if (m_seated)
        m_seats->bestAvailableField()->setFocus(Qt::TabFocusReason);
    else
        m_quantities->focusFirst();
}

void SalePanel::showPickedEvent()
{
    m_card->display(m_picker->pickedEvent(), m_picker->pickedEventId() > 0);
    if (m_picker->pickedEventId() != m_loadedEventId)
        loadEvent(m_picker->pickedEventId());
    updateTotals();
}

void SalePanel::loadEvent(qint64 eventId)
{
    // Another event (or none): the last one's seats go back on sale, its types are forgotten.
    m_loadedEventId = eventId;
    m_seated = false;
    m_seats->setEvent(0);
    m_seats->hide();
    m_seats->heldSeatsPanel()->hide();
    m_quantities->show();
    const Event *event = m_picker->pickedEvent();
    m_quantities->setEventPrice(event ? std::optional<Money>(event->price) : std::nullopt);
    m_seats->setTypes({});
    m_typesRead.cancel();
    m_planRead.cancel();
    if (m_confirmAfterLoad) {
        // The sale that waited for the last event's types is off: another event was picked.
        m_confirmAfterLoad = false;
        setBusy(false);
        m_message->clear();
    }
    m_typesPending = eventId > 0;
    m_planPending = eventId > 0;
    if (eventId <= 0)
        return;
    // Confirm pressed while these were read goes on once both have answered.
    auto loaded = [this] {
        if (!m_typesPending && !m_planPending && m_confirmAfterLoad) {
            m_confirmAfterLoad = false;
            setBusy(false);
            confirm();
        }
    };
    m_typesRead.ask(m_session->bookings().ticketTypes(eventId), this, [this, eventId, loaded](Result<QList<TicketType>> types) {
        if (eventId != m_loadedEventId)
            return;
        m_typesPending = false;
        // Without its types the event still sells at its price (book_tickets' one type).
        if (types) {
            m_quantities->setTypes(types.value());
            m_seats->setTypes(types.value());
            alignLabels();
            updateTotals();
        }
        loaded();
    });
    m_planRead.ask(m_session->seats().planOf(eventId), this, [this, eventId, loaded](Result<qint64> plan) {
        if (eventId != m_loadedEventId)
            return;
        m_planPending = false;
        if (!plan || plan.value() <= 0) {
            loaded();
            return;
        }
        m_seated = true;
        const bool cursorInQuantity = m_quantities->isAncestorOf(focusWidget());
        m_quantities->hide();
        m_seats->show();
        m_seats->heldSeatsPanel()->show();
        m_seats->setEvent(eventId);
        if (cursorInQuantity)
            m_seats->bestAvailableField()->setFocus(Qt::TabFocusReason);
        updateTotals();
        loaded();
    });
}

void SalePanel::updateTotals()
{
    if (!m_picker->pickedEvent()) {
        m_payment->setTotal(std::nullopt);
        return;
    }
    // Nothing is added up from a quantity that is not a number: the total then reads "—".
    m_payment->setTotal(m_seated ? m_seats->total() : m_quantities->total());
}

void SalePanel::setBusy(bool busy)
{
    m_busy = busy;
    m_confirm->setEnabled(!busy);
    m_clear->setEnabled(!busy);
    if (busy) {
        DeskLook::setTone(m_message, TextTone::Plain);
        m_message->setText(tr("Booking…"));
    }
}

void SalePanel::clearErrors()
{
    m_picker->hideError();
    m_quantities->clearErrors();
    m_seats->showProblem(QString());
    m_customer->clearErrors();
    m_payment->clearErrors();
    m_message->clear();
    DeskLook::setTone(m_message, TextTone::Plain);
}

void SalePanel::showQuantityError(const QString &message)
{
    if (m_seated) {
        m_seats->showProblem(message);
        m_seats->bestAvailableField()->setFocus(Qt::OtherFocusReason);
    } else {
        m_quantities->showError(message);
    }
}

void SalePanel::showError(const Error &error)
{
    const QString field = error.field();
    if (field == QLatin1String("phone")) {
        m_customer->showPhoneError(error.message());
    } else if (field == QLatin1String("name")) {
        m_customer->showNameError(error.message());
    } else if (field == QLatin1String("quantity") || error.code() == ErrorCode::SoldOut
               || error.code() == ErrorCode::TicketTypeSoldOut || error.code() == ErrorCode::TicketTypeNotAvailable
               || error.code() == ErrorCode::SeatNotAvailable) {
        showQuantityError(error.message());
    } else if (error.code() == ErrorCode::NotOnSale) {
        m_picker->showError(error.message());
    } else {
        DeskLook::setTone(m_message, TextTone::Bad);
        m_message->setText(error.message());
    }
}

std::optional<QList<OrderLine>> SalePanel::linesFromForm(const Event &event)
{
    const int remaining = event.status == EventStatus::Active ? event.remaining() : event.maxTicketsPerBooking;
    if (!m_seated)
        return m_quantities->check(event.maxTicketsPerBooking, remaining);
    if (m_seats->heldCount() == 0) {
        showQuantityError(tr("Pick seats on the map, or type how many (such as \"4 stalls\") and press Enter to hold "
                             "the best seats together."));
        return std::nullopt;
    }
    if (m_seats->heldCount() > event.maxTicketsPerBooking) {
        showQuantityError(tr("At most %1 seats per booking: put some back on the map.").arg(event.maxTicketsPerBooking));
        return std::nullopt;
    }
    const QList<OrderLine> lines = m_seats->lines();
    if (lines.isEmpty()) {
        showQuantityError(tr("A held seat has no ticket type it can be sold as: choose another seat."));
        return std::nullopt;
    }
    return lines;
}

OrderRequest SalePanel::requestFromForm(const Event &event, const QList<OrderLine> &lines) const
{
    OrderRequest request; // a fresh idempotency key: a new sale
    request.eventId = event.id;
    request.lines = lines;
    if (m_seated)
        request.holdToken = m_seats->holdToken();
    request.customerPhone = m_customer->phone().trimmed();
    request.customerName = m_customer->name().trimmed();
    // A walk-in who gives neither phone nor name is sold to as "Walk-in" (kept on the booking, no customer row).
    if (request.isWalkIn() && request.customerName.isEmpty())
        request.customerName = tr("Walk-in");
    request.paymentMethod = m_payment->method();
    return request;
}

void SalePanel::confirm()
{
    if (m_busy)
        return;
    clearErrors();
    const Event *event = m_picker->pickedEvent();
    if (m_unknownOutcome) {
        // The last sale's answer was lost: ask again with its key, as it was sent. The database answers with
        // the booking it made, if it made one; it never sells twice.
        std::optional<QList<OrderLine>> lines;
        if (event && event->id == m_unknownOutcome->eventId)
            lines = linesFromForm(*event);
        OrderRequest asNow;
        if (lines)
            asNow.lines = *lines;
        const bool unchanged = lines && asNow.linesJson() == m_unknownOutcome->linesJson()
            && m_payment->method() == m_unknownOutcome->paymentMethod
            && m_customer->phone().trimmed() == m_unknownOutcome->customerPhone
            && (!m_seated || m_seats->holdToken() == m_unknownOutcome->holdToken);
        if (!unchanged) {
            clearErrors();
            DeskLook::setTone(m_message, TextTone::Bad);
            m_message->setText(tr("The last sale's outcome is not known yet. Put the form back as it was and press "
                                  "Enter to ask again (it will not sell twice), or press Esc to start a new sale."));
            return;
        }
        send(*m_unknownOutcome, m_unknownTendered);
        return;
    }
    if (!event) {
        m_picker->showError(tr("Pick an event first: type part of its title and press Enter."));
        return;
    }
    const std::optional<QList<OrderLine>> lines = linesFromForm(*event);
    if (!lines)
        return;
    // No phone is a walk-in; a phone that is given must be a phone.
    if (!m_customer->phone().trimmed().isEmpty()) {
        if (auto error = Validation::checkPhone(m_customer->phone())) {
            showError(*error);
            return;
        }
        // A name typed before the lookup answered may belong to a known customer: wait for the answer.
        if (m_customer->isLookupPending() && m_customer->name().trimmed().isEmpty()) {
            m_confirmAfterLookup = true;
            m_customer->lookUpNow();
            return;
        }
    }
    const OrderRequest request = requestFromForm(*event, *lines);
    if (auto error = Validation::checkCustomerName(request.customerName)) {
        showError(*error);
        return;
    }
    std::optional<Money> tendered;
    if (m_payment->method() == PaymentMethod::Cash) {
        tendered = m_payment->checkTendered();
        if (!tendered)
            return;
    }
    if (m_typesPending || m_planPending) {
        // Everything checked so far holds; the lines need the event's types and plan: Confirm again once they
        // are read (checked again then, against them).
        m_confirmAfterLoad = true;
        setBusy(true);
        return;
    }
    send(request, tendered);
}

void SalePanel::send(const OrderRequest &request, std::optional<Money> tendered)
{
    // Kept until the answer is known: a lost answer is asked again with this very key.
    m_unknownOutcome = request;
    m_unknownTendered = tendered;
    setBusy(true);
    Reply<Sale> reply;
    if (request.lines.size() == 1 && !request.lines.first().isSeat() && request.lines.first().ticketTypeId == 0) {
        // The event's types were not read (yet): its one price, as book_tickets sells it, with the same key.
        BookingRequest single;
        single.eventId = request.eventId;
        single.quantity = request.lines.first().quantity;
        single.customerName = request.customerName;
        single.customerPhone = request.customerPhone;
        single.paymentMethod = request.paymentMethod;
        single.idempotencyKey = request.idempotencyKey;
        reply = m_session->bookings().sell(single);
    } else {
        reply = m_session->bookings().sellOrder(request);
    }
    reply.then(this, [this, tendered, eventId = request.eventId](Result<Sale> result) {
        setBusy(false);
        if (!result) {
            const Error &error = result.error();
            if (error.code() == ErrorCode::ConnectionLost || error.code() == ErrorCode::CannotConnect
                || error.isTransient()) {
                // It may or may not have been made: keep the key, say so, and let Enter ask again.
                DeskLook::setTone(m_message, TextTone::Bad);
                m_message->setText(tr("%1\nThe sale may or may not have gone through. Press Enter to ask again: "
                                      "it will not sell twice.").arg(error.message()));
                return;
            }
            // A clear refusal: nothing was sold, the next Confirm is a new attempt.
            m_unknownOutcome.reset();
            m_unknownTendered.reset();
            showError(error);
            if (error.code() == ErrorCode::SoldOut)
                m_picker->refreshEvent(eventId);
            // A seat taken meanwhile: the map reads the seats again and drops it from the hold.
            if (error.code() == ErrorCode::SeatNotAvailable && m_seated)
                m_seats->refreshSeats();
            if (error.code() == ErrorCode::CashWithoutShift)
                emit shiftNeeded();
            return;
        }
        m_unknownOutcome.reset();
        m_unknownTendered.reset();
        m_message->clear();
        // Those seats are booked now: the next sale starts with a new hold of its own.
        if (m_seated)
            m_seats->forgetHold();
        // Change from the total the database charged, which is the one on the receipt.
        std::optional<Money> change;
        if (tendered)
            change = *tendered - result->confirmation.totalAmount;
        emit saleCompleted(result.value(), change);
    });
}

} // namespace Marquee

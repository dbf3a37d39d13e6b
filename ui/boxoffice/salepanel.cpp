#include "salepanel.h"

#include "common/texttone.h"
#include "desklook.h"
#include "customerpart.h"
#include "domain/event.h"
#include "eventpicker.h"
#include "paymentpart.h"
#include "pickedeventcard.h"
#include "session/terminalsession.h"
#include "validation/validation.h"

#include <QEvent>
#include <QGridLayout>
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

    m_quantityLabel = new QLabel(this);
    // A line edit, not a spin box: a spin box clamps what was typed ("12" became 1, "999" became 9); here the
    // number stays as typed and a wrong one is refused with its message on Confirm.
    m_quantity = new QLineEdit(this);
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setMaxLength(6);
    m_quantity->setInputMethodHints(Qt::ImhDigitsOnly);
    m_quantity->setText(QStringLiteral("1"));
    m_quantityLabel->setBuddy(m_quantity);
    m_quantityError = new QLabel(this);
    m_quantityError->setObjectName(QStringLiteral("quantityError"));
    m_quantityError->setWordWrap(true);
    DeskLook::setTone(m_quantityError, TextTone::Bad);
    m_quantityError->hide();
    m_quantityGrid = new QGridLayout;
    m_quantityGrid->setColumnStretch(1, 1);
    m_quantityGrid->addWidget(m_quantityLabel, 0, 0);
    m_quantityGrid->addWidget(m_quantity, 0, 1);
    m_quantityGrid->addWidget(m_quantityError, 1, 1);

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
    right->addLayout(m_quantityGrid);
    right->addWidget(m_customer);
    right->addWidget(m_payment);
    right->addStretch(1);
    right->addWidget(m_message);
    right->addLayout(buttons);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_picker, 3);
    layout->addLayout(right, 2);

    // A whole sale without the mouse: search, quantity, phone, name, payment, tendered, confirm.
    setTabOrder(m_picker->searchField(), m_quantity);
    setTabOrder(m_quantity, m_customer->phoneField());
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
    connect(m_quantity, &QLineEdit::textChanged, this, [this] {
        m_quantityError->hide();
        updateTotals();
    });
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
    m_quantityLabel->setText(tr("&Quantity"));
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
    const int width = qMax(m_quantityLabel->sizeHint().width(), qMax(m_customer->labelWidth(), m_payment->labelWidth()));
    m_quantityGrid->setColumnMinimumWidth(0, width);
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
    m_picker->clear();
    m_unknownOutcome.reset(); // Esc: the clerk starts a new sale, knowingly
    m_unknownTendered.reset();
    m_quantity->setText(QStringLiteral("1"));
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

void SalePanel::onEventPicked()
{
    showPickedEvent();
    m_quantity->setFocus(Qt::TabFocusReason);
    m_quantity->selectAll();
}

void SalePanel::showPickedEvent()
{
    m_card->display(m_picker->pickedEvent(), m_picker->pickedEventId() > 0);
    updateTotals();
}

void SalePanel::updateTotals()
{
    const Event *event = m_picker->pickedEvent();
    m_payment->setPrice(event ? std::optional<Money>(event->price) : std::nullopt, typedQuantity().value_or(0));
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
    m_quantityError->hide();
    m_customer->clearErrors();
    m_payment->clearErrors();
    m_message->clear();
    DeskLook::setTone(m_message, TextTone::Plain);
}

void SalePanel::showQuantityError(const QString &message)
{
    m_quantityError->setText(message);
    m_quantityError->show();
    m_quantity->setFocus(Qt::OtherFocusReason);
}

void SalePanel::showError(const Error &error)
{
    const QString field = error.field();
    if (field == QLatin1String("phone")) {
        m_customer->showPhoneError(error.message());
    } else if (field == QLatin1String("name")) {
        m_customer->showNameError(error.message());
    } else if (field == QLatin1String("quantity") || error.code() == ErrorCode::SoldOut) {
        showQuantityError(error.message());
    } else if (error.code() == ErrorCode::NotOnSale) {
        m_picker->showError(error.message());
    } else {
        DeskLook::setTone(m_message, TextTone::Bad);
        m_message->setText(error.message());
    }
}

std::optional<int> SalePanel::typedQuantity() const
{
    bool ok = false;
    const int quantity = m_quantity->text().trimmed().toInt(&ok);
    return ok ? std::optional<int>(quantity) : std::nullopt;
}

BookingRequest SalePanel::requestFromForm(const Event &event, int quantity) const
{
    BookingRequest request; // a fresh idempotency key: a new sale
    request.eventId = event.id;
    request.quantity = quantity;
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
        const std::optional<int> quantity = typedQuantity();
        const bool unchanged = event && event->id == m_unknownOutcome->eventId && quantity
            && *quantity == m_unknownOutcome->quantity && m_payment->method() == m_unknownOutcome->paymentMethod
            && m_customer->phone().trimmed() == m_unknownOutcome->customerPhone;
        if (!unchanged) {
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
    const std::optional<int> quantity = typedQuantity();
    if (!quantity) {
        showQuantityError(tr("Enter the number of tickets as digits, from 1 to %1.").arg(event->maxTicketsPerBooking));
        return;
    }
    if (auto error = Validation::checkQuantity(*quantity, event->maxTicketsPerBooking)) {
        showQuantityError(tr("Enter a number of tickets from 1 to %1 (at most %1 per booking).")
                              .arg(event->maxTicketsPerBooking));
        return;
    }
    if (event->status == EventStatus::Active && *quantity > event->remaining()) {
        showQuantityError(event->remaining() > 0
                              ? tr("Only %n seat(s) left for this event.", nullptr, event->remaining())
                              : Error(ErrorCode::SoldOut).message());
        return;
    }
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
    const BookingRequest request = requestFromForm(*event, *quantity);
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
    send(request, tendered);
}

void SalePanel::send(const BookingRequest &request, std::optional<Money> tendered)
{
    // Kept until the answer is known: a lost answer is asked again with this very key.
    m_unknownOutcome = request;
    m_unknownTendered = tendered;
    setBusy(true);
    m_session->bookings().sell(request).then(this, [this, tendered, eventId = request.eventId](Result<Sale> result) {
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
            if (error.code() == ErrorCode::CashWithoutShift)
                emit shiftNeeded();
            return;
        }
        m_unknownOutcome.reset();
        m_unknownTendered.reset();
        m_message->clear();
        // Change from the total the database charged, which is the one on the receipt.
        std::optional<Money> change;
        if (tendered)
            change = *tendered - result->confirmation.totalAmount;
        emit saleCompleted(result.value(), change);
    });
}

} // namespace Marquee

#include "availability/availabilitylistener.h"
#include "booking/bookingservice.h"
#include "database/databaseworker.h"
#include "salepanel.h"

#include "session/terminalsession.h"
#include "models/eventfiltermodel.h"
#include "models/eventtablemodel.h"
#include "users/userrepository.h"
#include "validation/validation.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Marquee {

namespace {

QLabel *makeErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

} // namespace

SalePanel::SalePanel(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_events = EventTableModel::forSession(m_session);
    m_filter = new EventFilterModel(m_events, this);
    m_filter->setOnSaleOnly(true);

    // Left: the event search and its list.
    m_eventLabel = new QLabel(this);
    m_eventSearch = new QLineEdit(this);
    m_eventSearch->setObjectName(QStringLiteral("eventSearch"));
    m_eventSearch->setClearButtonEnabled(true);
    m_eventSearch->installEventFilter(this);
    m_eventLabel->setBuddy(m_eventSearch);
    m_eventList = new QTableView(this);
    m_eventList->setObjectName(QStringLiteral("eventList"));
    m_eventList->setModel(m_filter);
    m_eventList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_eventList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_eventList->setAlternatingRowColors(true);
    m_eventList->verticalHeader()->hide();
    m_eventList->setWordWrap(false);
    // The search field drives the list with Up/Down; Tab goes straight on to the quantity.
    m_eventList->setFocusPolicy(Qt::ClickFocus);
    m_eventList->installEventFilter(this);
    for (int column = 0; column < EventTableModel::ColumnCount; ++column) {
        const bool shown = column == EventTableModel::StartsAt || column == EventTableModel::Title
            || column == EventTableModel::Venue || column == EventTableModel::Price || column == EventTableModel::Remaining;
        m_eventList->setColumnHidden(column, !shown);
    }
    m_eventList->horizontalHeader()->setSectionResizeMode(EventTableModel::Title, QHeaderView::Stretch);
    m_eventList->horizontalHeader()->setSectionResizeMode(EventTableModel::StartsAt, QHeaderView::ResizeToContents);
    m_eventList->horizontalHeader()->setSectionResizeMode(EventTableModel::Price, QHeaderView::ResizeToContents);
    m_eventList->horizontalHeader()->setSectionResizeMode(EventTableModel::Remaining, QHeaderView::ResizeToContents);
    m_eventList->horizontalHeader()->resizeSection(EventTableModel::Venue, 180);
    m_eventError = makeErrorLabel(this, QStringLiteral("eventError"));

    auto *left = new QVBoxLayout;
    left->addWidget(m_eventLabel);
    left->addWidget(m_eventSearch);
    left->addWidget(m_eventList, 1);
    left->addWidget(m_eventError);

    // Right: the picked event, then the sale itself.
    auto *picked = new QFrame(this);
    picked->setFrameShape(QFrame::StyledPanel);
    m_pickedTitle = new QLabel(picked);
    m_pickedTitle->setObjectName(QStringLiteral("pickedEvent"));
    m_pickedTitle->setWordWrap(true);
    QFont titleFont = m_pickedTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_pickedTitle->setFont(titleFont);
    m_pickedDetails = new QLabel(picked);
    m_pickedDetails->setWordWrap(true);
    m_pickedRemaining = new QLabel(picked);
    m_pickedRemaining->setObjectName(QStringLiteral("pickedRemaining"));
    auto *pickedLayout = new QVBoxLayout(picked);
    pickedLayout->addWidget(m_pickedTitle);
    pickedLayout->addWidget(m_pickedDetails);
    pickedLayout->addWidget(m_pickedRemaining);

    m_quantityLabel = new QLabel(this);
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setRange(1, Validation::DefaultMaxTicketsPerBooking);
    m_quantityLabel->setBuddy(m_quantity);
    m_quantityError = makeErrorLabel(this, QStringLiteral("quantityError"));

    m_phoneLabel = new QLabel(this);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phoneLabel->setBuddy(m_phone);
    m_phoneStatus = new QLabel(this);
    m_phoneStatus->setObjectName(QStringLiteral("phoneStatus"));
    m_phoneStatus->setWordWrap(true);

    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setMaxLength(Validation::MaxNameLength);
    m_nameLabel->setBuddy(m_name);
    m_nameError = makeErrorLabel(this, QStringLiteral("nameError"));

    m_paymentLabel = new QLabel(this);
    m_cash = new QRadioButton(this);
    m_cash->setObjectName(QStringLiteral("cash"));
    m_card = new QRadioButton(this);
    m_card->setObjectName(QStringLiteral("card"));
    m_complimentary = new QRadioButton(this);
    m_complimentary->setObjectName(QStringLiteral("complimentary"));
    m_payment = new QButtonGroup(this);
    m_payment->addButton(m_cash, int(PaymentMethod::Cash));
    m_payment->addButton(m_card, int(PaymentMethod::Card));
    m_payment->addButton(m_complimentary, int(PaymentMethod::Complimentary));
    m_cash->setChecked(true);
    auto *paymentRow = new QHBoxLayout;
    paymentRow->addWidget(m_cash);
    paymentRow->addWidget(m_card);
    paymentRow->addWidget(m_complimentary);
    paymentRow->addStretch(1);

    m_tenderedLabel = new QLabel(this);
    m_tendered = new QLineEdit(this);
    m_tendered->setObjectName(QStringLiteral("tendered"));
    m_tendered->setAlignment(Qt::AlignRight);
    m_tenderedLabel->setBuddy(m_tendered);
    m_tenderedError = makeErrorLabel(this, QStringLiteral("tenderedError"));
    m_changeLabel = new QLabel(this);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("changeDue"));
    m_change->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bigFont = m_change->font();
    bigFont.setPointSizeF(bigFont.pointSizeF() * 1.6);
    bigFont.setBold(true);
    m_change->setFont(bigFont);
    m_totalLabel = new QLabel(this);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("total"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setFont(bigFont);

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

    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    int row = 0;
    form->addWidget(m_quantityLabel, row, 0);
    form->addWidget(m_quantity, row++, 1);
    form->addWidget(m_quantityError, row++, 1);
    form->addWidget(m_phoneLabel, row, 0);
    form->addWidget(m_phone, row++, 1);
    form->addWidget(m_phoneStatus, row++, 1);
    form->addWidget(m_nameLabel, row, 0);
    form->addWidget(m_name, row++, 1);
    form->addWidget(m_nameError, row++, 1);
    form->addWidget(m_paymentLabel, row, 0);
    form->addLayout(paymentRow, row++, 1);
    form->addWidget(m_totalLabel, row, 0);
    form->addWidget(m_total, row++, 1);
    form->addWidget(m_tenderedLabel, row, 0);
    form->addWidget(m_tendered, row++, 1);
    form->addWidget(m_tenderedError, row++, 1);
    form->addWidget(m_changeLabel, row, 0);
    form->addWidget(m_change, row++, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_confirm, 2);
    buttons->addWidget(m_clear, 1);

    auto *right = new QVBoxLayout;
    right->addWidget(picked);
    right->addLayout(form);
    right->addStretch(1);
    right->addWidget(m_message);
    right->addLayout(buttons);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    // A whole sale without the mouse: search, quantity, phone, name, payment, tendered, confirm.
    setTabOrder(m_eventSearch, m_quantity);
    setTabOrder(m_quantity, m_phone);
    setTabOrder(m_phone, m_name);
    setTabOrder(m_name, m_cash);
    setTabOrder(m_cash, m_card);
    setTabOrder(m_card, m_complimentary);
    setTabOrder(m_complimentary, m_tendered);
    setTabOrder(m_tendered, m_confirm);
    setTabOrder(m_confirm, m_clear);

    auto shortcut = [this](Qt::Key key, PaymentMethod method) {
        auto *s = new QShortcut(QKeySequence(key), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this, method] {
            setPaymentMethod(method);
            // Cash is followed by the amount handed over; the others are ready to confirm.
            if (method == PaymentMethod::Cash) {
                m_tendered->setFocus(Qt::ShortcutFocusReason);
                m_tendered->selectAll();
            }
        });
    };
    shortcut(Qt::Key_F5, PaymentMethod::Cash);
    shortcut(Qt::Key_F6, PaymentMethod::Card);
    shortcut(Qt::Key_F7, PaymentMethod::Complimentary);

    m_phoneTimer = new QTimer(this);
    m_phoneTimer->setSingleShot(true);
    m_phoneTimer->setInterval(250);
    connect(m_phoneTimer, &QTimer::timeout, this, &SalePanel::lookUpPhone);

    connect(m_eventSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        m_eventList->clearSelection();
        m_eventList->setCurrentIndex(QModelIndex());
        m_eventError->hide();
    });
    connect(m_eventList, &QTableView::clicked, this, [this](const QModelIndex &) { pickCurrentEvent(); });
    connect(m_quantity, &QSpinBox::valueChanged, this, [this] {
        m_quantityError->hide();
        updateTotals();
    });
    connect(m_phone, &QLineEdit::textChanged, this, &SalePanel::schedulePhoneLookup);
    connect(m_name, &QLineEdit::textChanged, m_nameError, &QLabel::hide);
    connect(m_payment, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateTotals();
    });
    connect(m_tendered, &QLineEdit::textChanged, this, [this] {
        m_tenderedError->hide();
        updateTotals();
    });
    connect(m_confirm, &QPushButton::clicked, this, &SalePanel::confirm);
    connect(m_clear, &QPushButton::clicked, this, &SalePanel::clear);

    connect(m_events, &QAbstractItemModel::dataChanged, this, &SalePanel::showPickedEvent);
    connect(m_events, &QAbstractItemModel::modelReset, this, &SalePanel::showPickedEvent);
    connect(m_filter, &EventFilterModel::pageLoaded, this, [this] {
        // The box office wants every upcoming event searchable at once, not just the first page.
        if (m_filter->canFetchMore(QModelIndex()))
            m_filter->fetchMore(QModelIndex());
        showPickedEvent();
    });
    connect(m_filter, &EventFilterModel::loadFailed, this, [this](const QString &message) {
        m_eventError->setText(message);
        m_eventError->show();
    });

    retranslate();
    EventQuery query;
    query.upcomingOnly = true;
    query.status = EventStatus::Active;
    m_filter->setQuery(query);
    updateTotals();
}

void SalePanel::retranslate()
{
    m_eventLabel->setText(tr("Event — type part of its title, Up/Down to choose, Enter to pick (F2)"));
    m_eventSearch->setPlaceholderText(tr("Search events by title or venue"));
    m_quantityLabel->setText(tr("&Quantity"));
    m_phoneLabel->setText(tr("P&hone"));
    m_phone->setPlaceholderText(tr("Customer's phone, e.g. 081 234 5678"));
    m_nameLabel->setText(tr("&Name"));
    m_name->setPlaceholderText(tr("Walk-in customer's name"));
    m_paymentLabel->setText(tr("Payment"));
    m_cash->setText(tr("Cash (F5)"));
    m_card->setText(tr("Card (F6)"));
    m_complimentary->setText(tr("Complimentary (F7)"));
    m_tenderedLabel->setText(tr("&Tendered"));
    m_tendered->setPlaceholderText(tr("Cash handed over"));
    m_changeLabel->setText(tr("Change due"));
    m_totalLabel->setText(tr("Total"));
    m_confirm->setText(tr("Confirm sale (Enter)"));
    m_clear->setText(tr("New sale (Esc)"));
    // After setText: a button's text replaces its shortcut with the text's mnemonic.
    m_clear->setShortcut(QKeySequence(Qt::Key_Escape));
    m_events->setLocale(QLocale());
    showPickedEvent();
    updateTotals();
    if (!m_foundCustomerName.isEmpty())
        setCustomerFound(m_foundCustomerName);
}

void SalePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SalePanel::clear()
{
    m_phoneTimer->stop();
    ++m_phoneGeneration; // an answer still on its way belongs to the previous customer
    m_phoneLookupPending = false;
    m_confirmAfterLookup = false;
    m_foundCustomerName.clear();
    m_foundForPhone.clear();
    m_pickedEventId = 0;
    m_eventSearch->clear();
    m_quantity->setRange(1, Validation::DefaultMaxTicketsPerBooking);
    m_quantity->setValue(1);
    m_phone->clear();
    m_phoneStatus->clear();
    m_name->clear();
    m_name->setEnabled(true);
    m_cash->setChecked(true);
    m_tendered->clear();
    m_message->clear();
    clearErrors();
    // Newly added events and fresh seat counts for the next customer.
    m_filter->reload();
    showPickedEvent();
    updateTotals();
    focusEventSearch();
}

void SalePanel::focusEventSearch()
{
    m_eventSearch->setFocus(Qt::ShortcutFocusReason);
    m_eventSearch->selectAll();
}

std::optional<Money> SalePanel::parseAmount(const QString &text, const QLocale &locale)
{
    QString normalized = text.trimmed();
    normalized.remove(QLatin1Char(' '));
    normalized.remove(QChar(0x00a0));
    normalized.remove(QChar(0x202f));
    if (!locale.groupSeparator().isEmpty())
        normalized.remove(locale.groupSeparator());
    if (locale.decimalPoint() != QStringLiteral("."))
        normalized.replace(locale.decimalPoint(), QStringLiteral("."));
    const std::optional<Money> amount = Money::fromDecimalString(normalized);
    if (!amount || *amount < Money())
        return std::nullopt;
    return amount;
}

bool SalePanel::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_eventSearch || watched == m_eventList) && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down: moveEventSelection(1); return true;
        case Qt::Key_Up: moveEventSelection(-1); return true;
        case Qt::Key_PageDown: moveEventSelection(10); return true;
        case Qt::Key_PageUp: moveEventSelection(-10); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Enter here picks the event; it must not reach the panel, where Enter confirms the sale.
            pickCurrentEvent();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
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

void SalePanel::moveEventSelection(int delta)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_eventList->currentIndex();
    int row = current.isValid() ? current.row() + delta : (delta > 0 ? 0 : rows - 1);
    row = qBound(0, row, rows - 1);
    const QModelIndex target = m_filter->index(row, EventTableModel::Title);
    m_eventList->setCurrentIndex(target);
    m_eventList->selectionModel()->select(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_eventList->scrollTo(target);
}

void SalePanel::pickCurrentEvent()
{
    QModelIndex current = m_eventList->currentIndex();
    // Enter with nothing highlighted takes the best (first) match.
    if (!current.isValid() && m_filter->rowCount() > 0)
        current = m_filter->index(0, EventTableModel::Title);
    if (!current.isValid()) {
        showFieldError(m_eventError, m_eventSearch, tr("No upcoming event matches. Check the spelling or clear the search."));
        return;
    }
    pickEvent(current.data(EventTableModel::EventIdRole).toLongLong());
}

void SalePanel::pickEvent(qint64 eventId)
{
    m_pickedEventId = eventId;
    m_eventError->hide();
    m_events->refresh({eventId});
    if (const Event *event = pickedEvent())
        m_quantity->setMaximum(qMax(1, event->maxTicketsPerBooking));
    showPickedEvent();
    updateTotals();
    m_quantity->setFocus(Qt::TabFocusReason);
    m_quantity->selectAll();
}

const Event *SalePanel::pickedEvent() const
{
    return m_pickedEventId > 0 ? m_events->eventById(m_pickedEventId) : nullptr;
}

void SalePanel::showPickedEvent()
{
    const Event *event = pickedEvent();
    if (!event) {
        m_pickedTitle->setText(m_pickedEventId > 0 ? tr("Loading the event…") : tr("No event picked yet"));
        m_pickedDetails->clear();
        m_pickedRemaining->clear();
        return;
    }
    const QLocale locale;
    m_pickedTitle->setText(event->title);
    m_pickedDetails->setText(tr("%1 · %2 · %3 per ticket")
                                 .arg(locale.toString(event->startsAt.toLocalTime(), QLocale::LongFormat),
                                      event->venue, event->price.toDisplayString(locale)));
    if (event->status != EventStatus::Active)
        m_pickedRemaining->setText(tr("Not on sale"));
    else if (event->remaining() <= 0)
        m_pickedRemaining->setText(tr("Sold out"));
    else
        m_pickedRemaining->setText(tr("%n seat(s) left", nullptr, event->remaining()));
    m_pickedRemaining->setStyleSheet(event->remaining() <= 0 || event->status != EventStatus::Active
                                         ? QStringLiteral("color: #b00020; font-weight: bold;")
                                         : QStringLiteral("color: #1b5e20; font-weight: bold;"));
}

void SalePanel::schedulePhoneLookup()
{
    m_phoneStatus->clear();
    m_phoneStatus->setStyleSheet(QString());
    ++m_phoneGeneration; // whatever is on its way answers an older number
    if (!m_foundCustomerName.isEmpty()) {
        // The name came from the previous number's customer: it is not this one's.
        if (m_name->text() == m_foundCustomerName)
            m_name->clear();
        m_foundCustomerName.clear();
        m_foundForPhone.clear();
    }
    m_name->setEnabled(true);
    m_phoneLookupPending = Validation::isValidPhone(m_phone->text());
    if (m_phoneLookupPending)
        m_phoneTimer->start();
    else
        m_phoneTimer->stop();
}

void SalePanel::lookUpPhone()
{
    const QString phone = m_phone->text();
    if (!Validation::isValidPhone(phone)) {
        m_phoneLookupPending = false;
        return;
    }
    const quint64 generation = ++m_phoneGeneration;
    m_phoneStatus->setText(tr("Looking up the customer…"));
    m_session->reads()->run(this, [phone](QSqlDatabase db) {
        UserRepository users(db);
        return users.findByPhone(phone);
    }, [this, generation, phone](Result<Customer> result) {
        if (generation != m_phoneGeneration)
            return; // the phone was edited since: this answer is for another number
        m_phoneLookupPending = false;
        if (result) {
            m_foundForPhone = phone;
            setCustomerFound(result->name);
        } else if (result.error().code() == ErrorCode::NotFound) {
            m_phoneStatus->setStyleSheet(QString());
            m_phoneStatus->setText(tr("New customer: enter their name below."));
            m_name->setEnabled(true);
        } else {
            m_phoneStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_phoneStatus->setText(result.error().message());
        }
        if (m_confirmAfterLookup) {
            m_confirmAfterLookup = false;
            confirm();
        }
    });
}

void SalePanel::setCustomerFound(const QString &name)
{
    m_foundCustomerName = name;
    m_phoneStatus->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold;"));
    m_phoneStatus->setText(tr("Found: %1").arg(name));
    m_name->setText(name);
    // A known customer keeps the name on file; Tab then skips the name field.
    m_name->setEnabled(false);
    m_nameError->hide();
}

PaymentMethod SalePanel::paymentMethod() const
{
    return PaymentMethod(m_payment->checkedId());
}

void SalePanel::setPaymentMethod(PaymentMethod method)
{
    if (QAbstractButton *button = m_payment->button(int(method)))
        button->setChecked(true);
}

std::optional<Money> SalePanel::total() const
{
    const Event *event = pickedEvent();
    if (!event)
        return std::nullopt;
    if (paymentMethod() == PaymentMethod::Complimentary)
        return Money();
    return event->price * m_quantity->value();
}

void SalePanel::updateTotals()
{
    const QLocale locale;
    const std::optional<Money> amount = total();
    m_total->setText(amount ? amount->toDisplayString(locale) : QStringLiteral("—"));
    const bool cash = paymentMethod() == PaymentMethod::Cash;
    m_tendered->setEnabled(cash);
    m_tenderedLabel->setEnabled(cash);
    m_changeLabel->setEnabled(cash);
    if (!cash) {
        m_change->clear();
        m_tenderedError->hide();
        return;
    }
    const std::optional<Money> tendered = parseAmount(m_tendered->text(), locale);
    if (!amount || !tendered) {
        m_change->setText(QStringLiteral("—"));
        m_change->setStyleSheet(QString());
        return;
    }
    if (*tendered < *amount) {
        m_change->setText(tr("Short by %1").arg((*amount - *tendered).toDisplayString(locale)));
        m_change->setStyleSheet(QStringLiteral("color: #b00020;"));
    } else {
        m_change->setText((*tendered - *amount).toDisplayString(locale));
        m_change->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    }
}

void SalePanel::setBusy(bool busy)
{
    m_busy = busy;
    m_confirm->setEnabled(!busy);
    m_clear->setEnabled(!busy);
    if (busy) {
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Booking…"));
    }
}

void SalePanel::clearErrors()
{
    for (QLabel *label : {m_eventError, m_quantityError, m_nameError, m_tenderedError})
        label->hide();
    if (m_phoneStatus->styleSheet().contains(QStringLiteral("#b00020")))
        m_phoneStatus->clear();
    m_message->clear();
    m_message->setStyleSheet(QString());
}

void SalePanel::showFieldError(QLabel *label, QWidget *field, const QString &message)
{
    label->setText(message);
    label->show();
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

void SalePanel::showError(const Error &error)
{
    const QString field = error.field();
    if (field == QLatin1String("phone")) {
        m_phoneStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_phoneStatus->setText(error.message());
        m_phone->setFocus(Qt::OtherFocusReason);
    } else if (field == QLatin1String("name")) {
        showFieldError(m_nameError, m_name, error.message());
    } else if (field == QLatin1String("quantity") || error.code() == ErrorCode::SoldOut) {
        showFieldError(m_quantityError, m_quantity, error.message());
    } else if (error.code() == ErrorCode::NotOnSale) {
        showFieldError(m_eventError, m_eventSearch, error.message());
    } else {
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->setText(error.message());
    }
}

void SalePanel::confirm()
{
    if (m_busy)
        return;
    clearErrors();
    const Event *event = pickedEvent();
    if (!event) {
        showFieldError(m_eventError, m_eventSearch, tr("Pick an event first: type part of its title and press Enter."));
        return;
    }
    if (auto error = Validation::checkQuantity(m_quantity->value(), event->maxTicketsPerBooking)) {
        showError(*error);
        return;
    }
    if (event->status == EventStatus::Active && m_quantity->value() > event->remaining()) {
        showError(Error(ErrorCode::SoldOut));
        return;
    }
    if (auto error = Validation::checkPhone(m_phone->text())) {
        showError(*error);
        return;
    }
    // A name typed before the lookup answered may belong to a known customer: wait for the answer.
    if (m_phoneLookupPending && m_name->text().trimmed().isEmpty()) {
        m_confirmAfterLookup = true;
        if (m_phoneTimer->isActive()) {
            m_phoneTimer->stop();
            lookUpPhone();
        }
        return;
    }
    if (auto error = Validation::checkCustomerName(m_name->text())) {
        showError(*error);
        return;
    }
    const Money amount = *total();
    std::optional<Money> tendered;
    if (paymentMethod() == PaymentMethod::Cash) {
        tendered = parseAmount(m_tendered->text());
        if (!tendered) {
            showFieldError(m_tenderedError, m_tendered, tr("Enter the cash handed over, such as 1000 or 1000.50."));
            return;
        }
        if (*tendered < amount) {
            showFieldError(m_tenderedError, m_tendered,
                           tr("That is less than the total of %1.").arg(amount.toDisplayString(QLocale())));
            return;
        }
    }

    BookingRequest request; // a fresh idempotency key for this press of Confirm
    request.eventId = event->id;
    request.quantity = m_quantity->value();
    request.customerName = m_name->text().trimmed();
    request.customerPhone = m_phone->text().trimmed();
    request.paymentMethod = paymentMethod();

    Booking booking;
    booking.eventId = event->id;
    booking.eventTitle = event->title;
    booking.venue = event->venue;
    booking.startsAt = event->startsAt;
    booking.customerName = request.customerName;
    booking.customerPhone = Validation::normalizePhone(request.customerPhone);
    booking.quantity = request.quantity;
    booking.paymentMethod = request.paymentMethod;
    booking.soldBy = m_session->info().login;

    setBusy(true);
    m_session->bookings().book(request).then(this, [this, booking, tendered](Result<BookingConfirmation> result) mutable {
        setBusy(false);
        if (!result) {
            showError(result.error());
            if (result.error().code() == ErrorCode::SoldOut)
                m_events->refresh({booking.eventId});
            return;
        }
        m_message->clear();
        booking.id = result->bookingId;
        booking.reference = result->reference;
        booking.totalAmount = result->totalAmount;
        booking.bookedAt = QDateTime::currentDateTime();
        for (const QString &code : result->ticketCodes) {
            Ticket ticket;
            ticket.code = code;
            booking.tickets.append(ticket);
        }
        // Change from the total the database charged, which is the one on the receipt.
        std::optional<Money> change;
        if (tendered)
            change = *tendered - booking.totalAmount;
        emit saleCompleted(booking, change);
    });
}

} // namespace Marquee

#include "availability/availabilitylistener.h"
#include "booking/bookingservice.h"
#include "database/databaseworker.h"
#include "kioskview.h"

#include "booking/bookingrepository.h"
#include "session/terminalsession.h"
#include "kioskeventdelegate.h"
#include "kioskeventsmodel.h"
#include "models/eventfiltermodel.h"
#include "models/eventtablemodel.h"
#include "staffexitdialog.h"
#include "ticketcodespanel.h"
#include "validation/validation.h"

#include <QApplication>
#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Marquee {

namespace {

constexpr int DefaultIdleTimeoutMs = 60 * 1000;

// Finger-sized everything. Sizes in points so the list delegate can scale its own fonts from them.
const char *const KioskStyle = R"(
QWidget#kioskRoot { background: #f3f5f8; }
QLabel { font-size: 15pt; color: #1b1b1b; }
QLabel[kioskRole="heading"] { font-size: 24pt; font-weight: bold; }
QLabel[kioskRole="welcome"] { font-size: 40pt; font-weight: bold; color: #173f7a; }
QLabel[kioskRole="error"] { font-size: 14pt; color: #c61a1a; }
QLabel[kioskRole="big"] { font-size: 30pt; font-weight: bold; }
QLabel[kioskRole="reference"] { font-size: 44pt; font-weight: bold; color: #173f7a; }
QPushButton { min-height: 56px; min-width: 56px; padding: 4px 22px; font-size: 16pt; border-radius: 10px;
              background: #ffffff; border: 1px solid #aab2bf; color: #1b1b1b; }
QPushButton:pressed { background: #dbe5f3; }
QPushButton:checked { background: #1f5fbf; color: white; border-color: #1f5fbf; }
QPushButton:disabled { color: #9a9a9a; background: #ececec; border-color: #d0d0d0; }
QPushButton[kioskRole="primary"] { background: #1b7a32; color: white; border: none; font-weight: bold; min-height: 72px; }
QPushButton[kioskRole="primary"]:pressed { background: #145c25; }
QPushButton[kioskRole="primary"]:disabled { background: #a9cbb2; color: #f4f4f4; }
QPushButton[kioskRole="hero"] { min-height: 110px; min-width: 420px; font-size: 24pt; font-weight: bold;
                                background: #1f5fbf; color: white; border: none; border-radius: 16px; }
QPushButton[kioskRole="hero"]:pressed { background: #17498f; }
QPushButton[kioskRole="stepper"] { min-height: 80px; min-width: 80px; font-size: 30pt; font-weight: bold; }
QPushButton#kioskStaff { min-height: 48px; min-width: 90px; font-size: 11pt; background: transparent; border: none; color: #9aa0a8; }
QLineEdit { min-height: 56px; font-size: 18pt; padding: 0 12px; border: 1px solid #aab2bf; border-radius: 8px; background: white; }
QLineEdit:focus { border: 2px solid #1f5fbf; }
QListView { font-size: 15pt; background: transparent; border: none; }
QProgressBar { min-height: 12px; max-height: 12px; border: none; background: #dde3ea; border-radius: 6px; }
QProgressBar::chunk { background: #1f5fbf; border-radius: 6px; }
QFrame#ticketCard { background: white; border: 1px solid #c8cdd5; border-radius: 10px; }
QScrollArea { background: transparent; border: none; }
QScrollBar:vertical { width: 28px; background: #e4e8ee; border-radius: 14px; }
QScrollBar::handle:vertical { background: #9aa4b2; border-radius: 14px; min-height: 60px; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QDialog#staffExitDialog { background: #ffffff; border: 2px solid #1f5fbf; }
)";

QLabel *makeLabel(QWidget *parent, const char *role = nullptr, const QString &objectName = QString())
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    if (role)
        label->setProperty("kioskRole", QString::fromLatin1(role));
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QLabel *makeErrorLabel(QWidget *parent, const QString &objectName)
{
    QLabel *label = makeLabel(parent, "error", objectName);
    label->hide();
    return label;
}

QPushButton *makeButton(QWidget *parent, const QString &objectName, const char *role = nullptr)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setFocusPolicy(Qt::NoFocus); // a tap must not steal the on-screen keyboard from a field
    if (role)
        button->setProperty("kioskRole", QString::fromLatin1(role));
    return button;
}

QLineEdit *makeField(QWidget *parent, const QString &objectName)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setClearButtonEnabled(true);
    return field;
}

QString formatWhen(const QDateTime &startsAt)
{
    const QLocale locale;
    const QDateTime local = startsAt.toLocalTime();
    return locale.toString(local.date(), QLocale::LongFormat) + QStringLiteral(", ")
        + KioskEventDelegate::timeText(local.time());
}

} // namespace

KioskView::KioskView(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("kioskRoot"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QString::fromLatin1(KioskStyle));
    m_language = QLocale().language() == QLocale::Thai ? QStringLiteral("th") : QStringLiteral("en");

    m_events = m_session ? EventTableModel::forSession(m_session) : new EventTableModel(nullptr, this);
    m_filter = new EventFilterModel(m_events, this);
    m_filter->setOnSaleOnly(true);
    m_listed = new KioskEventsModel(this);
    m_listed->setSourceModel(m_filter);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildStartPage());
    m_pages->addWidget(buildEventsPage());
    m_pages->addWidget(buildBookingPage());
    m_pages->addWidget(buildConfirmationPage());
    m_pages->addWidget(buildFindPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_events, &EventTableModel::dataChanged, this, &KioskView::onEventsChanged);
    connect(m_filter, &EventFilterModel::loadingChanged, this, &KioskView::updateEventsMessage);
    connect(m_filter, &EventFilterModel::loadFailed, this, [this](const QString &message) {
        showMessage(m_eventsMessage, [message] { return message; });
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_listed, signal, this, &KioskView::updateEventsMessage);
    connect(m_listed, &QAbstractItemModel::modelReset, this, &KioskView::updateEventsMessage);
    connect(m_listed, &QAbstractItemModel::layoutChanged, this, &KioskView::updateEventsMessage);

    m_idle.setSingleShot(true);
    m_idle.setInterval(DefaultIdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        // Never forget a customer in the middle of a booking: the answer is on its way.
        if (m_booking) {
            m_idle.start();
            return;
        }
        resetForNextCustomer();
    });

    retranslate();
    showPage(Page::Start);
}

KioskView::~KioskView()
{
    qApp->removeEventFilter(this);
}

// ---------------------------------------------------------------------------------------------
// Pages

QWidget *KioskView::buildStartPage()
{
    auto *page = new QWidget(this);
    m_welcome = makeLabel(page, "welcome", QStringLiteral("kioskWelcome"));
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcomeText = makeLabel(page);
    m_welcomeText->setAlignment(Qt::AlignCenter);
    m_buy = makeButton(page, QStringLiteral("kioskBuy"), "hero");
    m_find = makeButton(page, QStringLiteral("kioskFindBooking"), "hero");
    m_languageLabel = makeLabel(page);
    m_languageLabel->setAlignment(Qt::AlignCenter);
    m_english = makeButton(page, QStringLiteral("kioskEnglish"));
    m_thai = makeButton(page, QStringLiteral("kioskThai"));
    // Each language is named in itself, so nobody needs the other one to find theirs.
    m_english->setText(QStringLiteral("English"));
    m_thai->setText(QString::fromUtf8("\xe0\xb9\x84\xe0\xb8\x97\xe0\xb8\xa2"));
    for (QPushButton *button : {m_english, m_thai}) {
        button->setCheckable(true);
        button->setMinimumWidth(180);
    }
    auto *languages = new QButtonGroup(page);
    languages->addButton(m_english);
    languages->addButton(m_thai);
    m_english->setChecked(m_language == QLatin1String("en"));
    m_thai->setChecked(m_language == QLatin1String("th"));
    m_staff = makeButton(page, QStringLiteral("kioskStaff"));

    connect(m_buy, &QPushButton::clicked, this, &KioskView::showEvents);
    connect(m_find, &QPushButton::clicked, this, &KioskView::showFindBooking);
    connect(m_english, &QPushButton::clicked, this, [this] {
        m_language = QStringLiteral("en");
        emit languageRequested(m_language);
    });
    connect(m_thai, &QPushButton::clicked, this, [this] {
        m_language = QStringLiteral("th");
        emit languageRequested(m_language);
    });
    connect(m_staff, &QPushButton::clicked, this, &KioskView::openStaffDialog);

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(24);
    buttons->addWidget(m_buy, 0, Qt::AlignHCenter);
    buttons->addWidget(m_find, 0, Qt::AlignHCenter);
    auto *languageRow = new QHBoxLayout;
    languageRow->setSpacing(16);
    languageRow->addStretch();
    languageRow->addWidget(m_english);
    languageRow->addWidget(m_thai);
    languageRow->addStretch();
    auto *corner = new QHBoxLayout;
    corner->addStretch();
    corner->addWidget(m_staff);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(40, 40, 16, 8);
    layout->addStretch(2);
    layout->addWidget(m_welcome);
    layout->addSpacing(8);
    layout->addWidget(m_welcomeText);
    layout->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    layout->addWidget(m_languageLabel);
    layout->addLayout(languageRow);
    layout->addStretch(1);
    layout->addLayout(corner);
    return page;
}

QWidget *KioskView::buildEventsPage()
{
    auto *page = new QWidget(this);
    m_eventsBack = makeButton(page, QStringLiteral("kioskEventsBack"));
    m_eventsHeading = makeLabel(page, "heading");
    m_search = makeField(page, QStringLiteral("kioskSearch"));
    m_search->setInputMethodHints(Qt::ImhNoPredictiveText);

    m_dateGroup = new QButtonGroup(page);
    m_dateGroup->setExclusive(true);
    auto *dates = new QHBoxLayout;
    dates->setSpacing(10);
    const QStringList names = {QStringLiteral("kioskAllDates"), QStringLiteral("kioskToday"),
                               QStringLiteral("kioskThisWeek"), QStringLiteral("kioskThisMonth")};
    for (int i = 0; i < names.size(); ++i) {
        QPushButton *button = makeButton(page, names.at(i));
        button->setCheckable(true);
        m_dateGroup->addButton(button, i);
        m_dateButtons.append(button);
        dates->addWidget(button);
    }
    dates->addStretch();
    m_dateButtons.first()->setChecked(true);

    m_eventsMessage = makeLabel(page, nullptr, QStringLiteral("kioskEventsMessage"));
    m_eventsMessage->setAlignment(Qt::AlignCenter);
    m_list = new QListView(page);
    m_list->setObjectName(QStringLiteral("kioskEventList"));
    m_list->setModel(m_listed);
    m_list->setItemDelegate(new KioskEventDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setMouseTracking(false);
    // Flick scrolling with a finger; mouse clicks (and taps synthesised as clicks) still choose.
    QScroller::grabGesture(m_list->viewport(), QScroller::TouchGesture);

    connect(m_eventsBack, &QPushButton::clicked, this, &KioskView::resetForNextCustomer);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateEventsMessage();
    });
    connect(m_dateGroup, &QButtonGroup::idClicked, this, &KioskView::applyDateFilter);
    connect(m_list, &QListView::clicked, this, &KioskView::onEventClicked);

    auto *top = new QHBoxLayout;
    top->addWidget(m_eventsBack);
    top->addSpacing(12);
    top->addWidget(m_eventsHeading, 1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_search);
    layout->addLayout(dates);
    layout->addWidget(m_eventsMessage);
    layout->addWidget(m_list, 1);
    return page;
}

QWidget *KioskView::buildBookingPage()
{
    auto *page = new QWidget(this);
    m_bookingBack = makeButton(page, QStringLiteral("kioskBookingBack"));
    m_bookingHeading = makeLabel(page, "heading");
    m_bookingEventTitle = makeLabel(page, "big", QStringLiteral("kioskBookingEvent"));
    m_bookingEventDetails = makeLabel(page);
    m_seatsLeft = makeLabel(page, nullptr, QStringLiteral("kioskSeatsLeft"));
    m_quantityLabel = makeLabel(page);
    m_less = makeButton(page, QStringLiteral("kioskLess"), "stepper");
    m_less->setText(QString(QChar(0x2212)));
    m_less->setAutoRepeat(true);
    m_quantityValue = makeLabel(page, "big", QStringLiteral("kioskQuantity"));
    m_quantityValue->setAlignment(Qt::AlignCenter);
    m_quantityValue->setMinimumWidth(90);
    m_more = makeButton(page, QStringLiteral("kioskMore"), "stepper");
    m_more->setText(QStringLiteral("+"));
    m_more->setAutoRepeat(true);
    m_quantityHint = makeLabel(page);
    m_total = makeLabel(page, "big", QStringLiteral("kioskTotal"));

    m_nameLabel = makeLabel(page);
    m_name = makeField(page, QStringLiteral("kioskName"));
    m_name->setMaxLength(Validation::MaxNameLength);
    m_nameLabel->setBuddy(m_name);
    m_nameError = makeErrorLabel(page, QStringLiteral("kioskNameError"));
    m_phoneLabel = makeLabel(page);
    m_phone = makeField(page, QStringLiteral("kioskPhone"));
    m_phone->setMaxLength(30);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phoneLabel->setBuddy(m_phone);
    m_phoneError = makeErrorLabel(page, QStringLiteral("kioskPhoneError"));
    m_bookingMessage = makeErrorLabel(page, QStringLiteral("kioskBookingMessage"));
    m_busy = new QProgressBar(page);
    m_busy->setObjectName(QStringLiteral("kioskBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_confirm = makeButton(page, QStringLiteral("kioskConfirm"), "primary");

    connect(m_bookingBack, &QPushButton::clicked, this, [this] { showPage(Page::Events); });
    connect(m_less, &QPushButton::clicked, this, [this] { changeQuantity(-1); });
    connect(m_more, &QPushButton::clicked, this, [this] { changeQuantity(+1); });
    connect(m_confirm, &QPushButton::clicked, this, &KioskView::confirmBooking);
    connect(m_name, &QLineEdit::textEdited, this, [this] { clearMessage(m_nameError); });
    connect(m_phone, &QLineEdit::textEdited, this, [this] { clearMessage(m_phoneError); });
    connect(m_name, &QLineEdit::returnPressed, m_phone, qOverload<>(&QWidget::setFocus));
    connect(m_phone, &QLineEdit::returnPressed, this, &KioskView::confirmBooking);

    auto *top = new QHBoxLayout;
    top->addWidget(m_bookingBack);
    top->addSpacing(12);
    top->addWidget(m_bookingHeading, 1);

    auto *stepper = new QHBoxLayout;
    stepper->setSpacing(12);
    stepper->addWidget(m_less);
    stepper->addWidget(m_quantityValue);
    stepper->addWidget(m_more);
    stepper->addStretch();

    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(m_bookingEventTitle);
    left->addWidget(m_bookingEventDetails);
    left->addWidget(m_seatsLeft);
    left->addSpacing(16);
    left->addWidget(m_quantityLabel);
    left->addLayout(stepper);
    left->addWidget(m_quantityHint);
    left->addSpacing(8);
    left->addWidget(m_total);
    left->addStretch();

    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addWidget(m_nameLabel);
    right->addWidget(m_name);
    right->addWidget(m_nameError);
    right->addSpacing(8);
    right->addWidget(m_phoneLabel);
    right->addWidget(m_phone);
    right->addWidget(m_phoneError);
    right->addStretch();
    right->addWidget(m_bookingMessage);
    right->addWidget(m_busy);
    right->addWidget(m_confirm);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(40);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 16, 24, 24);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addLayout(columns, 1);
    return page;
}

QWidget *KioskView::buildConfirmationPage()
{
    auto *page = new QWidget(this);
    m_thanks = makeLabel(page, "heading");
    m_reference = makeLabel(page, "reference", QStringLiteral("kioskReference"));
    m_confirmationDetails = makeLabel(page, nullptr, QStringLiteral("kioskConfirmationDetails"));
    m_confirmationHint = makeLabel(page);
    m_tickets = new TicketCodesPanel(page);
    m_tickets->setObjectName(QStringLiteral("kioskTickets"));
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_tickets);
    scroll->viewport()->setAutoFillBackground(false);
    m_tickets->setAutoFillBackground(false);
    QScroller::grabGesture(scroll->viewport(), QScroller::TouchGesture);
    m_done = makeButton(page, QStringLiteral("kioskDone"), "primary");
    m_done->setMinimumWidth(260);
    connect(m_done, &QPushButton::clicked, this, &KioskView::resetForNextCustomer);

    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(m_thanks);
    left->addWidget(m_reference);
    left->addWidget(m_confirmationDetails);
    left->addWidget(m_confirmationHint);
    left->addStretch();
    left->addWidget(m_done, 0, Qt::AlignLeft);

    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(32, 24, 24, 24);
    layout->setSpacing(32);
    layout->addLayout(left, 2);
    layout->addWidget(scroll, 3);
    return page;
}

QWidget *KioskView::buildFindPage()
{
    auto *page = new QWidget(this);
    m_findBack = makeButton(page, QStringLiteral("kioskFindBack"));
    m_findHeading = makeLabel(page, "heading");
    m_findPhoneLabel = makeLabel(page);
    m_findPhone = makeField(page, QStringLiteral("kioskFindPhone"));
    m_findPhone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_findPhoneLabel->setBuddy(m_findPhone);
    m_findPhoneError = makeErrorLabel(page, QStringLiteral("kioskFindPhoneError"));
    m_findReferenceLabel = makeLabel(page);
    m_findReference = makeField(page, QStringLiteral("kioskFindReference"));
    m_findReference->setInputMethodHints(Qt::ImhPreferUppercase | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_findReference->setMaxLength(16);
    m_findReferenceLabel->setBuddy(m_findReference);
    m_findReferenceError = makeErrorLabel(page, QStringLiteral("kioskFindReferenceError"));
    m_findButton = makeButton(page, QStringLiteral("kioskFind"), "primary");
    m_findMessage = makeErrorLabel(page, QStringLiteral("kioskFindMessage"));

    m_findResult = new QWidget(page);
    m_findResult->setObjectName(QStringLiteral("kioskFindResult"));
    m_foundDetails = makeLabel(m_findResult, nullptr, QStringLiteral("kioskFoundDetails"));
    m_foundTickets = new TicketCodesPanel(m_findResult);
    m_foundTickets->setObjectName(QStringLiteral("kioskFoundTickets"));
    auto *scroll = new QScrollArea(m_findResult);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_foundTickets);
    scroll->viewport()->setAutoFillBackground(false);
    m_foundTickets->setAutoFillBackground(false);
    QScroller::grabGesture(scroll->viewport(), QScroller::TouchGesture);
    auto *resultLayout = new QVBoxLayout(m_findResult);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_foundDetails);
    resultLayout->addWidget(scroll, 1);
    m_findResult->hide();

    connect(m_findBack, &QPushButton::clicked, this, &KioskView::resetForNextCustomer);
    connect(m_findButton, &QPushButton::clicked, this, &KioskView::findBooking);
    connect(m_findPhone, &QLineEdit::returnPressed, m_findReference, qOverload<>(&QWidget::setFocus));
    connect(m_findReference, &QLineEdit::returnPressed, this, &KioskView::findBooking);
    connect(m_findPhone, &QLineEdit::textEdited, this, [this] { clearMessage(m_findPhoneError); });
    connect(m_findReference, &QLineEdit::textEdited, this, [this] { clearMessage(m_findReferenceError); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_findBack);
    top->addSpacing(12);
    top->addWidget(m_findHeading, 1);

    auto *form = new QVBoxLayout;
    form->setSpacing(8);
    form->addWidget(m_findPhoneLabel);
    form->addWidget(m_findPhone);
    form->addWidget(m_findPhoneError);
    form->addSpacing(8);
    form->addWidget(m_findReferenceLabel);
    form->addWidget(m_findReference);
    form->addWidget(m_findReferenceError);
    form->addSpacing(16);
    form->addWidget(m_findButton);
    form->addWidget(m_findMessage);
    form->addStretch();

    auto *columns = new QHBoxLayout;
    columns->setSpacing(40);
    columns->addLayout(form, 2);
    columns->addWidget(m_findResult, 3);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 16, 24, 24);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addLayout(columns, 1);
    return page;
}

void KioskView::retranslate()
{
    m_welcome->setText(tr("Welcome"));
    m_welcomeText->setText(tr("Buy tickets for an upcoming event, or find a booking you have already made."));
    m_buy->setText(tr("Buy tickets"));
    m_find->setText(tr("Find my booking"));
    m_languageLabel->setText(tr("Language"));
    m_staff->setText(tr("Staff"));

    m_eventsBack->setText(tr("Back"));
    m_eventsHeading->setText(tr("Choose an event"));
    m_search->setPlaceholderText(tr("Search by event or venue"));
    m_dateButtons.at(0)->setText(tr("All dates"));
    m_dateButtons.at(1)->setText(tr("Today"));
    m_dateButtons.at(2)->setText(tr("This week"));
    m_dateButtons.at(3)->setText(tr("This month"));

    m_bookingBack->setText(tr("Back"));
    m_bookingHeading->setText(tr("Your tickets"));
    m_quantityLabel->setText(tr("How many tickets?"));
    m_nameLabel->setText(tr("Your name"));
    m_phoneLabel->setText(tr("Your phone number"));
    m_name->setPlaceholderText(tr("e.g. Somchai Jaidee"));
    m_phone->setPlaceholderText(tr("e.g. 081 234 5678"));
    m_confirm->setText(m_booking ? tr("Booking…") : tr("Confirm booking"));

    m_thanks->setText(tr("Thank you! Your booking is confirmed."));
    m_confirmationHint->setText(tr("Show these QR codes at the door. Take a photo of them or note your booking reference."));
    m_done->setText(tr("Done"));

    m_findBack->setText(tr("Back"));
    m_findHeading->setText(tr("Find my booking"));
    m_findPhoneLabel->setText(tr("The phone number you booked with"));
    m_findReferenceLabel->setText(tr("Booking reference"));
    m_findReference->setPlaceholderText(tr("e.g. K7QM2XPA"));
    m_findButton->setText(m_finding ? tr("Searching…") : tr("Find"));

    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        it.key()->setText(it.value()());
    updateEventsMessage();
    updateBookingPage();
    updateConfirmationPage();
    updateFindResult();
}

void KioskView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_events->setLocale(QLocale());
        m_list->viewport()->update();
    } else if (event->type() == QEvent::LocaleChange) {
        m_events->setLocale(QLocale());
        retranslate();
    }
    QWidget::changeEvent(event);
}

void KioskView::showMessage(QLabel *label, std::function<QString()> text)
{
    label->setText(text());
    label->show();
    m_messages.insert(label, std::move(text));
}

void KioskView::clearMessage(QLabel *label)
{
    m_messages.remove(label);
    label->clear();
    if (label != m_eventsMessage)
        label->hide();
}

// ---------------------------------------------------------------------------------------------
// Navigation, idle reset, staff exit

KioskView::Page KioskView::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void KioskView::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

void KioskView::showEvents()
{
    EventQuery query;
    query.upcomingOnly = true;
    query.status = EventStatus::Active;
    m_filter->setQuery(query); // a fresh list for every customer; live updates keep it true after that
    showPage(Page::Events);
    updateEventsMessage();
}

void KioskView::showFindBooking()
{
    showPage(Page::FindBooking);
    m_findPhone->setFocus();
}

void KioskView::resetForNextCustomer()
{
    if (m_staffDialog)
        m_staffDialog->reject();
    ++m_bookingGeneration;
    ++m_findGeneration;
    setBookingBusy(false);
    m_finding = false;
    m_findButton->setEnabled(true);

    const QList<QLabel *> labels = m_messages.keys();
    for (QLabel *label : labels)
        clearMessage(label);

    m_search->clear();
    m_dateButtons.first()->setChecked(true);
    applyDateFilter(0);
    m_list->clearSelection();
    m_list->scrollToTop();

    m_bookingEvent.reset();
    m_quantity = 1;
    m_name->clear();
    m_phone->clear();
    m_retryableAttempt.reset();

    m_confirmation.reset();
    m_confirmedEvent.reset();
    m_confirmedQuantity = 0;
    m_tickets->clear();

    m_findPhone->clear();
    m_findReference->clear();
    m_found.reset();
    m_foundTickets->clear();
    m_findResult->hide();

    retranslate();
    showPage(Page::Start);
    if (isVisible())
        m_idle.start();
}

void KioskView::setIdleTimeout(int ms)
{
    m_idle.setInterval(ms);
    if (m_idle.isActive())
        m_idle.start();
}

void KioskView::showEvent(QShowEvent *event)
{
    qApp->installEventFilter(this);
    m_idle.start();
    QWidget::showEvent(event);
}

void KioskView::hideEvent(QHideEvent *event)
{
    qApp->removeEventFilter(this);
    m_idle.stop();
    QWidget::hideEvent(event);
}

bool KioskView::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::InputMethod:
    case QEvent::Wheel:
        m_idle.start();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskView::openStaffDialog()
{
    if (!m_session)
        return;
    if (!m_staffDialog) {
        m_staffDialog = new StaffExitDialog(m_session->profile(), this);
        m_staffDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_staffDialog, &QDialog::accepted, this, [this] {
            resetForNextCustomer();
            emit exitRequested();
        });
    }
    m_staffDialog->open();
}

// ---------------------------------------------------------------------------------------------
// Events

void KioskView::applyDateFilter(int which)
{
    const QDate today = QDate::currentDate();
    switch (which) {
    case 1:
        m_filter->setDateFilter(today, today);
        break;
    case 2:
        m_filter->setDateFilter(today, today.addDays(7 - today.dayOfWeek()));
        break;
    case 3:
        m_filter->setDateFilter(today, QDate(today.year(), today.month(), today.daysInMonth()));
        break;
    default:
        m_filter->setDateFilter(QDate(), QDate());
        break;
    }
    updateEventsMessage();
}

void KioskView::updateEventsMessage()
{
    if (!m_eventsMessage || m_messages.contains(m_eventsMessage))
        return; // a load error stays until the next load
    QString text;
    if (m_filter->isLoading() && m_filter->rowCount() == 0)
        text = tr("Loading events…");
    else if (m_listed->rowCount() == 0 && m_events->rowCount() > 0)
        text = tr("No events match your search. Try another word or date.");
    else if (m_events->rowCount() == 0)
        text = tr("There are no upcoming events right now.");
    m_eventsMessage->setText(text);
    m_eventsMessage->setVisible(!text.isEmpty());
}

void KioskView::onEventClicked(const QModelIndex &index)
{
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEnabled))
        return;
    chooseEvent(index.data(EventTableModel::EventIdRole).toLongLong());
}

void KioskView::chooseEvent(qint64 eventId)
{
    const Event *event = m_events->eventById(eventId);
    if (!event || !event->isOnSale())
        return;
    const bool sameEvent = m_bookingEvent && m_bookingEvent->id == eventId;
    m_bookingEvent = *event;
    if (!sameEvent) {
        m_quantity = 1;
        m_retryableAttempt.reset();
    }
    clearMessage(m_bookingMessage);
    clearMessage(m_nameError);
    clearMessage(m_phoneError);
    if (m_session)
        m_events->refresh({eventId}); // the count on screen may be seconds old
    updateBookingPage();
    showPage(Page::Booking);
    if (m_name->text().isEmpty())
        m_name->setFocus();
}

void KioskView::onEventsChanged()
{
    if (!m_bookingEvent)
        return;
    if (const Event *event = m_events->eventById(m_bookingEvent->id)) {
        m_bookingEvent = *event;
        updateBookingPage();
    }
}

// ---------------------------------------------------------------------------------------------
// Booking

int KioskView::maxQuantity() const
{
    if (!m_bookingEvent)
        return 0;
    return qMax(0, qMin(m_bookingEvent->maxTicketsPerBooking, m_bookingEvent->remaining()));
}

void KioskView::changeQuantity(int delta)
{
    const int max = maxQuantity();
    m_quantity = qBound(1, m_quantity + delta, qMax(1, max));
    updateBookingPage();
}

void KioskView::updateBookingPage()
{
    if (!m_bookingEvent) {
        m_bookingEventTitle->clear();
        m_bookingEventDetails->clear();
        m_seatsLeft->clear();
        m_quantityValue->setText(QStringLiteral("1"));
        m_quantityHint->clear();
        m_total->clear();
        m_confirm->setEnabled(false);
        return;
    }
    const QLocale locale;
    const Event &event = *m_bookingEvent;
    const int max = maxQuantity();
    if (max > 0)
        m_quantity = qBound(1, m_quantity, max);
    m_bookingEventTitle->setText(event.title);
    m_bookingEventDetails->setText(event.venue + QLatin1Char('\n') + formatWhen(event.startsAt) + QLatin1Char('\n')
                                   + tr("%1 per ticket").arg(event.price.toDisplayString(locale)));
    const bool onSale = event.isOnSale();
    if (!onSale) {
        m_seatsLeft->setText(event.status == EventStatus::Active && event.remaining() <= 0
                                 ? tr("Sorry, this event has just sold out.")
                                 : tr("Sorry, this event is no longer on sale."));
        m_seatsLeft->setStyleSheet(QStringLiteral("color: #c61a1a; font-weight: bold;"));
    } else {
        m_seatsLeft->setText(KioskEventDelegate::seatsText(event.remaining()));
        m_seatsLeft->setStyleSheet(QString());
    }
    m_quantityValue->setText(locale.toString(m_quantity));
    m_quantityHint->setText(tr("Up to %1 tickets per booking.").arg(locale.toString(qMax(1, max))));
    m_total->setText(tr("Total: %1").arg((event.price * m_quantity).toDisplayString(locale)));
    m_less->setEnabled(!m_booking && m_quantity > 1);
    m_more->setEnabled(!m_booking && m_quantity < max);
    m_confirm->setEnabled(!m_booking && onSale && max > 0);
}

void KioskView::setBookingBusy(bool busy)
{
    m_booking = busy;
    m_busy->setVisible(busy);
    m_name->setReadOnly(busy);
    m_phone->setReadOnly(busy);
    m_bookingBack->setEnabled(!busy);
    m_confirm->setText(busy ? tr("Booking…") : tr("Confirm booking"));
    updateBookingPage();
}

void KioskView::confirmBooking()
{
    if (m_booking || !m_bookingEvent || !m_session)
        return;
    clearMessage(m_bookingMessage);
    clearMessage(m_nameError);
    clearMessage(m_phoneError);

    const QString name = m_name->text().trimmed();
    const QString phone = m_phone->text().trimmed();
    bool valid = true;
    if (auto error = Validation::checkCustomerName(name)) {
        showMessage(m_nameError, [e = *error] { return e.message(); });
        valid = false;
    }
    if (auto error = Validation::checkPhone(phone)) {
        showMessage(m_phoneError, [e = *error] { return e.message(); });
        valid = false;
    }
    if (auto error = Validation::checkQuantity(m_quantity, m_bookingEvent->maxTicketsPerBooking)) {
        showMessage(m_bookingMessage, [e = *error] { return e.message(); });
        valid = false;
    }
    if (!valid) {
        if (m_nameError->isVisible())
            m_name->setFocus();
        else if (m_phoneError->isVisible())
            m_phone->setFocus();
        return;
    }

    BookingRequest request; // a fresh idempotency key: this press is a new attempt...
    request.eventId = m_bookingEvent->id;
    request.quantity = m_quantity;
    request.customerName = name;
    request.customerPhone = phone;
    request.paymentMethod = PaymentMethod::Card; // a kiosk takes no cash
    // ...unless it repeats an attempt whose outcome the kiosk never learned.
    if (m_retryableAttempt && m_retryableAttempt->eventId == request.eventId
        && m_retryableAttempt->quantity == request.quantity && m_retryableAttempt->customerName == request.customerName
        && m_retryableAttempt->customerPhone == request.customerPhone)
        request.idempotencyKey = m_retryableAttempt->idempotencyKey;
    m_retryableAttempt.reset();

    const quint64 generation = ++m_bookingGeneration;
    setBookingBusy(true);
    m_session->bookings().book(request).then(this, [this, generation, request](Result<BookingConfirmation> result) {
        finishBooking(generation, request, result);
    });
}

void KioskView::finishBooking(quint64 generation, const BookingRequest &request, const Result<BookingConfirmation> &result)
{
    if (generation != m_bookingGeneration)
        return;
    setBookingBusy(false);
    if (!result) {
        const Error error = result.error();
        if (error.isTransient())
            m_retryableAttempt = request;
        QLabel *beside = m_bookingMessage;
        if (error.field() == QLatin1String("name") || Error::fieldFor(error.code()) == QLatin1String("name"))
            beside = m_nameError;
        else if (error.field() == QLatin1String("phone") || Error::fieldFor(error.code()) == QLatin1String("phone"))
            beside = m_phoneError;
        showMessage(beside, [error] { return error.message(); });
        if (m_session)
            m_events->refresh({request.eventId});
        return;
    }
    m_confirmation = result.value();
    m_confirmedEvent = m_bookingEvent;
    m_confirmedQuantity = request.quantity;
    m_tickets->setCodes(m_confirmation->ticketCodes);
    // The next customer starts clean even if this one walks away now.
    m_bookingEvent.reset();
    m_name->clear();
    m_phone->clear();
    m_quantity = 1;
    updateConfirmationPage();
    showPage(Page::Confirmation);
}

void KioskView::updateConfirmationPage()
{
    if (!m_confirmation) {
        m_reference->clear();
        m_confirmationDetails->clear();
        return;
    }
    const QLocale locale;
    m_reference->setText(tr("Booking %1").arg(m_confirmation->reference));
    QStringList lines;
    if (m_confirmedEvent) {
        lines << QStringLiteral("<b>%1</b>").arg(m_confirmedEvent->title.toHtmlEscaped())
              << m_confirmedEvent->venue.toHtmlEscaped() << formatWhen(m_confirmedEvent->startsAt).toHtmlEscaped();
    }
    const int quantity = m_confirmedQuantity > 0 ? m_confirmedQuantity : int(m_confirmation->ticketCodes.size());
    lines << (quantity == 1 ? tr("1 ticket") : tr("%1 tickets").arg(locale.toString(quantity)));
    lines << tr("Total: %1").arg(m_confirmation->totalAmount.toDisplayString(locale));
    m_confirmationDetails->setText(lines.join(QStringLiteral("<br>")));
}

// ---------------------------------------------------------------------------------------------
// Find my booking

void KioskView::findBooking()
{
    if (m_finding || !m_session)
        return;
    clearMessage(m_findMessage);
    clearMessage(m_findPhoneError);
    clearMessage(m_findReferenceError);
    m_found.reset();
    m_foundTickets->clear();
    m_findResult->hide();

    const QString phone = m_findPhone->text().trimmed();
    bool valid = true;
    if (auto error = Validation::checkPhone(phone)) {
        showMessage(m_findPhoneError, [e = *error] { return e.message(); });
        valid = false;
    }
    const QString reference = Validation::normalizeBookingReference(m_findReference->text());
    if (!Validation::isWellFormedBookingReference(reference)) {
        showMessage(m_findReferenceError, [] {
            return tr("Please enter the booking reference shown on your confirmation: 8 letters and digits, e.g. K7QM2XPA.");
        });
        valid = false;
    }
    if (!valid)
        return;

    const quint64 generation = ++m_findGeneration;
    m_finding = true;
    m_findButton->setEnabled(false);
    m_findButton->setText(tr("Searching…"));
    m_session->reads()->run(this, [phone, reference](QSqlDatabase db) {
        BookingRepository bookings(db);
        return bookings.findMyBooking(phone, reference);
    }, [this, generation](Result<Booking> result) { finishFind(generation, result); });
}

void KioskView::finishFind(quint64 generation, const Result<Booking> &result)
{
    if (generation != m_findGeneration)
        return; // the customer left or asked again since
    m_finding = false;
    m_findButton->setEnabled(true);
    m_findButton->setText(tr("Find"));
    if (!result) {
        const Error error = result.error();
        if (error.code() == ErrorCode::BookingNotFound || error.code() == ErrorCode::NotFound) {
            showMessage(m_findMessage, [] {
                return tr("We could not find a booking with this reference and phone number. "
                          "Please check both and try again.");
            });
        } else if (error.code() == ErrorCode::PhoneInvalid) {
            showMessage(m_findPhoneError, [error] { return error.message(); });
        } else if (error.code() == ErrorCode::ReferenceInvalid) {
            showMessage(m_findReferenceError, [error] { return error.message(); });
        } else {
            showMessage(m_findMessage, [error] { return error.message(); });
        }
        return;
    }
    m_found = result.value();
    m_foundTickets->setTickets(m_found->tickets);
    updateFindResult();
    m_findResult->show();
}

void KioskView::updateFindResult()
{
    if (!m_found) {
        m_foundDetails->clear();
        return;
    }
    const QLocale locale;
    const Booking &booking = *m_found;
    QStringList lines;
    lines << QStringLiteral("<span style='font-size:24pt; font-weight:bold; color:#173f7a'>%1</span>")
                 .arg(tr("Booking %1").arg(booking.reference).toHtmlEscaped());
    lines << QStringLiteral("<b>%1</b>").arg(booking.eventTitle.toHtmlEscaped());
    lines << booking.venue.toHtmlEscaped() + QStringLiteral(" &middot; ") + formatWhen(booking.startsAt).toHtmlEscaped();
    lines << (booking.quantity == 1 ? tr("1 ticket") : tr("%1 tickets").arg(locale.toString(booking.quantity)))
                 + QStringLiteral(" &middot; ") + tr("Total: %1").arg(booking.totalAmount.toDisplayString(locale)).toHtmlEscaped();
    if (booking.cancelled)
        lines << QStringLiteral("<span style='color:#c61a1a; font-weight:bold'>%1</span>")
                     .arg(tr("This booking was cancelled.").toHtmlEscaped());
    m_foundDetails->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace Marquee

#include "kioskview.h"

#include "booking/bookingservice.h"
#include "kioskaccessibility.h"
#include "kioskconfirmationpage.h"
#include "kioskdetailspage.h"
#include "kioskeventpage.h"
#include "kioskeventspage.h"
#include "kioskfindbookingpage.h"
#include "kioskkeypad.h"
#include "kioskmessagelabel.h"
#include "kioskseatpage.h"
#include "kioskspeech.h"
#include "kioskspeechbar.h"
#include "kioskstartpage.h"
#include "kioskstilltheredialog.h"
#include "kioskstyle.h"
#include "models/eventtablemodel.h"
#include "seating/seatservice.h"
#include "session/terminalsession.h"
#include "staffexitdialog.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Marquee {

KioskView::KioskView(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    KioskAccessibility::install();
    setObjectName(QStringLiteral("kioskRoot"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(KioskStyle::styleSheet(m_look));
    m_defaultLanguage = QLocale().language() == QLocale::Thai ? QStringLiteral("th") : QStringLiteral("en");

    m_events = m_session ? EventTableModel::forSession(m_session) : new EventTableModel(nullptr, this);
    m_flow = new KioskFlow(this);
    m_speech = new KioskSpeech(this);
    m_stack = new QStackedWidget(this);
    m_keypad = new KioskKeypad(this);
    m_keypad->hide();
    // The keypad keeps its height; the page above gives way (a stacked widget asks for its tallest page's height).
    m_keypad->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_stack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_speechBar = new KioskSpeechBar(m_speech, this);
    m_speechBar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_keypad);
    layout->addWidget(m_speechBar);
    m_stillThere = new KioskStillThereDialog(m_flow, this);

    m_start = new KioskStartPage(m_flow, m_stack);
    m_eventsPage = new KioskEventsPage(m_events, m_stack);
    m_eventPage = new KioskEventPage(m_flow, m_stack);
    m_seatPage = new KioskSeatPage(m_session, m_flow, m_stack);
    m_details = new KioskDetailsPage(m_session, m_events, m_flow, m_stack);
    m_confirmation = new KioskConfirmationPage(m_flow, m_stack);
    m_find = new KioskFindBookingPage(m_session, m_flow, m_stack);
    addPage(Page::Start, m_start);
    addPage(Page::Events, m_eventsPage);
    addPage(Page::Event, m_eventPage);
    addPage(Page::Seats, m_seatPage);
    addPage(Page::Details, m_details);
    addPage(Page::Confirmation, m_confirmation);
    addPage(Page::FindBooking, m_find);

    connect(m_seatPage, &KioskSeatPage::spoken, m_speech, &KioskSpeech::say);
    connect(m_start, &KioskStartPage::buyRequested, this, &KioskView::showEvents);
    connect(m_start, &KioskStartPage::findBookingRequested, this, &KioskView::showFindBooking);
    connect(m_start, &KioskStartPage::languageRequested, this, &KioskView::languageRequested);
    connect(m_start, &KioskStartPage::staffRequested, this, &KioskView::openStaffDialog);
    connect(m_eventsPage, &KioskEventsPage::backRequested, m_flow, &KioskFlow::forgetCustomer);
    connect(m_eventsPage, &KioskEventsPage::eventChosen, this, &KioskView::chooseEvent);
    connect(m_details, &KioskDetailsPage::booked, this,
            [this](const BookingConfirmation &confirmation, const Event &event, const QStringList &lines, bool seated) {
        // The held seats are the booking's now: the next customer gets a new hold token.
        if (seated)
            m_seatPage->bookedWithHold();
        m_confirmation->showConfirmation(confirmation, event, lines);
        m_flow->show(Page::Confirmation);
    });

    connect(m_flow, &KioskFlow::pageShown, this, &KioskView::showPage);
    connect(m_flow, &KioskFlow::customerForgotten, this, [this] {
        if (m_staffDialog)
            m_staffDialog->reject();
        m_stillThere->hide();
        returnToDefaultLanguage();
    });
    connect(m_flow, &KioskFlow::assistanceChanged, this, &KioskView::applyAssistance);
    connect(m_flow, &KioskFlow::stillThereAsked, this, [this](int secondsLeft) {
        m_stillThere->ask(secondsLeft);
        m_speech->say(m_stillThere->question());
    });
    connect(m_flow, &KioskFlow::stillThereCountdown, this, [this](int secondsLeft) {
        m_stillThere->showSecondsLeft(secondsLeft);
        if (secondsLeft == 10 || secondsLeft == 5)
            m_speech->say(tr("%n seconds left. Press Enter for more time.", nullptr, secondsLeft));
    });
    connect(m_speechBar, &KioskSpeechBar::speechOffRequested, this, [this] {
        KioskAssistance assistance = m_flow->assistance();
        assistance.speech = false;
        m_flow->setAssistance(assistance);
    });
    // Every refusal and message a page shows is spoken (and announced to assistive technology by the label).
    const auto messages = findChildren<KioskMessageLabel *>();
    for (KioskMessageLabel *message : messages)
        connect(message, &KioskMessageLabel::messageShown, m_speech, &KioskSpeech::say);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { focusMoved(now); });
    if (auto *list = m_eventsPage->findChild<QListView *>(QStringLiteral("kioskEventList"))) {
        connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this, &KioskView::speakCurrentEvent);
    }
    if (m_session) {
        connect(m_session, &TerminalSession::venueSettingsChanged, this, &KioskView::followVenue);
        followVenue();
    }
    // The chosen event stays as the database says it is now, while the customer looks at it.
    connect(m_events, &EventTableModel::dataChanged, this, &KioskView::followChosenEvent);

    showPage(m_flow->page());
}

KioskView::~KioskView()
{
    m_flow->setWatchingInput(false);
}

void KioskView::addPage(Page page, KioskPage *widget)
{
    m_pages.insert(int(page), widget);
    m_stack->addWidget(widget);
    connect(m_flow, &KioskFlow::customerForgotten, widget, &KioskPage::forgetCustomer);
}

void KioskView::showPage(Page page)
{
    KioskPage *widget = m_pages.value(int(page));
    m_showingPage = true;
    m_stack->setCurrentWidget(widget);
    widget->entered();
    m_showingPage = false;
    // The field the page gave the focus to gets the keypad (also while the window is not the active one, when
    // no focus signal comes).
    followFocus(widget->focusWidget());
    // The page's summary, then where the focus is: one sentence, so neither cuts the other off.
    const QString summary = widget->spokenSummary();
    m_speech->setSummary(summary);
    QString focused;
    if (QWidget *focus = QApplication::focusWidget(); focus && widget->isAncestorOf(focus))
        focused = KioskSpeech::describe(QAccessible::queryAccessibleInterface(focus));
    m_speech->say(focused.isEmpty() ? summary : summary + QStringLiteral(". ") + focused);
}

void KioskView::followFocus(QWidget *now)
{
    // The keypad is for the field that has the focus; any other control sends it away.
    auto *field = qobject_cast<QLineEdit *>(now);
    if (field && m_stack->isAncestorOf(field) && m_stack->currentWidget()->isAncestorOf(field)) {
        m_keypad->setTarget(field);
        m_keypad->show();
    } else if (!now || !m_keypad->isAncestorOf(now)) {
        m_keypad->hide();
    }
}

void KioskView::focusMoved(QWidget *now)
{
    if (!now || !isAncestorOf(now) || !isVisible())
        return;
    followFocus(now);
    if (m_showingPage || !m_speech->isEnabled())
        return;
    if (qobject_cast<QListView *>(now)) {
        speakCurrentEvent();
        return;
    }
    m_speech->say(KioskSpeech::describe(QAccessible::queryAccessibleInterface(now)));
}

void KioskView::speakCurrentEvent()
{
    auto *list = m_eventsPage->findChild<QListView *>(QStringLiteral("kioskEventList"));
    if (m_showingPage || !m_speech->isEnabled() || !list || !list->hasFocus())
        return;
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(list);
    QAccessibleInterface *item = iface ? iface->focusChild() : nullptr;
    m_speech->say(item ? KioskSpeech::describe(item) : KioskSpeech::describe(iface));
}

void KioskView::followVenue()
{
    if (!m_session)
        return;
    m_flow->setVenue(m_session->venueSettings());
    m_eventsPage->setVenue(m_session->venueSettings());
}

void KioskView::applyAssistance(const KioskAssistance &assistance)
{
    const KioskLook look = assistance.look();
    if (look != m_look) {
        m_look = look;
        setStyleSheet(KioskStyle::styleSheet(m_look));
    }
    const bool speechWasOn = m_speech->isEnabled();
    m_speech->setEnabled(assistance.speech);
    m_speechBar->setVisible(assistance.speech);
    if (assistance.speech && !speechWasOn)
        m_speech->say(tr("Speech is on. Press Tab to move between controls and Enter to choose. Repeat and Stop are "
                         "at the bottom of every page."));
}

void KioskView::returnToDefaultLanguage()
{
    const QString current = QLocale().language() == QLocale::Thai ? QStringLiteral("th") : QStringLiteral("en");
    if (current != m_defaultLanguage)
        emit languageRequested(m_defaultLanguage);
}

KioskView::Page KioskView::currentPage() const
{
    return m_flow->page();
}

void KioskView::setIdleTimeout(int ms)
{
    m_flow->setIdleTimeout(ms);
}

void KioskView::setWarningTime(int ms)
{
    m_flow->setWarningTime(ms);
}

int KioskView::idleTimeout() const
{
    return m_flow->idleTimeout();
}

EventFilterModel *KioskView::eventFilter() const
{
    return m_eventsPage->filter();
}

KioskEventsModel *KioskView::listedEvents() const
{
    return m_eventsPage->listed();
}

std::optional<BookingConfirmation> KioskView::lastConfirmation() const
{
    return m_confirmation->confirmation();
}

bool KioskView::isBooking() const
{
    return m_flow->isBooking();
}

void KioskView::resetForNextCustomer()
{
    m_flow->forgetCustomer();
}

void KioskView::showEvents()
{
    m_eventsPage->askForUpcomingEvents();
    m_flow->show(Page::Events);
}

void KioskView::showFindBooking()
{
    m_flow->show(Page::FindBooking);
}

void KioskView::chooseEvent(qint64 eventId)
{
    const Event *event = m_events->eventById(eventId);
    if (!event || !event->isOnSale())
        return;
    m_flow->chooseEvent(*event);
    if (m_session) {
        m_events->refresh({eventId}); // the count on screen may be seconds old
        askAboutEvent(eventId);
    }
    m_flow->show(Page::Event);
}

void KioskView::askAboutEvent(qint64 eventId)
{
    // Its ticket types (a number per type) and whether it has seats (the seat page); the page follows the answers.
    m_session->bookings().ticketTypes(eventId).then(this, [this, eventId](Result<QList<TicketType>> types) {
        if (types)
            m_flow->setTicketTypes(eventId, types.value());
    });
    m_session->seats().planOf(eventId).then(this, [this, eventId](Result<qint64> plan) {
        if (plan)
            m_flow->setSeated(eventId, plan.value() > 0);
    });
}

void KioskView::followChosenEvent()
{
    const KioskOrder &order = m_flow->order();
    if (!order.event)
        return;
    if (const Event *event = m_events->eventById(order.event->id))
        m_flow->updateEvent(*event);
}

void KioskView::showEvent(QShowEvent *event)
{
    m_flow->setWatchingInput(true);
    QWidget::showEvent(event);
}

void KioskView::hideEvent(QHideEvent *event)
{
    m_flow->setWatchingInput(false);
    QWidget::hideEvent(event);
}

void KioskView::changeEvent(QEvent *event)
{
    // The pages retranslate themselves; the terminal's events model formats dates and prices in the locale.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        m_events->setLocale(QLocale());
        m_speech->followLocale();
    }
    QWidget::changeEvent(event);
}

void KioskView::openStaffDialog()
{
    if (!m_session)
        return;
    if (!m_staffDialog) {
        m_staffDialog = new StaffExitDialog(m_session, this);
        m_staffDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_staffDialog, &QDialog::accepted, this, [this] {
            resetForNextCustomer();
            emit exitRequested();
        });
    }
    m_staffDialog->open();
}

} // namespace Marquee

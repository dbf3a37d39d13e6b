#include "kioskview.h"

#include "kioskconfirmationpage.h"
#include "kioskdetailspage.h"
#include "kioskeventpage.h"
#include "kioskeventspage.h"
#include "kioskfindbookingpage.h"
#include "kioskstartpage.h"
#include "kioskstyle.h"
#include "models/eventtablemodel.h"
#include "session/terminalsession.h"
#include "staffexitdialog.h"

#include <QEvent>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Marquee {

KioskView::KioskView(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("kioskRoot"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(KioskStyle::styleSheet());

    m_events = m_session ? EventTableModel::forSession(m_session) : new EventTableModel(nullptr, this);
    m_flow = new KioskFlow(this);
    m_stack = new QStackedWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_start = new KioskStartPage(m_stack);
    m_eventsPage = new KioskEventsPage(m_events, m_stack);
    m_eventPage = new KioskEventPage(m_flow, m_stack);
    m_details = new KioskDetailsPage(m_session, m_events, m_flow, m_stack);
    m_confirmation = new KioskConfirmationPage(m_flow, m_stack);
    m_find = new KioskFindBookingPage(m_session, m_flow, m_stack);
    addPage(Page::Start, m_start);
    addPage(Page::Events, m_eventsPage);
    addPage(Page::Event, m_eventPage);
    addPage(Page::Details, m_details);
    addPage(Page::Confirmation, m_confirmation);
    addPage(Page::FindBooking, m_find);

    connect(m_start, &KioskStartPage::buyRequested, this, &KioskView::showEvents);
    connect(m_start, &KioskStartPage::findBookingRequested, this, &KioskView::showFindBooking);
    connect(m_start, &KioskStartPage::languageRequested, this, &KioskView::languageRequested);
    connect(m_start, &KioskStartPage::staffRequested, this, &KioskView::openStaffDialog);
    connect(m_eventsPage, &KioskEventsPage::backRequested, m_flow, &KioskFlow::forgetCustomer);
    connect(m_eventsPage, &KioskEventsPage::eventChosen, this, &KioskView::chooseEvent);
    connect(m_details, &KioskDetailsPage::booked, this, [this](const BookingConfirmation &confirmation, const Event &event) {
        m_confirmation->showConfirmation(confirmation, event);
        m_flow->show(Page::Confirmation);
    });

    connect(m_flow, &KioskFlow::pageShown, this, &KioskView::showPage);
    connect(m_flow, &KioskFlow::customerForgotten, this, [this] {
        if (m_staffDialog)
            m_staffDialog->reject();
    });
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
    m_stack->setCurrentWidget(widget);
    widget->entered();
}

KioskView::Page KioskView::currentPage() const
{
    return m_flow->page();
}

void KioskView::setIdleTimeout(int ms)
{
    m_flow->setIdleTimeout(ms);
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
    if (m_session)
        m_events->refresh({eventId}); // the count on screen may be seconds old
    m_flow->show(Page::Event);
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
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        m_events->setLocale(QLocale());
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

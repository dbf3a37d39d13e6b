#include "eventdetailpanel.h"

#include "booking/bookingservice.h"
#include "bookingtablemodel.h"
#include "adminlook.h"
#include "common/texttone.h"
#include "eventseatsdialog.h"
#include "saleschartview.h"
#include "session/terminalsession.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Marquee {

EventDetailPanel::EventDetailPanel(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::PlainText); // an event's title, typed by a person
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto makeValue = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        QFont f = label->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.2);
        label->setFont(f);
        return label;
    };
    m_soldCaption = new QLabel(this);
    m_remainingCaption = new QLabel(this);
    m_revenueCaption = new QLabel(this);
    m_bookingsCaption = new QLabel(this);
    m_cancelledCaption = new QLabel(this);
    m_checkedInCaption = new QLabel(this);
    m_sold = makeValue(QStringLiteral("summarySold"));
    m_remaining = makeValue(QStringLiteral("summaryRemaining"));
    m_revenue = makeValue(QStringLiteral("summaryRevenue"));
    m_bookingsCount = makeValue(QStringLiteral("summaryBookings"));
    m_cancelled = makeValue(QStringLiteral("summaryCancelled"));
    m_checkedIn = makeValue(QStringLiteral("summaryCheckedIn"));
    m_error = new QLabel(this);
    AdminLook::setTone(m_error, TextTone::Bad);
    m_error->hide();

    auto *figures = new QGridLayout;
    const QList<QPair<QLabel *, QLabel *>> pairs = {
        {m_soldCaption, m_sold}, {m_remainingCaption, m_remaining}, {m_revenueCaption, m_revenue},
        {m_bookingsCaption, m_bookingsCount}, {m_cancelledCaption, m_cancelled}, {m_checkedInCaption, m_checkedIn}};
    for (int i = 0; i < pairs.size(); ++i) {
        figures->addWidget(pairs.at(i).first, 0, i);
        figures->addWidget(pairs.at(i).second, 1, i);
    }

    m_bookings = new BookingTableModel(this);
    m_bookings->setService(&session->bookings());
    m_bookingsView = new QTableView(this);
    m_bookingsView->setObjectName(QStringLiteral("bookingsView"));
    m_bookingsView->setModel(m_bookings);
    m_bookingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bookingsView->setAlternatingRowColors(true);
    m_bookingsView->verticalHeader()->hide();
    m_bookingsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_bookingsView->verticalHeader()->setDefaultSectionSize(m_bookingsView->fontMetrics().height() + 8);
    m_bookingsView->horizontalHeader()->setStretchLastSection(true);
    const int digit = m_bookingsView->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_bookingsView->horizontalHeader()->resizeSection(BookingTableModel::BookedAt, digit * 20);
    m_bookingsView->horizontalHeader()->resizeSection(BookingTableModel::Phone, digit * 15);
    m_bookingsView->horizontalHeader()->resizeSection(BookingTableModel::Customer, digit * 22);
    for (int column : {int(BookingTableModel::Reference), int(BookingTableModel::Tickets), int(BookingTableModel::Payment),
                       int(BookingTableModel::Status), int(BookingTableModel::CheckedIn)})
        m_bookingsView->horizontalHeader()->resizeSection(column, digit * 11);

    m_chart = new SalesChartView(this);
    m_chart->setObjectName(QStringLiteral("salesChart"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_seatsButton = new QPushButton(this);
    m_seatsButton->setObjectName(QStringLiteral("eventSeatsButton"));
    m_seatsButton->hide();
    connect(m_seatsButton, &QPushButton::clicked, this, [this] { openSeats(); });
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_seatsButton);
    leftLayout->addLayout(headingRow);
    leftLayout->addLayout(figures);
    leftLayout->addWidget(m_error);
    leftLayout->addWidget(m_bookingsView, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({900, 420});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_bookings, &BookingTableModel::loadFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    retranslate();
    showSummary();
}

void EventDetailPanel::setEventId(qint64 eventId, const QString &title)
{
    m_title = title;
    if (eventId == m_eventId) {
        showSummary();
        return;
    }
    m_eventId = eventId;
    m_haveSummary = false;
    m_chart->setPoints({}, 0);
    m_bookings->setEventId(eventId);
    showSummary();
    refresh();
}

void EventDetailPanel::setSeatingPlan(qint64 planId)
{
    m_planId = planId;
    m_seatsButton->setVisible(planId > 0 && m_eventId > 0);
}

EventSeatsDialog *EventDetailPanel::openSeats()
{
    if (m_eventId <= 0 || m_planId <= 0)
        return nullptr;
    const auto open = findChildren<EventSeatsDialog *>(QString(), Qt::FindDirectChildrenOnly);
    for (EventSeatsDialog *dialog : open) {
        if (dialog->eventId() == m_eventId) {
            dialog->raise();
            dialog->activateWindow();
            return dialog;
        }
    }
    auto *dialog = new EventSeatsDialog(m_session, m_eventId, m_title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // House holds change the capacity and what remains.
    connect(dialog, &EventSeatsDialog::changed, this, [this, eventId = m_eventId] {
        if (m_eventId == eventId)
            refresh();
    });
    dialog->show();
    return dialog;
}

void EventDetailPanel::refresh()
{
    // Another event chosen, or a newer refresh: the answer on its way is not wanted any more.
    m_detail.cancel();
    if (m_eventId == 0)
        return;
    m_detail.ask(m_session->bookings().salesDetail(m_eventId), this, [this](Result<EventSalesDetail> result) {
        if (!result) {
            m_error->setText(result.error().message());
            m_error->show();
            return;
        }
        m_error->hide();
        const bool bookingsChanged = m_haveSummary
            && (result->summary.bookingsCount != m_summary.bookingsCount
                || result->summary.cancelledBookings != m_summary.cancelledBookings
                || result->summary.ticketsUsed != m_summary.ticketsUsed);
        m_summary = result->summary;
        m_haveSummary = true;
        showSummary();
        m_chart->setPoints(result->sales, m_summary.capacity, result->bucket, result->firstSale,
                           m_session->venueSettings().timeZone());
        if (bookingsChanged)
            m_bookings->reload();
        emit summaryLoaded(m_summary);
    });
}

void EventDetailPanel::showSummary()
{
    const QLocale locale;
    if (!m_haveSummary) {
        const QString none = QStringLiteral("–");
        for (QLabel *label : {m_sold, m_remaining, m_revenue, m_bookingsCount, m_cancelled, m_checkedIn})
            label->setText(none);
        m_heading->setText(m_eventId == 0 ? tr("Choose an event to see its bookings.") : tr("Loading…"));
        return;
    }
    m_heading->setText(m_title.isEmpty() ? tr("Bookings of this event") : tr("Bookings of “%1”").arg(m_title));
    m_sold->setText(locale.toString(m_summary.ticketsSold));
    m_remaining->setText(locale.toString(m_summary.remaining));
    m_revenue->setText(m_summary.revenue.toDisplayString(locale));
    m_bookingsCount->setText(locale.toString(m_summary.bookingsCount));
    m_cancelled->setText(locale.toString(m_summary.cancelledBookings));
    m_checkedIn->setText(locale.toString(m_summary.ticketsUsed));
}

void EventDetailPanel::retranslate()
{
    m_soldCaption->setText(tr("Tickets sold"));
    m_remainingCaption->setText(tr("Remaining"));
    m_revenueCaption->setText(tr("Revenue"));
    m_bookingsCaption->setText(tr("Bookings"));
    m_cancelledCaption->setText(tr("Cancelled bookings"));
    m_checkedInCaption->setText(tr("Checked in"));
    m_seatsButton->setText(tr("Seat &map…"));
    m_seatsButton->setToolTip(tr("The seat map of this event: house holds and accessibility marks"));
    m_bookings->retranslate();
    showSummary();
}

void EventDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Marquee

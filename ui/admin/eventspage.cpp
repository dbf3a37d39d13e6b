#include "eventspage.h"

#include "booking/bookingexport.h"
#include "booking/bookingservice.h"
#include "adminlook.h"
#include "common/texttone.h"
#include "eventdetailpanel.h"
#include "eventform.h"
#include "events/eventservice.h"
#include "eventstoolbar.h"
#include "models/eventfiltermodel.h"
#include "models/eventtablemodel.h"
#include "session/terminalsession.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>

#include "venue/venueformat.h"
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Marquee {

EventsPage::EventsPage(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = EventTableModel::forSession(session);
    m_model->setLocale(QLocale());
    m_filter = new EventFilterModel(m_model, this);

    m_toolbar = new EventsToolbar(this);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText); // messages name events
    m_statusLabel->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("eventsView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, so 100,000 of them scroll smoothly.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(EventTableModel::Title, QHeaderView::Stretch);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(EventTableModel::StartsAt, digit * 18);
    header->resizeSection(EventTableModel::Venue, digit * 24);
    for (int column : {int(EventTableModel::Price), int(EventTableModel::Capacity), int(EventTableModel::Sold),
                       int(EventTableModel::Remaining), int(EventTableModel::Bookings)})
        header->resizeSection(column, digit * 11);
    header->resizeSection(EventTableModel::Revenue, digit * 15);
    header->resizeSection(EventTableModel::Status, digit * 12);

    m_detail = new EventDetailPanel(session, this);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_statusLabel);
    layout->addWidget(splitter, 1);

    connect(m_toolbar, &EventsToolbar::queryChanged, this, &EventsPage::applyQuery);

    // The figures of the event shown in detail may have moved with a sale anywhere: the terminal's model hears of it
    // (and re-reads the event) and changes its row.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EventsPage::onEventChanged);
    connect(m_session, &TerminalSession::bookingsChanged, this, [this](qint64 eventId) {
        if (m_detail->eventId() == eventId)
            m_detail->refresh();
    });

    connect(m_filter, &EventFilterModel::loadFailed, this, [this](const QString &message) { showStatus(message, true); });
    connect(m_filter, &EventFilterModel::pageLoaded, this, &EventsPage::updateCount);
    connect(m_filter, &EventFilterModel::firstPageLoaded, this, [this] {
        if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_view->setCurrentIndex(m_filter->index(0, 0));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        if (auto id = selectedEventId()) {
            const Event *event = m_model->eventById(*id);
            m_detail->setEventId(*id, event ? event->title : QString());
            m_detail->setSeatingPlan(event ? event->seatingPlanId : 0);
        }
    });
    connect(m_view, &QTableView::activated, this, [this] {
        if (auto id = selectedEventId())
            editEvent(*id);
    });
    connect(m_toolbar, &EventsToolbar::newRequested, this, [this] { newEvent(); });
    connect(m_toolbar, &EventsToolbar::editRequested, this, [this] {
        if (auto id = selectedEventId())
            editEvent(*id);
    });
    connect(m_toolbar, &EventsToolbar::cancelRequested, this, &EventsPage::confirmCancel);
    connect(m_toolbar, &EventsToolbar::exportRequested, this, &EventsPage::chooseExportFile);

    updateActions();
    applyQuery();
}

void EventsPage::reload()
{
    applyQuery();
}

void EventsPage::applyQuery()
{
    const EventQuery query = m_toolbar->query();
    m_total = -1;
    m_filter->setQuery(query);
    updateCount();

    // The total is counted separately, so the first page never waits for it; a newer question drops the count
    // of the older one.
    m_count.ask(m_session->events().count(query), this, [this](Result<int> result) {
        m_total = result ? result.value() : -1;
        updateCount();
    });
}

void EventsPage::updateCount()
{
    m_toolbar->setCount(m_filter->rowCount(), m_total);
}

std::optional<qint64> EventsPage::selectedEventId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(EventTableModel::EventIdRole).toLongLong();
}

void EventsPage::selectEvent(qint64 eventId)
{
    const int row = m_model->rowOf(eventId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void EventsPage::onEventChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // The table itself is kept live by the terminal's model; the detail panel re-reads its figures.
    const int row = m_detail->eventId() > 0 ? m_model->rowOf(m_detail->eventId()) : -1;
    if (row >= 0 && row >= topLeft.row() && row <= bottomRight.row())
        m_detail->refresh();
}

EventForm *EventsPage::newEvent()
{
    openForm(std::nullopt);
    return findChild<EventForm *>(QString(), Qt::FindDirectChildrenOnly);
}

void EventsPage::editEvent(qint64 eventId)
{
    // The form starts from a fresh read, so "seats already sold" is today's figure.
    m_edit.ask(m_session->events().get(eventId), this, [this](Result<Event> result) {
        if (!result) {
            showStatus(result.error().message(), true);
            return;
        }
        m_model->applyEvent(result.value());
        openForm(result.value());
    });
}

void EventsPage::openForm(const std::optional<Event> &existing)
{
    // One form at a time.
    if (auto *open = findChild<EventForm *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *form = new EventForm(m_session, existing, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    const bool isNew = !existing;
    connect(form, &EventForm::saved, this, [this, isNew](const Event &event) {
        if (isNew) {
            showStatus(tr("The event “%1” was created.").arg(event.title));
            reload();
        } else {
            showStatus(tr("The event “%1” was saved.").arg(event.title));
            m_model->applyEvent(event);
            if (m_detail->eventId() == event.id) {
                m_detail->setSeatingPlan(event.seatingPlanId); // seated now, or no longer
                m_detail->refresh();
            }
        }
        emit eventSaved(event);
    });
    form->show();
}

void EventsPage::confirmCancel()
{
    const auto id = selectedEventId();
    const Event *event = id ? m_model->eventById(*id) : nullptr;
    if (!event)
        return;
    // The title is a person's text: the box shows it as text, never as markup.
    QMessageBox box(QMessageBox::Question, tr("Cancel event"),
                    tr("Cancel “%1” on %2?\n\nIt stops being on sale at once, at every kiosk and box office. "
                       "Its tickets stop being valid, and each of its %3 paid bookings is listed under Refunds.")
                        .arg(event->title,
                             VenueFormat(m_session->venueSettings(), QLocale()).dateTime(event->startsAt),
                             QLocale().toString(event->bookingsCount)),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() == QMessageBox::Yes)
        cancelEventNow(*id);
}

void EventsPage::cancelEventNow(qint64 eventId)
{
    m_session->events().cancel(eventId).then(this, [this](Result<Event> result) {
        if (!result) {
            showStatus(result.error().message(), true);
            return;
        }
        m_model->applyEvent(result.value());
        // The database announced it already; this makes this terminal's own views follow at once.
        m_model->refresh({result->id});
        if (m_detail->eventId() == result->id)
            m_detail->refresh();
        updateActions();
        showStatus(tr("The event “%1” was cancelled. Its bookings are kept.").arg(result->title));
        emit eventCancelled(result.value());
    });
}

void EventsPage::chooseExportFile()
{
    const auto id = selectedEventId();
    const Event *event = id ? m_model->eventById(*id) : nullptr;
    if (!event)
        return;
    QString suggested = event->title;
    suggested.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("-"));
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export bookings"), QDir::home().filePath(suggested + QStringLiteral("-bookings.csv")),
        tr("CSV files (*.csv)"));
    if (!fileName.isEmpty())
        exportBookings(*id, fileName);
}

BookingExport *EventsPage::exportBookings(qint64 eventId, const QString &fileName)
{
    if (m_export && m_export->isRunning())
        return nullptr;
    BookingExport *exporter = m_session->bookings().exportToCsv(eventId, fileName, this);
    m_export = exporter;
    auto *progress = new QProgressDialog(this);
    m_exportProgress = progress;
    progress->setWindowTitle(tr("Export bookings"));
    progress->setLabelText(tr("Writing bookings to %1…").arg(QDir::toNativeSeparators(fileName)));
    progress->setCancelButtonText(tr("Cancel"));
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    progress->setRange(0, 0);
    connect(progress, &QProgressDialog::canceled, exporter, &BookingExport::cancel);
    connect(exporter, &BookingExport::progressed, progress, [progress](int written, int expected) {
        if (expected > 0) {
            progress->setMaximum(expected);
            progress->setValue(qMin(written, expected));
        }
    });
    connect(exporter, &BookingExport::finished, this, [this, exporter, progress, fileName](bool ok, const QString &message) {
        progress->hide();
        progress->deleteLater();
        exporter->deleteLater();
        if (ok)
            showStatus(tr("The bookings were written to %1.").arg(QDir::toNativeSeparators(fileName)));
        else if (message.isEmpty())
            showStatus(tr("The export was cancelled; no file was left behind."));
        else
            showStatus(message, true);
        emit exportFinished(ok, message);
    });
    progress->show();
    exporter->start();
    return exporter;
}

void EventsPage::updateActions()
{
    const auto id = selectedEventId();
    const Event *event = id ? m_model->eventById(*id) : nullptr;
    m_toolbar->setActions(event != nullptr, event && event->status == EventStatus::Active);
}

void EventsPage::showStatus(const QString &message, bool error)
{
    AdminLook::setTone(m_statusLabel, error ? TextTone::Bad : TextTone::Plain);
    m_statusLabel->setText(message);
    m_statusLabel->setVisible(!message.isEmpty());
}

void EventsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LocaleChange)
        m_model->setLocale(QLocale());
    QWidget::changeEvent(event);
}

} // namespace Marquee

#pragma once

#include "domain/event.h"
#include "service/reply.h"

#include <QList>
#include <QPointer>
#include <QProgressDialog>
#include <QWidget>

#include <optional>

class QLabel;
class QTableView;

namespace Marquee {

class BookingExport;
class EventDetailPanel;
class EventFilterModel;
class EventForm;
class EventTableModel;
class EventsToolbar;
class TerminalSession;

// The admin's list of every event with its sales, kept live (the terminal's one events model, through a filter
// of this page's own), and what can be done to one: create, edit, cancel, look at its bookings and chart
// (EventDetailPanel), export its bookings.
class EventsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit EventsPage(TerminalSession *session, QWidget *parent = nullptr);

    EventTableModel *model() const { return m_model; }
    EventFilterModel *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    EventsToolbar *toolbar() const { return m_toolbar; }
    EventDetailPanel *detail() const { return m_detail; }
    std::optional<qint64> selectedEventId() const;
    void selectEvent(qint64 eventId);

    // Opens the form (non-modal, so the table stays live behind it); returns it for the caller to drive.
    EventForm *newEvent();
    void editEvent(qint64 eventId);
    // Cancels without asking (the button asks first).
    void cancelEventNow(qint64 eventId);
    // Writes the event's bookings to `fileName` with a progress dialog that can cancel.
    BookingExport *exportBookings(qint64 eventId, const QString &fileName);
    QProgressDialog *exportProgress() const { return m_exportProgress; }

    void reload();

signals:
    void eventSaved(const Marquee::Event &event);
    void eventCancelled(const Marquee::Event &event);
    void exportFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyQuery();
    void updateCount();
    void onEventChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void openForm(const std::optional<Event> &existing);
    void confirmCancel();
    void chooseExportFile();
    void updateActions();
    void showStatus(const QString &message, bool error = false);

    TerminalSession *m_session = nullptr;
    EventTableModel *m_model = nullptr;
    EventFilterModel *m_filter = nullptr;
    EventsToolbar *m_toolbar = nullptr;
    QTableView *m_view = nullptr;
    EventDetailPanel *m_detail = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPointer<BookingExport> m_export;
    QPointer<QProgressDialog> m_exportProgress;
    LatestReply m_count;
    LatestReply m_edit;
    int m_total = -1;
};

} // namespace Marquee

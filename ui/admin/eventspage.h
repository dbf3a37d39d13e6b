#pragma once

#include "domain/availability.h"
#include "domain/event.h"

#include <QList>
#include <QPointer>
#include <QProgressDialog>
#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Marquee {

class BookingExport;
class EventDetailPanel;
class EventFilterModel;
class EventForm;
class EventTableModel;
class TerminalSession;

// The admin's list of every event with its sales, kept live, and what can be done to one:
// create, edit, cancel, look at its bookings and chart, export its bookings.
class EventsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit EventsPage(TerminalSession *session, QWidget *parent = nullptr);

    EventTableModel *model() const { return m_model; }
    EventFilterModel *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
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
    void onAvailability(const QList<Marquee::Availability> &availability);
    void openForm(const std::optional<Event> &existing);
    void confirmCancel();
    void chooseExportFile();
    void updateActions();
    void showStatus(const QString &message, bool error = false);
    void retranslate();

    TerminalSession *m_session = nullptr;
    EventTableModel *m_model = nullptr;
    EventFilterModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    EventDetailPanel *m_detail = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTimer *m_searchDelay = nullptr;
    QPointer<BookingExport> m_export;
    QPointer<QProgressDialog> m_exportProgress;
    quint64 m_countGeneration = 0;
    int m_total = -1;
};

} // namespace Marquee

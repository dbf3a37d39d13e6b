#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace Marquee {

class EventFilterModel;
class EventTableModel;
class TerminalSession;
struct Event;

// Where the clerk finds the event to sell: type part of its title or venue, Up/Down (PageUp/PageDown) through the
// upcoming events on sale, Enter to pick (with nothing highlighted, the best match). It shows the terminal's one
// events model through a filter of its own, so the seats left are live.
class EventPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit EventPicker(TerminalSession *session, QWidget *parent = nullptr);

    qint64 pickedEventId() const { return m_pickedEventId; }
    // The picked event as the model holds it now; null before a pick, or while it is being read.
    const Event *pickedEvent() const;
    QLineEdit *searchField() const { return m_search; }

    // Nothing picked, an empty search, and a fresh list (new events, today's seat counts).
    void clear();
    void focusSearch();
    // A problem with the event, shown under the list; the cursor goes to the search.
    void showError(const QString &message);
    void hideError();
    // Re-reads this event's seats now (the count on screen may be seconds old).
    void refreshEvent(qint64 eventId);

signals:
    // The clerk picked this event (Enter or a click): the sale goes on with the quantity.
    void eventPicked(qint64 eventId);
    // The picked event, or what is known of it (seats, price), changed.
    void pickedEventChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void moveSelection(int delta);
    void pickCurrent();
    void pick(qint64 eventId);

    EventTableModel *m_events = nullptr;
    EventFilterModel *m_filter = nullptr;
    QLabel *m_label = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_error = nullptr;
    qint64 m_pickedEventId = 0;
};

} // namespace Marquee

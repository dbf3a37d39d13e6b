#pragma once

#include "seating/seatmark.h"
#include "service/reply.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QPushButton;

namespace Marquee {

class LiveSeats;
class SeatMap;
class TerminalSession;

// One seated event's seats as an admin manages them (issue #14 §2, §4): the live map, on which the admin picks
// free and blocked seats, blocks them as house holds (not for sale at a kiosk or the desk) or unblocks them to
// sell them, and marks them as wheelchair spaces, companion seats or restricted view. House holds are the event's
// own; the marks are the plan's, so every event of the plan shows them. The capacity shown is the database's
// answer after each change. Not modal: sales go on while it is open, and the map follows them.
class EventSeatsDialog final : public QDialog
{
    Q_OBJECT

public:
    EventSeatsDialog(TerminalSession *session, qint64 eventId, const QString &title, QWidget *parent = nullptr);
    ~EventSeatsDialog() override;

    SeatMap *map() const { return m_map; }
    LiveSeats *seats() const { return m_seats; }
    qint64 eventId() const { return m_eventId; }
    qint64 planId() const { return m_planId; }
    int capacity() const { return m_capacity; }
    QString status() const;

public slots:
    // The selected seats become house holds / go back on sale; the selection is then cleared.
    void blockSelection();
    void unblockSelection();
    // Gives the selected seats the mark chosen beside the buttons (or `mark`), or takes it away.
    void markSelection(Marquee::SeatMark mark, bool on);

signals:
    // The plan and the first states are shown.
    void ready();
    // A change went through (house holds or marks); the event's capacity now.
    void changed(int capacity);
    // One translated sentence: what went wrong.
    void problem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadPlan();
    void setHouseHolds(bool blocked);
    void showCapacity();
    void showStatus(const QString &message, bool bad);
    void updateActions();
    void retranslate();

    TerminalSession *m_session = nullptr;
    qint64 m_eventId = 0;
    qint64 m_planId = 0;
    QString m_title;
    int m_capacity = -1;
    bool m_busy = false;
    bool m_ready = false;
    LiveSeats *m_seats = nullptr;
    SeatMap *m_map = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_capacityLabel = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_block = nullptr;
    QPushButton *m_unblock = nullptr;
    QComboBox *m_mark = nullptr;
    QPushButton *m_setMark = nullptr;
    QPushButton *m_clearMark = nullptr;
    QPushButton *m_close = nullptr;
    LatestReply m_load;
};

} // namespace Marquee

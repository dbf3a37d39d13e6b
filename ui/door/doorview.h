#pragma once

#include "domain/doorscan.h"
#include "domain/event.h"
#include "service/reply.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace Marquee {

class AttendanceWatch;
class DoorAnswerPanel;
class DoorScanListModel;
class DoorSound;
class TerminalSession;

// The door: a full-screen scan page for one entrance. A keyboard-wedge scanner types the code and Enter into the
// scan field (which keeps the focus); the answer fills the screen — valid, already used (when, where) or not
// valid (why) — with a sound for each, the last scans below, and the live headcount of the events this entrance
// admits (today's by default, chosen at the door). F5 checks in, F6 checks out (re-entry), F9 chooses the events.
class DoorView final : public QWidget
{
    Q_OBJECT

public:
    DoorView(TerminalSession *session, const QString &entrance, QWidget *parent = nullptr);
    ~DoorView() override;

    QString entrance() const { return m_entrance; }
    QList<qint64> admittedEvents() const { return m_admitted; }
    void setAdmittedEvents(const QList<qint64> &eventIds);
    bool eventsLoaded() const { return m_eventsLoaded; }

    DoorScan::Direction direction() const { return m_direction; }
    void setDirection(DoorScan::Direction direction);

    // What a scanner does: the code, then Enter.
    void scan(const QString &code);

    DoorAnswerPanel *answerPanel() const { return m_answer; }
    DoorScanListModel *lastScans() const { return m_scans; }
    DoorSound *sound() const { return m_sound; }
    AttendanceWatch *attendance() const { return m_attendance; }
    QLineEdit *scanField() const { return m_field; }
    QString headcountText() const;
    qint64 lastAnswerMs() const { return m_lastAnswerMs; }

signals:
    // The answer of one scan is on screen, `elapsedMs` after its Enter.
    void scanAnswered(const Marquee::DoorScan &scan, qint64 elapsedMs);
    // A scan could not be asked (connection, rights): on screen as "not checked".
    void scanFailed(const QString &code, qint64 elapsedMs);
    void eventsLoadedChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void loadEvents();
    void chooseEvents();
    void answered(const QString &code, const Result<DoorScan> &result, qint64 elapsedMs);
    void updateEventsLine();
    void updateHeadcount();
    void retranslate();

    TerminalSession *m_session = nullptr;
    QString m_entrance;
    QList<Event> m_events;              // the coming events the door may choose from
    QList<qint64> m_admitted;
    bool m_eventsLoaded = false;
    bool m_chosenAtTheDoor = false;     // F9 was used: keep that choice; otherwise follow "today" as days pass
    DoorScan::Direction m_direction = DoorScan::Direction::In;
    LatestReply m_eventsRead;
    qint64 m_lastAnswerMs = -1;

    QLabel *m_entranceLabel = nullptr;
    QLabel *m_eventsLabel = nullptr;
    QLabel *m_directionLabel = nullptr;
    QLabel *m_headcount = nullptr;
    QLabel *m_headcountDetail = nullptr;
    QLabel *m_fieldLabel = nullptr;
    QLineEdit *m_field = nullptr;
    QPushButton *m_in = nullptr;
    QPushButton *m_out = nullptr;
    QPushButton *m_choose = nullptr;
    DoorAnswerPanel *m_answer = nullptr;
    DoorScanListModel *m_scans = nullptr;
    QListView *m_scanList = nullptr;
    DoorSound *m_sound = nullptr;
    AttendanceWatch *m_attendance = nullptr;
};

} // namespace Marquee

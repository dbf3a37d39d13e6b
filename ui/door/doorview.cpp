#include "doorview.h"

#include "availability/liveavailability.h"
#include "door/attendancewatch.h"
#include "door/doorservice.h"
#include "dooranswerpanel.h"
#include "dooreventpicker.h"
#include "doorlook.h"
#include "doorscanlistmodel.h"
#include "doorsound.h"
#include "events/eventservice.h"
#include "session/terminalsession.h"
#include "venue/venueformat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMap>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace Marquee {

namespace {

// A scanned code longer than this is not a ticket of ours (a URL, a scanner's junk): refused at once.
constexpr int MaxCodeLength = 64;

} // namespace

DoorView::DoorView(TerminalSession *session, const QString &entrance, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_entrance(entrance.trimmed())
{
    setObjectName(QStringLiteral("doorView"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(DoorLook::styleSheet());

    m_entranceLabel = new QLabel(this);
    m_entranceLabel->setObjectName(QStringLiteral("doorEntrance"));
    m_entranceLabel->setTextFormat(Qt::PlainText);
    m_eventsLabel = new QLabel(this);
    m_eventsLabel->setObjectName(QStringLiteral("doorEvents"));
    m_eventsLabel->setTextFormat(Qt::PlainText);
    m_eventsLabel->setWordWrap(true);
    m_directionLabel = new QLabel(this);
    m_directionLabel->setObjectName(QStringLiteral("doorDirection"));
    m_headcount = new QLabel(this);
    m_headcount->setObjectName(QStringLiteral("doorHeadcount"));
    m_headcount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_headcountDetail = new QLabel(this);
    m_headcountDetail->setObjectName(QStringLiteral("doorHeadcountDetail"));
    m_headcountDetail->setTextFormat(Qt::PlainText);
    m_headcountDetail->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_headcountDetail->setWordWrap(true);

    m_fieldLabel = new QLabel(this);
    m_fieldLabel->setObjectName(QStringLiteral("doorFieldLabel"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("doorScanField"));
    m_field->setMaxLength(200);
    m_fieldLabel->setBuddy(m_field);
    m_in = new QPushButton(this);
    m_in->setObjectName(QStringLiteral("doorCheckIn"));
    m_out = new QPushButton(this);
    m_out->setObjectName(QStringLiteral("doorCheckOut"));
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("doorChooseEvents"));
    for (QPushButton *button : {m_in, m_out, m_choose})
        button->setFocusPolicy(Qt::NoFocus);   // the scan field keeps the focus: the scanner types there

    m_answer = new DoorAnswerPanel(this);
    m_scans = new DoorScanListModel(this);
    m_scanList = new QListView(this);
    m_scanList->setObjectName(QStringLiteral("doorLastScans"));
    m_scanList->setModel(m_scans);
    m_scanList->setFocusPolicy(Qt::NoFocus);
    m_scanList->setSelectionMode(QAbstractItemView::NoSelection);
    m_sound = new DoorSound(this);
    m_attendance = new AttendanceWatch(session->door(), session->live(), this);

    auto *top = new QHBoxLayout;
    auto *where = new QVBoxLayout;
    where->addWidget(m_entranceLabel);
    where->addWidget(m_eventsLabel);
    top->addLayout(where, 1);
    auto *count = new QVBoxLayout;
    count->addWidget(m_headcount);
    count->addWidget(m_headcountDetail);
    top->addLayout(count, 1);

    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_directionLabel);
    scanRow->addWidget(m_fieldLabel);
    scanRow->addWidget(m_field, 1);
    scanRow->addWidget(m_in);
    scanRow->addWidget(m_out);
    scanRow->addWidget(m_choose);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addLayout(scanRow);
    layout->addWidget(m_answer, 3);
    layout->addWidget(m_scanList, 1);

    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        const QString code = m_field->text();
        m_field->clear();
        scan(code);
    });
    connect(m_in, &QPushButton::clicked, this, [this] { setDirection(DoorScan::Direction::In); });
    connect(m_out, &QPushButton::clicked, this, [this] { setDirection(DoorScan::Direction::Out); });
    connect(m_choose, &QPushButton::clicked, this, &DoorView::chooseEvents);
    auto *inKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(inKey, &QShortcut::activated, this, [this] { setDirection(DoorScan::Direction::In); });
    auto *outKey = new QShortcut(QKeySequence(Qt::Key_F6), this);
    connect(outKey, &QShortcut::activated, this, [this] { setDirection(DoorScan::Direction::Out); });
    auto *chooseKey = new QShortcut(QKeySequence(Qt::Key_F9), this);
    connect(chooseKey, &QShortcut::activated, this, &DoorView::chooseEvents);

    connect(m_attendance, &AttendanceWatch::attendanceChanged, this, &DoorView::updateHeadcount);
    // "Today" is the venue's: once its zone is known, today's events are chosen again.
    connect(session, &TerminalSession::venueSettingsChanged, this, &DoorView::loadEvents);

    retranslate();
    setDirection(DoorScan::Direction::In);
    loadEvents();
    // A door PC stays on for days: the coming events (and so "today's") are read again every five minutes.
    auto *refresh = new QTimer(this);
    refresh->setInterval(5 * 60 * 1000);
    connect(refresh, &QTimer::timeout, this, &DoorView::loadEvents);
    refresh->start();
}

DoorView::~DoorView() = default;

void DoorView::loadEvents()
{
    // The coming week, and what started in the last 12 hours (check-in stays open that long).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EventQuery query;
    query.status = EventStatus::Active;
    query.from = now.addSecs(-12 * 3600);
    query.until = now.addDays(7);
    query.limit = 200;
    m_eventsRead.ask(m_session->events().list(query), this, [this](Result<QList<Event>> events) {
        if (!events)
            return;   // a read: the worker retries until it is answered
        m_events = events.value();
        const VenueFormat format(m_session->venueSettings(), locale());
        const QDateTime endOfToday = format.startOfVenueDay(QDateTime::currentDateTimeUtc()).addDays(1);
        QList<qint64> today;
        for (const Event &event : std::as_const(m_events)) {
            if (event.startsAt < endOfToday)
                today.append(event.id);
        }
        m_eventsLoaded = true;
        if (!m_chosenAtTheDoor && today != m_admitted)
            setAdmittedEvents(today);
        else
            updateEventsLine();
        emit eventsLoadedChanged();
    });
}

void DoorView::setAdmittedEvents(const QList<qint64> &eventIds)
{
    m_admitted = eventIds;
    m_attendance->setEvents(eventIds);
    updateEventsLine();
    updateHeadcount();
}

void DoorView::chooseEvents()
{
    DoorEventPicker picker(m_events, QSet<qint64>(m_admitted.cbegin(), m_admitted.cend()), m_session->venueSettings(),
                           this);
    if (picker.exec() == QDialog::Accepted) {
        m_chosenAtTheDoor = true;
        setAdmittedEvents(picker.chosen());
    }
    m_field->setFocus();
}

void DoorView::setDirection(DoorScan::Direction direction)
{
    m_direction = direction;
    m_directionLabel->setProperty("direction", direction == DoorScan::Direction::In ? QStringLiteral("in")
                                                                                     : QStringLiteral("out"));
    m_directionLabel->setText(direction == DoorScan::Direction::In ? tr("IN") : tr("OUT"));
    m_directionLabel->style()->unpolish(m_directionLabel);
    m_directionLabel->style()->polish(m_directionLabel);
    m_in->setDefault(direction == DoorScan::Direction::In);
    m_out->setDefault(direction == DoorScan::Direction::Out);
    m_field->setFocus();
}

void DoorView::scan(const QString &typed)
{
    const QString code = typed.trimmed();
    if (code.isEmpty())
        return;
    QElapsedTimer clock;
    clock.start();
    if (code.size() > MaxCodeLength) {
        DoorScan scan;
        scan.code = code.left(MaxCodeLength) + QStringLiteral("…");
        scan.refusal = Error(ErrorCode::TicketNotFound);
        answered(scan.code, scan, clock.elapsed());
        return;
    }
    if (m_direction == DoorScan::Direction::In && m_admitted.isEmpty()) {
        // Never "any event": a door admits what it was set to, and until it knows, nothing.
        DoorScan scan;
        scan.code = code;
        scan.refusal = Error(ErrorCode::TicketForAnotherEvent);
        answered(code, scan, clock.elapsed());
        return;
    }
    DoorService &door = m_session->door();
    Reply<DoorScan> reply = m_direction == DoorScan::Direction::In ? door.checkIn(code, m_entrance, m_admitted)
                                                                    : door.checkOut(code, m_entrance);
    // Every scan's answer is shown (none is superseded: each is a person at the door), in the order they come.
    reply.then(this, [this, code, clock](Result<DoorScan> result) { answered(code, result, clock.elapsed()); });
}

void DoorView::answered(const QString &code, const Result<DoorScan> &result, qint64 elapsedMs)
{
    const VenueSettings &venue = m_session->venueSettings();
    const VenueFormat format(venue, locale());
    DoorScanListModel::Row row;
    row.time = format.time(QDateTime::currentDateTimeUtc());
    if (!result) {
        m_answer->showNotChecked(code, result.error());
        row.answer = DoorLook::Answer::NotChecked;
        row.headline = m_answer->headline();
        row.code = code;
        row.detail = result.error().message();
        m_scans->add(row);
        m_sound->play(DoorLook::Answer::NotChecked);
        m_lastAnswerMs = elapsedMs;
        emit scanFailed(code, elapsedMs);
        return;
    }
    const DoorScan &scan = result.value();
    m_answer->showScan(scan, venue);
    row.answer = DoorLook::answerFor(scan);
    row.headline = DoorAnswerPanel::headlineFor(scan);
    row.code = scan.code;
    row.detail = DoorAnswerPanel::detailFor(scan, venue, locale());
    m_scans->add(row);
    m_sound->play(row.answer);
    m_lastAnswerMs = elapsedMs;
    emit scanAnswered(scan, elapsedMs);
}

QString DoorView::headcountText() const
{
    return m_headcount->text();
}

void DoorView::updateEventsLine()
{
    if (!m_eventsLoaded) {
        m_eventsLabel->setText(tr("Reading today's events…"));
        return;
    }
    const VenueFormat format(m_session->venueSettings(), locale());
    QStringList names;
    for (const Event &event : std::as_const(m_events)) {
        if (m_admitted.contains(event.id))
            names << tr("%1 (%2)").arg(event.title, format.time(event.startsAt));
    }
    m_eventsLabel->setText(names.isEmpty() ? tr("No event chosen: this entrance admits nobody. Press F9 to choose.")
                                           : tr("Admits: %1").arg(names.join(QStringLiteral(" · "))));
}

void DoorView::updateHeadcount()
{
    int inside = 0;
    int checkedIn = 0;
    QMap<QString, QPair<int, int>> perEntrance;   // entrance -> (came in, inside)
    for (qint64 id : std::as_const(m_admitted)) {
        const EventAttendance counted = m_attendance->attendance(id);
        inside += counted.inside();
        checkedIn += counted.checkedIn();
        for (const EntranceAttendance &e : counted.entrances) {
            auto &sums = perEntrance[e.entrance];
            sums.first += e.checkedIn;
            sums.second += e.inside;
        }
    }
    m_headcount->setText(tr("Inside: %1").arg(inside));
    QStringList parts;
    parts << tr("came in: %1").arg(checkedIn);
    for (auto it = perEntrance.cbegin(); it != perEntrance.cend(); ++it) {
        const QString name = it.key().isEmpty() ? tr("box office") : it.key();
        parts << tr("%1: %2 in, %3 inside").arg(name).arg(it.value().first).arg(it.value().second);
    }
    m_headcountDetail->setText(parts.join(QStringLiteral(" · ")));
}

void DoorView::retranslate()
{
    m_entranceLabel->setText(m_entrance.isEmpty() ? tr("Door (no entrance named)") : tr("Entrance %1").arg(m_entrance));
    m_fieldLabel->setText(tr("&Ticket code:"));
    m_in->setText(tr("Check in (F5)"));
    m_out->setText(tr("Check out (F6)"));
    m_choose->setText(tr("Events… (F9)"));
    m_directionLabel->setText(m_direction == DoorScan::Direction::In ? tr("IN") : tr("OUT"));
    updateEventsLine();
    updateHeadcount();
}

void DoorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DoorView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, m_field, [field = m_field] { field->setFocus(); });
}

} // namespace Marquee

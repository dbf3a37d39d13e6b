#include "eventseatsdialog.h"

#include "adminlook.h"
#include "common/texttone.h"
#include "events/eventservice.h"
#include "seating/liveseats.h"
#include "seating/seatingplanservice.h"
#include "seating/seatmap.h"
#include "seating/seatservice.h"
#include "session/terminalsession.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Marquee {

EventSeatsDialog::EventSeatsDialog(TerminalSession *session, qint64 eventId, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_eventId(eventId)
    , m_title(title)
    , m_seats(new LiveSeats(session->seats(), session->live(), this))
    , m_map(new SeatMap(SeatMapLook::desk(), this))
    , m_heading(new QLabel(this))
    , m_capacityLabel(new QLabel(this))
    , m_selectionLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_block(new QPushButton(this))
    , m_unblock(new QPushButton(this))
    , m_mark(new QComboBox(this))
    , m_setMark(new QPushButton(this))
    , m_clearMark(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    for (QLabel *label : {m_heading, m_capacityLabel, m_selectionLabel, m_status}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_heading->setObjectName(QStringLiteral("eventSeatsHeading"));
    // House holds are placed on free seats and lifted from blocked ones; sold and held seats are someone's.
    m_map->setPickableStates({SeatState::Free, SeatState::Blocked});
    m_map->setStates(m_seats->states());

    auto *houseHolds = new QHBoxLayout;
    houseHolds->addWidget(m_block);
    houseHolds->addWidget(m_unblock);
    houseHolds->addSpacing(24);
    houseHolds->addWidget(m_mark);
    houseHolds->addWidget(m_setMark);
    houseHolds->addWidget(m_clearMark);
    houseHolds->addStretch();
    houseHolds->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_capacityLabel);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_selectionLabel);
    layout->addLayout(houseHolds);
    layout->addWidget(m_status);

    connect(m_block, &QPushButton::clicked, this, &EventSeatsDialog::blockSelection);
    connect(m_unblock, &QPushButton::clicked, this, &EventSeatsDialog::unblockSelection);
    connect(m_setMark, &QPushButton::clicked, this, [this] { markSelection(SeatMark(m_mark->currentData().toInt()), true); });
    connect(m_clearMark, &QPushButton::clicked, this, [this] { markSelection(SeatMark(m_mark->currentData().toInt()), false); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_map, &SeatMap::selectionChanged, this, &EventSeatsDialog::updateActions);
    connect(m_seats, &LiveSeats::loaded, this, [this](bool first) {
        showCapacity();
        updateActions();
        if (first && !m_ready && m_planId > 0) {
            m_ready = true;
            emit ready();
        }
    });
    connect(m_seats, &LiveSeats::failed, this, [this](const Error &error) { showStatus(error.message(), true); });
    resize(1000, 680);
    retranslate();
    updateActions();
    loadPlan();
}

EventSeatsDialog::~EventSeatsDialog() = default;

void EventSeatsDialog::loadPlan()
{
    m_load.ask(m_session->events().get(m_eventId), this, [this](Result<Event> event) {
        if (!event) {
            showStatus(event.error().message(), true);
            return;
        }
        m_capacity = event->capacity;
        if (m_title.isEmpty())
            m_title = event->title;
        retranslate();
        if (event->seatingPlanId <= 0) {
            showStatus(tr("This event has no seating plan: choose one in its form (Edit)."), true);
            return;
        }
        const bool first = m_planId == 0;
        m_planId = event->seatingPlanId;
        m_session->seatingPlans().load(m_planId).then(this, [this, first](Result<SeatingPlan> plan) {
            if (!plan) {
                showStatus(plan.error().message(), true);
                return;
            }
            // Drawn again after a change of marks: the selection goes, so the new marks show.
            m_map->setPlan(plan.value());
            m_map->clearSelection();
            if (first)
                m_seats->follow(m_eventId);
            else
                m_seats->refresh();
            updateActions();
        });
    });
}

QString EventSeatsDialog::status() const
{
    return m_status->text();
}

void EventSeatsDialog::showStatus(const QString &message, bool bad)
{
    m_status->setText(message);
    AdminLook::setTone(m_status, bad ? TextTone::Bad : TextTone::Good);
    if (bad)
        emit problem(message);
}

void EventSeatsDialog::showCapacity()
{
    int blocked = 0;
    for (const EventSeat &seat : m_seats->seats()) {
        if (m_seats->states()->state(seat.guid) == SeatState::Blocked)
            ++blocked;
    }
    const QLocale locale;
    if (m_capacity < 0) {
        m_capacityLabel->clear();
        return;
    }
    m_capacityLabel->setText(tr("Capacity: %1 seats for sale; %2 of %3 seats blocked as house holds.")
                                 .arg(locale.toString(m_capacity), locale.toString(blocked),
                                      locale.toString(int(m_seats->seats().size()))));
}

void EventSeatsDialog::updateActions()
{
    const QStringList selection = m_map->selection();
    bool anyFree = false;
    bool anyBlocked = false;
    for (const QString &guid : selection) {
        const SeatState state = m_map->stateOf(guid);
        anyFree = anyFree || state == SeatState::Free;
        anyBlocked = anyBlocked || state == SeatState::Blocked;
    }
    m_block->setEnabled(!m_busy && anyFree && !anyBlocked);
    m_unblock->setEnabled(!m_busy && anyBlocked && !anyFree);
    m_setMark->setEnabled(!m_busy && !selection.isEmpty());
    m_clearMark->setEnabled(!m_busy && !selection.isEmpty());
    if (selection.isEmpty()) {
        m_selectionLabel->setText(tr("Pick seats on the map (free or blocked ones) to block, unblock or mark them."));
    } else {
        QStringList names;
        for (int i = 0; i < selection.size() && i < 6; ++i)
            names << m_map->accessibleNameOf(selection.at(i));
        if (selection.size() > 6)
            names << tr("and %n more", nullptr, int(selection.size()) - 6);
        m_selectionLabel->setText(tr("%n seat(s) picked: %1", nullptr, int(selection.size())).arg(names.join(QStringLiteral("; "))));
    }
}

void EventSeatsDialog::blockSelection()
{
    setHouseHolds(true);
}

void EventSeatsDialog::unblockSelection()
{
    setHouseHolds(false);
}

void EventSeatsDialog::setHouseHolds(bool blocked)
{
    const QStringList guids = m_map->selection();
    if (guids.isEmpty() || m_busy)
        return;
    m_busy = true;
    updateActions();
    m_session->seats().setHouseHolds(m_eventId, guids, blocked).then(this, [this, blocked, guids](Result<int> capacity) {
        m_busy = false;
        if (!capacity) {
            // A seat sold or held meanwhile: nothing changed; the map re-reads.
            showStatus(capacity.error().message(), true);
            m_seats->refresh();
            updateActions();
            return;
        }
        m_capacity = capacity.value();
        m_map->clearSelection();
        showStatus(blocked ? tr("%n seat(s) blocked as house holds.", nullptr, int(guids.size()))
                           : tr("%n seat(s) back on sale.", nullptr, int(guids.size())),
                   false);
        m_seats->refresh();
        showCapacity();
        updateActions();
        emit changed(m_capacity);
    });
}

void EventSeatsDialog::markSelection(SeatMark mark, bool on)
{
    const QStringList guids = m_map->selection();
    if (guids.isEmpty() || m_busy || m_planId <= 0)
        return;
    m_busy = true;
    updateActions();
    m_session->seatingPlans().setSeatMark(m_planId, guids, mark, on).then(this, [this, mark, on](Result<int> count) {
        m_busy = false;
        if (!count) {
            showStatus(count.error().message(), true);
            updateActions();
            return;
        }
        // The mark's name as the choice beside Mark shows it, so the sentence reads well for one seat or many.
        const QString what = mark == SeatMark::Wheelchair  ? tr("Wheelchair space")
                           : mark == SeatMark::Companion   ? tr("Companion seat")
                                                           : tr("Restricted view");
        showStatus(on ? tr("Marked “%1”: %n seat(s), for every event of this plan.", nullptr, count.value()).arg(what)
                      : tr("No longer marked “%1”: %n seat(s).", nullptr, count.value()).arg(what),
                   false);
        // The marks are the plan's: draw it again.
        loadPlan();
        emit changed(m_capacity);
    });
}

void EventSeatsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showCapacity();
        updateActions();
    }
    QDialog::changeEvent(event);
}

void EventSeatsDialog::retranslate()
{
    setWindowTitle(tr("Seats of %1").arg(m_title));
    m_heading->setText(tr("Seats of %1").arg(m_title));
    m_block->setText(tr("&Block as house holds"));
    m_unblock->setText(tr("&Unblock (back on sale)"));
    m_setMark->setText(tr("&Mark"));
    m_clearMark->setText(tr("Remove mar&k"));
    m_close->setText(tr("Close"));
    const int mark = m_mark->currentIndex() >= 0 ? m_mark->currentData().toInt() : int(SeatMark::Wheelchair);
    m_mark->clear();
    m_mark->addItem(tr("Wheelchair space"), int(SeatMark::Wheelchair));
    m_mark->addItem(tr("Companion seat"), int(SeatMark::Companion));
    m_mark->addItem(tr("Restricted view"), int(SeatMark::RestrictedView));
    m_mark->setCurrentIndex(m_mark->findData(mark));
    m_mark->setAccessibleName(tr("Mark to give or take away"));
}

} // namespace Marquee

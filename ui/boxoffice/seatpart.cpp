#include "seatpart.h"

#include "common/error.h"
#include "common/texttone.h"
#include "desklook.h"
#include "seating/liveseatmap.h"
#include "seating/liveseats.h"
#include "seating/seatingplan.h"
#include "seating/seatmap.h"
#include "seating/seatmaplook.h"
#include "session/terminalsession.h"
#include "venue/venueformat.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace Marquee {

SeatPart::SeatPart(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_map = new LiveSeatMap(*session, SeatMapLook::desk(), this);
    m_map->setObjectName(QStringLiteral("deskSeatMap"));
    // The desk holds for the longest the database allows it: a sale at the counter takes a while.
    m_map->setHoldSeconds(900);

    m_bestLabel = new QLabel(this);
    m_best = new QLineEdit(this);
    m_best->setObjectName(QStringLiteral("bestAvailable"));
    m_best->setMaxLength(60);
    m_bestLabel->setBuddy(m_best);
    m_best->installEventFilter(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("seatMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    DeskLook::setTone(m_message, TextTone::Bad);
    m_message->hide();

    m_heldPanel = new QWidget(this);
    m_heldPanel->setObjectName(QStringLiteral("heldSeats"));
    m_heldTitle = new QLabel(m_heldPanel);
    m_heldTitle->setObjectName(QStringLiteral("heldSeatsTitle"));
    m_heldTitle->setWordWrap(true);
    m_heldBox = new QWidget;
    m_heldForm = new QFormLayout(m_heldBox);
    m_heldForm->setContentsMargins(0, 0, 0, 0);
    // A booking's worth of seats may not fit beside the map: they scroll.
    auto *scroll = new QScrollArea(m_heldPanel);
    scroll->setWidget(m_heldBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *heldLayout = new QVBoxLayout(m_heldPanel);
    heldLayout->setContentsMargins(0, 0, 0, 0);
    heldLayout->addWidget(m_heldTitle);
    heldLayout->addWidget(scroll, 1);

    auto *best = new QHBoxLayout;
    best->addWidget(m_bestLabel);
    best->addWidget(m_best, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_map, 1);
    layout->addLayout(best);
    layout->addWidget(m_message);

    m_renew.setSingleShot(true);
    connect(&m_renew, &QTimer::timeout, this, [this] {
        m_renewing = true;
        m_map->extendHold();
    });
    connect(m_map, &LiveSeatMap::holdChanged, this, [this](const QStringList &guids, const QDateTime &until) {
        // A new seat held: the last problem is solved. Seats only dropping out (taken elsewhere, the sale's
        // refusal) leave the sentence that says why.
        const bool grew = std::any_of(guids.cbegin(), guids.cend(), [this](const QString &g) { return !m_lastHeld.contains(g); });
        m_lastHeld = guids;
        if (grew)
            showProblem(QString());
        showHeld();
        scheduleRenewal(until);
    });
    connect(m_map, &LiveSeatMap::problem, this, &SeatPart::showProblem);
    // A seat sold elsewhere drops out of the selection; the held list follows what is really held.
    connect(m_map->seats(), &LiveSeats::loaded, this, [this] {
        if (m_namesPending)
            showHeld();
    });

    retranslate();
    showHeld();
}

void SeatPart::retranslate()
{
    m_bestLabel->setText(tr("&Best available:"));
    m_best->setPlaceholderText(tr("e.g. 4 stalls, then Enter"));
    m_best->setToolTip(tr("How many seats and, if you like, the seat category, such as \"4 stalls\" or \"2\"; "
                          "Enter holds the best seats together."));
    showHeld();
}

void SeatPart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool SeatPart::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the best-available field holds seats; everywhere else it goes on to the sale form (confirm).
    if (watched == m_best && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            holdBest(m_best->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SeatPart::setEvent(qint64 eventId)
{
    m_chosen.clear();
    m_best->clear();
    showProblem(QString());
    if (eventId != m_map->eventId()) {
        m_map->setEvent(eventId);
        // No seat of the event before stays on screen to be clicked while this event's plan is read.
        m_map->map()->setPlan(SeatingPlan());
    }
    showHeld();
}

void SeatPart::setTypes(const QList<TicketType> &types)
{
    m_types.clear();
    for (const TicketType &type : types) {
        if (type.active)
            m_types.append(type);
    }
    showHeld();
}

void SeatPart::scheduleRenewal(const QDateTime &until)
{
    // Two minutes before the end: time for the answer, also over a slow network.
    constexpr qint64 RenewBeforeMs = 120000;
    const bool wasRenewing = m_renewing;
    m_renewing = false;
    m_renew.stop();
    if (m_lastHeld.isEmpty() || !until.isValid()) {
        m_heldUntil = QDateTime();
        return;
    }
    // An extension that moved the end by less than a second: the hold has reached its life (the database caps a
    // token at 30 minutes from its first seat). Say until when, once, and renew no more.
    if (wasRenewing && m_heldUntil.isValid() && until <= m_heldUntil.addSecs(1)) {
        const QString at = VenueFormat(m_session->venueSettings(), locale()).time(until);
        showProblem(tr("These seats stay held until %1 and cannot be held longer: finish the sale by then.").arg(at));
        return;
    }
    m_heldUntil = until;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(until) - RenewBeforeMs;
    m_renew.start(int(std::clamp<qint64>(ms, 1000, 3600000)));
}

QUuid SeatPart::holdToken() const
{
    return m_map->holdToken();
}

int SeatPart::heldCount() const
{
    return int(m_map->heldSeats().size());
}

void SeatPart::releaseHold()
{
    m_chosen.clear();
    m_map->releaseHold();
    showHeld();
}

void SeatPart::forgetHold()
{
    m_chosen.clear();
    m_map->forgetHold();
    showHeld();
}

void SeatPart::refreshSeats()
{
    m_map->seats()->refresh();
}

void SeatPart::showProblem(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void SeatPart::holdBest(const QString &typed)
{
    showProblem(QString());
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,4})\\s*(.*?)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(typed);
    if (!match.hasMatch()) {
        showProblem(tr("Type how many seats and, if you like, the category, such as \"4 stalls\", then press Enter."));
        return;
    }
    const int quantity = match.captured(1).toInt();
    if (quantity < 1 || quantity > 50) {
        showProblem(tr("Ask for 1 to 50 seats at a time, such as \"4 stalls\"."));
        return;
    }
    const QString asked = match.captured(2);
    QString category;
    if (!asked.isEmpty()) {
        QStringList categories;
        for (const EventSeat &seat : m_map->seats()->seats()) {
            if (!seat.category.isEmpty() && !categories.contains(seat.category))
                categories.append(seat.category);
        }
        for (const QString &known : std::as_const(categories)) {
            if (known.compare(asked, Qt::CaseInsensitive) == 0)
                category = known;
        }
        if (category.isEmpty()) {
            showProblem(categories.isEmpty()
                            ? tr("This event's seats have no category called \"%1\".").arg(asked)
                            : tr("This event's seats have no category called \"%1\". Its categories: %2.")
                                  .arg(asked, QLocale().createSeparatedList(categories)));
            return;
        }
    }
    m_map->holdBestAvailable(category, quantity);
}

QList<TicketType> SeatPart::typesFor(const QString &category) const
{
    QList<TicketType> types;
    for (const TicketType &type : m_types) {
        if (type.seatCategory.isEmpty() || type.seatCategory == category)
            types.append(type);
    }
    // Its own category's types first (the default is the category's own price), then those for any seat.
    std::stable_sort(types.begin(), types.end(), [](const TicketType &a, const TicketType &b) {
        return !a.seatCategory.isEmpty() && b.seatCategory.isEmpty();
    });
    return types;
}

QString SeatPart::categoryOf(const QString &guid) const
{
    for (const EventSeat &seat : m_map->seats()->seats()) {
        if (seat.guid == guid)
            return seat.category;
    }
    return QString();
}

QString SeatPart::seatName(const QString &guid)
{
    for (const EventSeat &seat : m_map->seats()->seats()) {
        if (seat.guid == guid) {
            if (seat.zone.isEmpty())
                return tr("Row %1, seat %2").arg(seat.rowLabel, seat.seatNumber);
            return tr("%1, row %2, seat %3").arg(seat.zone, seat.rowLabel, seat.seatNumber);
        }
    }
    m_namesPending = true; // the seats are not read yet: named once they are
    return guid;
}

const TicketType *SeatPart::typeById(qint64 id) const
{
    for (const TicketType &type : m_types) {
        if (type.id == id)
            return &type;
    }
    return nullptr;
}

void SeatPart::showHeld()
{
    // Few seats (at most a booking's worth): a label and a type choice per seat, rebuilt when the hold changes.
    while (m_heldForm->rowCount() > 0)
        m_heldForm->removeRow(0); // deletes the row's label and type choice
    m_combos.clear();
    m_namesPending = false;
    const QStringList held = m_map->heldSeats();
    const QLocale locale;
    m_heldTitle->setText(held.isEmpty() ? tr("No seats held: click seats on the map or type how many above.")
                                        : tr("%n seat(s) held for this sale:", nullptr, int(held.size())));
    int index = 0;
    QWidget *previous = m_best;
    for (const QString &guid : held) {
        const QList<TicketType> types = typesFor(categoryOf(guid));
        auto *combo = new QComboBox(m_heldBox);
        combo->setObjectName(QStringLiteral("seatType%1").arg(++index));
        for (const TicketType &type : types)
            combo->addItem(tr("%1 — %2").arg(type.name, type.price.toDisplayString(locale)), type.id);
        const int chosen = combo->findData(m_chosen.value(guid, 0));
        combo->setCurrentIndex(chosen >= 0 ? chosen : 0);
        if (combo->count() > 0)
            m_chosen.insert(guid, combo->currentData().toLongLong());
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, guid] {
            m_chosen.insert(guid, combo->currentData().toLongLong());
            emit seatsChanged();
        });
        auto *name = new QLabel(seatName(guid), m_heldBox);
        name->setTextFormat(Qt::PlainText);
        combo->setAccessibleName(tr("Ticket type for %1").arg(name->text()));
        m_heldForm->addRow(name, combo);
        m_combos.append(combo);
        // Tab: best available, then each seat's type, then on to the customer.
        setTabOrder(previous, combo);
        previous = combo;
    }
    emit seatsChanged();
}

QList<OrderLine> SeatPart::lines() const
{
    QList<OrderLine> lines;
    for (const QString &guid : m_map->heldSeats()) {
        const qint64 type = m_chosen.value(guid, 0);
        if (type <= 0)
            return {};
        OrderLine line;
        line.seatGuid = guid;
        line.ticketTypeId = type;
        lines.append(line);
    }
    return lines;
}

std::optional<Money> SeatPart::total() const
{
    if (m_map->heldSeats().isEmpty())
        return std::nullopt; // nothing to add up yet: "—"
    Money sum;
    for (const QString &guid : m_map->heldSeats()) {
        const TicketType *type = typeById(m_chosen.value(guid, 0));
        if (!type)
            return std::nullopt;
        sum = sum + type->price;
    }
    return sum;
}

} // namespace Marquee

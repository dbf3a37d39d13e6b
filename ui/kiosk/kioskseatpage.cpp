#include "kioskseatpage.h"

#include "kioskflow.h"
#include "kioskmessagelabel.h"
#include "kioskquantitybox.h"
#include "kioskstyle.h"
#include "kiosktext.h"
#include "seating/liveseatmap.h"
#include "seating/liveseats.h"
#include "seating/seatstates.h"
#include "seating/seatmap.h"
#include "seating/seatmaplook.h"
#include "session/terminalsession.h"
#include "venue/venueformat.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace Marquee {

namespace {

constexpr int GuidRole = Qt::UserRole + 1;
// The database caps one hold call at 900 s at a kiosk.
constexpr int NormalHoldSeconds = 600;
constexpr int AccessibleHoldSeconds = 900;

} // namespace

KioskSeatPage::KioskSeatPage(TerminalSession *session, KioskFlow *flow, QWidget *parent)
    : KioskPage(parent)
    , m_session(session)
    , m_flow(flow)
{
    m_back = KioskStyle::button(this, QStringLiteral("kioskSeatsBack"));
    m_heading = KioskStyle::heading(this, QStringLiteral("kioskSeatsHeading"));
    m_event = KioskStyle::label(this, nullptr, QStringLiteral("kioskSeatsEvent"));
    m_event->setTextFormat(Qt::PlainText);
    // Map or list: one of two, so radio buttons (drawn as buttons).
    m_mapMode = KioskStyle::choice(this, QStringLiteral("kioskSeatsMapMode"));
    m_listMode = KioskStyle::choice(this, QStringLiteral("kioskSeatsListMode"));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_mapMode);
    modes->addButton(m_listMode);

    m_views = new QStackedWidget(this);
    if (m_session) {
        m_live = new LiveSeatMap(*m_session, SeatMapLook::touch(), m_views);
        m_live->setObjectName(QStringLiteral("kioskSeatMap"));
        m_views->addWidget(m_live);
    } else {
        m_views->addWidget(new QWidget(m_views));
    }
    m_list = new QTreeView(m_views);
    m_list->setObjectName(QStringLiteral("kioskSeatList"));
    m_list->setHeaderHidden(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformRowHeights(true);
    m_model = new QStandardItemModel(this);
    m_list->setModel(m_model);
    KioskStyle::makeFlickable(m_list);
    m_views->addWidget(m_list);

    m_bestHeading = KioskStyle::label(this, "strong");
    m_categoryBox = new QWidget(this);
    m_categoryLayout = new QGridLayout(m_categoryBox);
    m_categoryLayout->setSpacing(8);
    m_categoryLayout->setContentsMargins(0, 0, 0, 0);
    m_categories = new QButtonGroup(this);
    m_categories->setExclusive(true);
    m_countLabel = KioskStyle::label(this);
    m_countLess = KioskStyle::button(this, QStringLiteral("kioskSeatCountLess"), "stepper");
    m_countLess->setText(QString(QChar(0x2212)));
    m_count = new KioskQuantityBox(this);
    m_count->setObjectName(QStringLiteral("kioskSeatCount"));
    m_count->setRange(1, 1);
    m_countLabel->setBuddy(m_count);
    m_countMore = KioskStyle::button(this, QStringLiteral("kioskSeatCountMore"), "stepper");
    m_countMore->setText(QStringLiteral("+"));
    m_best = KioskStyle::button(this, QStringLiteral("kioskBestAvailable"));
    m_chosenHeading = KioskStyle::label(this, "strong");
    m_chosen = KioskStyle::label(this, nullptr, QStringLiteral("kioskChosenSeats"));
    m_chosen->setTextFormat(Qt::PlainText);
    m_typeNote = KioskStyle::label(this, nullptr, QStringLiteral("kioskSeatTypeNote"));
    m_countdown = KioskStyle::label(this, "notice", QStringLiteral("kioskHoldCountdown"));
    m_countdown->hide();
    m_message = new KioskMessageLabel(QStringLiteral("kioskSeatsMessage"), this);
    m_total = KioskStyle::label(this, "strong", QStringLiteral("kioskSeatsTotal"));
    m_next = KioskStyle::button(this, QStringLiteral("kioskSeatsNext"), "primary");

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &KioskSeatPage::tick);
    connect(m_back, &QPushButton::clicked, this, &KioskSeatPage::goBack);
    // toggled, not clicked: an accessibility action toggles without a click.
    connect(m_mapMode, &QRadioButton::toggled, this, [this](bool on) {
        if (on) {
            m_listChosen = false;
            showMode(false);
        }
    });
    connect(m_listMode, &QRadioButton::toggled, this, [this](bool on) {
        if (on) {
            m_listChosen = true;
            showMode(true);
        }
    });
    connect(m_countLess, &QPushButton::clicked, this, [this] { m_count->stepBy(-1); });
    connect(m_countMore, &QPushButton::clicked, this, [this] { m_count->stepBy(1); });
    connect(m_best, &QPushButton::clicked, this, &KioskSeatPage::bestAvailable);
    connect(m_next, &QPushButton::clicked, this, &KioskSeatPage::next);
    connect(m_list, &QTreeView::activated, this, &KioskSeatPage::listActivated);
    // With speech on, the row or seat the keyboard moves to is said, as a screen reader would.
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_list->hasFocus() && current.isValid())
            emit spoken(current.data().toString());
    });
    connect(m_list, &QTreeView::clicked, this, &KioskSeatPage::listActivated);
    connect(m_flow, &KioskFlow::orderChanged, this, &KioskSeatPage::showOrder);
    connect(m_flow, &KioskFlow::assistanceChanged, this, &KioskSeatPage::followAssistance);
    if (m_live) {
        connect(m_live, &LiveSeatMap::ready, this, &KioskSeatPage::planReady);
        connect(m_live, &LiveSeatMap::planShown, this, &KioskSeatPage::planReady);
        connect(m_live, &LiveSeatMap::holdChanged, this, &KioskSeatPage::holdChanged);
        connect(m_live, &LiveSeatMap::problem, this,
                [this](const QString &text) { m_message->showMessage([text] { return text; }); });
        connect(m_live->map(), &SeatMap::seatUnavailable, this, [this](const QString &, SeatState) {
            m_message->showMessage([] { return tr("That seat cannot be chosen. Please choose a free seat."); });
        });
        // The list follows every change of a seat's state the map hears of (sold elsewhere, held, released).
        connect(m_live->map(), &SeatMap::selectionChanged, this, [this](const QStringList &) { refreshList({}); });
        connect(m_live->seats()->states(), &SeatStates::statesChanged, this, &KioskSeatPage::refreshList);
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addSpacing(12);
    top->addWidget(m_heading, 1);
    top->addWidget(m_mapMode);
    top->addWidget(m_listMode);

    auto *left = new QVBoxLayout;
    left->addWidget(m_event);
    left->addWidget(m_views, 1);

    auto *count = new QHBoxLayout;
    count->setSpacing(12);
    count->addWidget(m_countLess);
    count->addWidget(m_count);
    count->addWidget(m_countMore);
    count->addStretch();

    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    // What the customer has first (it changes with every tap), then the way to let the kiosk choose.
    right->addWidget(m_chosenHeading);
    right->addWidget(m_chosen);
    right->addWidget(m_typeNote);
    right->addWidget(m_message);
    right->addSpacing(4);
    right->addWidget(m_bestHeading);
    right->addWidget(m_categoryBox);
    right->addWidget(m_countLabel);
    right->addLayout(count);
    right->addWidget(m_best);
    right->addStretch();

    // The choices scroll (a finger flicks them) when larger text makes them taller than the screen.
    auto *rightBox = new QWidget;
    rightBox->setObjectName(QStringLiteral("kioskSeatChoices"));
    rightBox->setLayout(right);
    auto *rightScroll = new QScrollArea(this);
    rightScroll->setObjectName(QStringLiteral("kioskSeatChoicesScroll"));
    rightScroll->setWidget(rightBox);
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    rightScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    rightScroll->setMaximumWidth(520);
    m_next->setMaximumWidth(520);
    KioskStyle::makeFlickable(rightScroll);

    // The countdown, the total and Next stay in view below whatever scrolls.
    auto *side = new QVBoxLayout;
    side->setSpacing(8);
    side->addWidget(rightScroll, 1);
    side->addWidget(m_countdown);
    side->addWidget(m_total);
    side->addWidget(m_next);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(left, 3);
    columns->addLayout(side, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 24);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addLayout(columns, 1);

    // By keyboard: best available first (category, number, the button), then the seat list, Next, Back.
    setTabOrder(m_count, m_best);
    setTabOrder(m_best, m_list);
    setTabOrder(m_list, m_next);
    setTabOrder(m_next, m_back);
    setTabOrder(m_back, m_mapMode);
    setTabOrder(m_mapMode, m_listMode);
    retranslate();
    showMode(false);
}

KioskSeatPage::~KioskSeatPage() = default;

void KioskSeatPage::retranslate()
{
    m_back->setText(tr("Back"));
    m_back->setAccessibleName(tr("Back to the event (your seats are released)"));
    m_heading->setText(tr("Choose your seats"));
    m_mapMode->setText(tr("Seat map"));
    m_listMode->setText(tr("Seat list"));
    m_listMode->setAccessibleName(tr("Seat list by row"));
    m_list->setAccessibleName(tr("Seats by row"));
    m_bestHeading->setText(tr("Best available"));
    m_countLabel->setText(tr("How many seats?"));
    m_count->setAccessibleName(tr("Number of seats"));
    m_countLess->setAccessibleName(tr("Fewer seats"));
    m_countMore->setAccessibleName(tr("More seats"));
    m_best->setText(tr("Find the best seats"));
    m_chosenHeading->setText(tr("Your seats"));
    m_typeNote->setText(tr("Each seat is sold at its area's standard ticket price."));
    m_next->setText(tr("Next"));
    buildCategories();
    buildList();
    showOrder();
}

void KioskSeatPage::followAssistance()
{
    // More time in accessibility mode: longer holds, and the database gives the token twice the life.
    const bool accessible = m_flow->assistance().isAccessibilityMode();
    if (m_live) {
        m_live->setAccessibleKiosk(accessible);
        m_live->setHoldSeconds(accessible ? AccessibleHoldSeconds : NormalHoldSeconds);
    }
}

void KioskSeatPage::entered()
{
    followAssistance();
    const KioskOrder &order = m_flow->order();
    if (m_live && order.event) {
        m_live->map()->setSelectionLimit(order.maxQuantity());
        if (m_live->eventId() != order.event->id) {
            m_live->setEvent(order.event->id);
            m_placed.clear();
            m_categoryNames.clear();
            buildCategories();
            buildList();
        }
    }
    // A customer in accessibility mode starts with the list; anyone can switch.
    const bool list = m_listChosen || m_flow->assistance().isAccessibilityMode();
    showMode(list);
    showOrder();
    if (!m_categories->buttons().isEmpty() && m_categories->checkedButton())
        m_categories->checkedButton()->setFocus(Qt::OtherFocusReason);
    else
        m_count->setFocus(Qt::OtherFocusReason);
}

void KioskSeatPage::showMode(bool list)
{
    m_views->setCurrentWidget(list ? static_cast<QWidget *>(m_list) : m_views->widget(0));
    m_mapMode->setChecked(!list);
    m_listMode->setChecked(list);
}

void KioskSeatPage::planReady()
{
    m_placed.clear();
    m_categoryNames.clear();
    const SeatingPlan &plan = m_live->map()->plan();
    for (const PlacedSeat &seat : plan.placedSeats()) {
        m_placed.insert(seat.guid, seat);
        if (!seat.category.isEmpty() && !m_categoryNames.contains(seat.category))
            m_categoryNames.append(seat.category);
    }
    buildCategories();
    buildList();
    showOrder();
}

void KioskSeatPage::buildCategories()
{
    const QString checked = m_categories->checkedButton() ? m_categories->checkedButton()->property("category").toString()
                                                           : QString();
    const auto old = m_categories->buttons();
    for (QAbstractButton *button : old) {
        m_categories->removeButton(button);
        delete button;
    }
    QStringList names{QString()};
    names.append(m_categoryNames);
    for (int i = 0; i < names.size(); ++i) {
        QRadioButton *choice = KioskStyle::choice(m_categoryBox, QStringLiteral("kioskSeatCategory_%1").arg(i));
        choice->setText(names.at(i).isEmpty() ? tr("Any area") : names.at(i));
        choice->setProperty("category", names.at(i));
        m_categories->addButton(choice, i);
        m_categoryLayout->addWidget(choice, i / 2, i % 2); // two to a row: each name fits
        if (names.at(i) == checked)
            choice->setChecked(true);
    }
    if (!m_categories->checkedButton())
        m_categories->buttons().first()->setChecked(true);
    const auto buttons = m_categories->buttons();
    if (!buttons.isEmpty())
        setTabOrder(buttons.last(), m_count);
}

QString KioskSeatPage::seatName(const QString &guid) const
{
    const auto it = m_placed.constFind(guid);
    if (it == m_placed.cend())
        return guid;
    const QString where = it->zoneName.isEmpty() ? it->category : it->zoneName;
    return tr("Row %1, seat %2, %3").arg(it->rowName, it->number, where);
}

void KioskSeatPage::buildList()
{
    m_model->clear();
    // The header is hidden, but AT-SPI still lists it: give it a meaningful name rather than "1".
    m_model->setHorizontalHeaderLabels({tr("Seats")});
    if (!m_live)
        return;
    // Rows in the plan's order, each with its seats; a seat's name is what a screen reader says of it on the map.
    QHash<QString, QStandardItem *> rows;
    const SeatingPlan &plan = m_live->map()->plan();
    for (const PlacedSeat &seat : plan.placedSeats()) {
        const QString rowKey = seat.zoneName + QChar(0x1f) + seat.rowName;
        QStandardItem *row = rows.value(rowKey);
        if (!row) {
            row = new QStandardItem(seat.zoneName.isEmpty() ? tr("Row %1").arg(seat.rowName)
                                                            : tr("Row %1, %2").arg(seat.rowName, seat.zoneName));
            row->setFlags(Qt::ItemIsEnabled);
            m_model->appendRow(row);
            rows.insert(rowKey, row);
        }
        auto *item = new QStandardItem;
        item->setData(seat.guid, GuidRole);
        row->appendRow(item);
    }
    refreshList({});
}

void KioskSeatPage::refreshList(const QStringList &guids)
{
    if (!m_live)
        return;
    const QStringList selection = m_live->map()->selection();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStandardItem *row = m_model->item(r);
        int free = 0;
        for (int s = 0; s < row->rowCount(); ++s) {
            QStandardItem *item = row->child(s);
            const QString guid = item->data(GuidRole).toString();
            const SeatState state = m_live->map()->stateOf(guid);
            if (state == SeatState::Free)
                ++free;
            if (!guids.isEmpty() && !guids.contains(guid) && !item->text().isEmpty()
                && item->checkState() == (selection.contains(guid) ? Qt::Checked : Qt::Unchecked))
                continue;
            item->setText(m_live->map()->accessibleNameOf(guid));
            // Only a free seat (or one of this customer's) can be chosen; the others are listed, not offered.
            const bool mine = selection.contains(guid);
            const bool choosable = state == SeatState::Free || mine;
            item->setFlags(choosable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                                     : Qt::NoItemFlags);
            item->setCheckState(mine ? Qt::Checked : Qt::Unchecked);
        }
        row->setData(free, Qt::UserRole + 2);
    }
}

void KioskSeatPage::listActivated(const QModelIndex &index)
{
    if (!m_live || !index.isValid())
        return;
    const QString guid = index.data(GuidRole).toString();
    if (guid.isEmpty())
        return;
    if (!(m_model->itemFromIndex(index)->flags() & Qt::ItemIsEnabled))
        return;
    m_live->map()->toggle(guid);
}

void KioskSeatPage::bestAvailable()
{
    if (!m_live || !m_flow->order().event)
        return;
    m_message->clearMessage();
    const QString category = m_categories->checkedButton()
                                 ? m_categories->checkedButton()->property("category").toString()
                                 : QString();
    // The block replaces what the customer had: one customer's seats sit together.
    if (!m_live->heldSeats().isEmpty() || !m_live->map()->selection().isEmpty())
        m_live->releaseHold();
    m_live->holdBestAvailable(category, m_count->value());
}

void KioskSeatPage::holdChanged(const QStringList &guids, const QDateTime &until)
{
    m_extending = false;
    if (!until.isValid() || until > QDateTime::currentDateTimeUtc().addSecs(m_warningSeconds))
        m_warned = false;
    QList<KioskSeatChoice> seats;
    const KioskOrder &order = m_flow->order();
    for (const QString &guid : guids) {
        KioskSeatChoice choice;
        choice.guid = guid;
        choice.name = seatName(guid);
        // The category's own types first, then those for any seat, in their order (as book_order picks).
        const QString category = m_placed.value(guid).category;
        const TicketType *chosen = nullptr;
        for (const TicketType &type : order.ticketTypes) {
            if (!type.seatCategory.isEmpty() && type.seatCategory == category) {
                chosen = &type;
                break;
            }
        }
        if (!chosen) {
            for (const TicketType &type : order.ticketTypes) {
                if (type.seatCategory.isEmpty()) {
                    chosen = &type;
                    break;
                }
            }
        }
        if (chosen) {
            choice.ticketTypeId = chosen->id;
            choice.typeName = chosen->name;
            choice.price = chosen->price;
        }
        seats.append(choice);
    }
    m_flow->setSeats(seats, m_live ? m_live->holdToken() : QUuid(), until);
    if (guids != m_heldBefore) {
        if (!guids.isEmpty())
            m_message->clearMessage(); // an earlier refusal is over: these seats are held
        // Said aloud (with speech on): which seats are now the customer's, and for how long.
        QStringList names;
        for (const KioskSeatChoice &seat : std::as_const(seats))
            names << seat.name;
        if (!names.isEmpty())
            emit spoken(tr("Your seats: %1.").arg(names.join(QStringLiteral("; "))));
        else if (!m_heldBefore.isEmpty())
            emit spoken(tr("No seats chosen."));
        m_heldBefore = guids;
    }
    if (guids.isEmpty())
        m_tick.stop();
    else if (!m_tick.isActive())
        m_tick.start();
    refreshList({});
    tick();
}

void KioskSeatPage::tick()
{
    const KioskOrder &order = m_flow->order();
    if (order.seats.isEmpty() || !order.heldUntil.isValid()) {
        m_countdown->hide();
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(order.heldUntil);
    if (left <= 0) {
        // Time is up: the database reads the seats as free already; say so and start again.
        m_tick.stop();
        m_countdown->hide();
        if (m_live)
            m_live->releaseHold();
        m_message->showMessage([] {
            return tr("Your time to choose ran out and your seats were released. Please choose again.");
        });
        // A customer typing their details is brought back to see why.
        if (m_flow->page() == KioskFlow::Page::Details && !m_flow->isBooking())
            m_flow->show(KioskFlow::Page::Seats);
        return;
    }
    // The customer is still here (no "are you still there?" question): the hold is renewed before it ends.
    if (left <= m_renewSeconds && !m_extending && !m_flow->isAskingStillThere() && m_live) {
        m_extending = true;
        m_live->extendHold();
    }
    m_countdown->setText(tr("Your seats are held for %1:%2")
                             .arg(left / 60)
                             .arg(left % 60, 2, 10, QLatin1Char('0')));
    m_countdown->show();
    if (left <= m_warningSeconds && !m_warned) {
        m_warned = true;
        const int seconds = int(left);
        m_message->showMessage([seconds] {
            return tr("Your seats are held for only %n more seconds.", nullptr, seconds);
        });
    }
}

void KioskSeatPage::showOrder()
{
    const KioskOrder &order = m_flow->order();
    const VenueFormat format(m_flow->venue(), QLocale());
    if (order.event)
        m_event->setText(order.event->title + QStringLiteral(" — ") + KioskText::when(format, order.event->startsAt));
    else
        m_event->clear();
    const int max = qMax(1, order.maxQuantity());
    m_count->setRange(1, max);
    QStringList lines;
    for (const KioskSeatChoice &seat : order.seats) {
        lines << (seat.typeName.isEmpty() ? seat.name
                                          : tr("%1 — %2, %3").arg(seat.name, seat.typeName,
                                                                   format.money(seat.price)));
    }
    m_chosen->setText(lines.isEmpty() ? tr("No seats chosen yet. Tap free seats on the map, or find the best seats.")
                                      : lines.join(QLatin1Char('\n')));
    m_total->setText(order.seats.isEmpty() ? QString() : KioskText::total(format, order.total()));
    m_total->setVisible(!order.seats.isEmpty());
    // Each chosen seat names its type; before any is chosen the page says how seats are priced.
    m_typeNote->setVisible(order.seats.isEmpty());
    m_next->setEnabled(!m_flow->isBooking() && order.seated && order.canBook());
    m_best->setEnabled(m_live && order.event && order.event->isOnSale());
}

void KioskSeatPage::next()
{
    if (!m_flow->isBooking() && m_flow->order().canBook())
        m_flow->show(KioskFlow::Page::Details);
}

void KioskSeatPage::goBack()
{
    // Back abandons the seats: they go back on sale at once.
    if (m_live)
        m_live->releaseHold();
    m_message->clearMessage();
    m_flow->show(KioskFlow::Page::Event);
}

void KioskSeatPage::forgetCustomer()
{
    // The idle reset or the next customer: this customer's seats go back on sale, and nothing of theirs stays.
    m_tick.stop();
    if (m_live)
        m_live->setEvent(0);
    m_placed.clear();
    m_categoryNames.clear();
    m_listChosen = false;
    m_heldBefore.clear();
    m_warned = false;
    m_extending = false;
    m_message->clearMessage();
    m_countdown->hide();
    buildCategories();
    buildList();
    showMode(false);
    showOrder();
}

void KioskSeatPage::bookedWithHold()
{
    m_tick.stop();
    m_countdown->hide();
    if (m_live)
        m_live->forgetHold();
    m_message->clearMessage();
}

QString KioskSeatPage::spokenSummary() const
{
    QStringList parts{m_heading->text(), m_event->text(), m_chosen->text()};
    if (m_countdown->isVisible())
        parts << m_countdown->text();
    parts << tr("Choose an area and a number of seats, then Find the best seats; or choose seats from the seat "
                "list by row.");
    parts.removeAll(QString());
    return parts.join(QStringLiteral(". "));
}

} // namespace Marquee

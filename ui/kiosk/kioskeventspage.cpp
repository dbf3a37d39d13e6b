#include "kioskeventspage.h"

#include "kioskeventdelegate.h"
#include "kioskeventlist.h"
#include "kioskeventsmodel.h"
#include "kioskmessagelabel.h"
#include "kioskstyle.h"
#include "models/eventfiltermodel.h"
#include "models/eventtablemodel.h"

#include <QButtonGroup>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Marquee {

KioskEventsPage::KioskEventsPage(EventTableModel *events, QWidget *parent)
    : KioskPage(parent)
    , m_events(events)
{
    m_filter = new EventFilterModel(m_events, this);
    m_filter->setOnSaleOnly(true);
    m_listed = new KioskEventsModel(this);
    m_listed->setSourceModel(m_filter);

    m_back = KioskStyle::button(this, QStringLiteral("kioskEventsBack"));
    m_heading = KioskStyle::heading(this, QStringLiteral("kioskEventsHeading"));
    // A visible label and no placeholder: a placeholder disappears as the customer types, and Qt 6.4 draws it at
    // half the text's opacity (below WCAG's 4.5:1).
    m_searchLabel = KioskStyle::label(this);
    m_search = KioskStyle::field(this, QStringLiteral("kioskSearch"));
    m_search->setInputMethodHints(Qt::ImhNoPredictiveText);
    m_searchLabel->setBuddy(m_search);

    m_dateGroup = new QButtonGroup(this);
    m_dateGroup->setExclusive(true);
    auto *dates = new QHBoxLayout;
    dates->setSpacing(10);
    m_dateGroupLabel = KioskStyle::label(this);
    m_dateGroupLabel->setWordWrap(false);
    dates->addWidget(m_dateGroupLabel);
    const QStringList names = {QStringLiteral("kioskAllDates"), QStringLiteral("kioskToday"),
                               QStringLiteral("kioskThisWeek"), QStringLiteral("kioskThisMonth")};
    for (int i = 0; i < names.size(); ++i) {
        QRadioButton *button = KioskStyle::choice(this, names.at(i));
        m_dateGroup->addButton(button, i);
        m_dateButtons.append(button);
        dates->addWidget(button);
    }
    dates->addStretch();
    m_dateButtons.first()->setChecked(true);

    m_message = new KioskMessageLabel(QStringLiteral("kioskEventsMessage"), this, nullptr);
    m_message->setAlignment(Qt::AlignCenter);
    m_list = new KioskEventList(this);
    m_list->setObjectName(QStringLiteral("kioskEventList"));
    m_list->setModel(m_listed);
    m_list->setItemDelegate(new KioskEventDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::StrongFocus); // arrows move between events, Enter opens one
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setMouseTracking(false);
    // Flick scrolling with a finger, and with a mouse drag (a touch screen that sends mouse events); a tap or a
    // click without a drag still chooses.
    KioskStyle::makeFlickable(m_list);

    connect(m_back, &QPushButton::clicked, this, &KioskEventsPage::backRequested);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateMessage();
    });
    // Toggled, not clicked: arrows within the group, Space, and assistive technology's toggle all choose a date.
    connect(m_dateGroup, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            applyDateFilter(id);
    });
    // Enter, and a tap where the style opens on a single click, arrive as activated; a tap elsewhere as clicked.
    connect(m_list, &QListView::activated, this, &KioskEventsPage::onEventClicked);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (!m_list->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_list))
            onEventClicked(index);
    });

    connect(m_filter, &EventFilterModel::loadingChanged, this, &KioskEventsPage::updateMessage);
    connect(m_filter, &EventFilterModel::loadFailed, this, [this](const QString &message) {
        m_message->showMessage([message] { return message; });
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_listed, signal, this, &KioskEventsPage::updateMessage);
    connect(m_listed, &QAbstractItemModel::modelReset, this, &KioskEventsPage::updateMessage);
    connect(m_listed, &QAbstractItemModel::layoutChanged, this, &KioskEventsPage::updateMessage);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addSpacing(12);
    top->addWidget(m_heading, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_search);
    layout->addLayout(dates);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    retranslate();
}

void KioskEventsPage::askForUpcomingEvents()
{
    EventQuery query;
    query.upcomingOnly = true;
    query.status = EventStatus::Active;
    m_filter->setQuery(query);
    updateMessage();
}

void KioskEventsPage::retranslate()
{
    m_back->setText(tr("Back"));
    m_heading->setText(tr("Choose an event"));
    m_searchLabel->setText(tr("Search by event or venue"));
    m_search->setAccessibleName(tr("Search by event or venue"));
    m_list->setAccessibleName(tr("Upcoming events"));
    m_dateGroupLabel->setText(tr("When"));
    m_dateButtons.at(0)->setText(tr("All dates"));
    m_dateButtons.at(1)->setText(tr("Today"));
    m_dateButtons.at(2)->setText(tr("This week"));
    m_dateButtons.at(3)->setText(tr("This month"));
    updateMessage();
    m_list->viewport()->update(); // the cards read the locale when they paint
}

void KioskEventsPage::forgetCustomer()
{
    m_message->clearMessage();
    m_search->clear();
    m_dateButtons.first()->setChecked(true);
    applyDateFilter(0);
    m_list->clearSelection();
    m_list->setCurrentIndex(QModelIndex());
    m_list->scrollToTop();
}

void KioskEventsPage::setVenue(const VenueSettings &venue)
{
    m_venueZone = venue.timeZone();
    m_listed->setVenue(venue);
}

QString KioskEventsPage::spokenSummary() const
{
    QString text = m_heading->text();
    if (m_message->isVisible())
        text += QStringLiteral(". ") + m_message->text();
    else
        text += QStringLiteral(". ") + tr("%n events. Use the arrow keys to hear them, Enter to choose one.", nullptr,
                                          m_listed->rowCount());
    return text;
}

void KioskEventsPage::entered()
{
    // The list is where a keyboard user wants to be; a finger does not care where the focus is.
    m_list->setFocus(Qt::OtherFocusReason);
}

void KioskEventsPage::applyDateFilter(int which)
{
    // "Today" is the venue's day, whatever the kiosk's operating system thinks.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_venueZone).date();
    switch (which) {
    case 1:
        m_filter->setDateFilter(today, today);
        break;
    case 2:
        m_filter->setDateFilter(today, today.addDays(7 - today.dayOfWeek()));
        break;
    case 3:
        m_filter->setDateFilter(today, QDate(today.year(), today.month(), today.daysInMonth()));
        break;
    default:
        m_filter->setDateFilter(QDate(), QDate());
        break;
    }
    updateMessage();
}

void KioskEventsPage::updateMessage()
{
    if (m_message->hasMessage())
        return; // a load error stays until the next customer
    QString text;
    if (m_filter->isLoading() && m_filter->rowCount() == 0)
        text = tr("Loading events…");
    else if (m_listed->rowCount() == 0 && m_events->rowCount() > 0)
        text = tr("No events match your search. Try another word or date.");
    else if (m_events->rowCount() == 0)
        text = tr("There are no upcoming events right now.");
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void KioskEventsPage::onEventClicked(const QModelIndex &index)
{
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEnabled))
        return;
    emit eventChosen(index.data(EventTableModel::EventIdRole).toLongLong());
}

} // namespace Marquee

#pragma once

#include "domain/venuesettings.h"
#include "kioskpage.h"

#include <QTimeZone>

#include <QList>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QRadioButton;

namespace Marquee {

class EventFilterModel;
class EventTableModel;
class KioskEventList;
class KioskEventsModel;
class KioskMessageLabel;

// Choose an event: the upcoming events of the terminal's one events model, as large cards with their seats left
// (live), narrowed as the customer types or picks a date. Sold-out events are shown but cannot be chosen.
class KioskEventsPage final : public KioskPage
{
    Q_OBJECT

public:
    KioskEventsPage(EventTableModel *events, QWidget *parent = nullptr);

    // This page's question to the database, and its loading signals.
    EventFilterModel *filter() const { return m_filter; }
    // What the list shows (sold-out rows not selectable).
    KioskEventsModel *listed() const { return m_listed; }

    // Asks for the upcoming events afresh: every customer gets a fresh list; live updates keep it true after that.
    void askForUpcomingEvents();

    // Dates and prices in the venue's zone and currency; "today" is the venue's.
    void setVenue(const VenueSettings &venue);

    void retranslate() override;
    void forgetCustomer() override;
    void entered() override;
    QString spokenSummary() const override;

signals:
    void eventChosen(qint64 eventId);
    void backRequested();

private:
    void applyDateFilter(int which);
    void updateMessage();
    void onEventClicked(const QModelIndex &index);

    EventTableModel *m_events = nullptr;
    EventFilterModel *m_filter = nullptr;
    KioskEventsModel *m_listed = nullptr;

    QPushButton *m_back = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_dateGroupLabel = nullptr;
    QTimeZone m_venueZone = QTimeZone::utc();
    QButtonGroup *m_dateGroup = nullptr;
    QList<QRadioButton *> m_dateButtons;
    // Loading, nothing found, or why the list could not be loaded (which stays until the next customer).
    KioskMessageLabel *m_message = nullptr;
    KioskEventList *m_list = nullptr;
};

} // namespace Marquee

#pragma once

#include "kioskpage.h"
#include "seating/seatingplan.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QTimer>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QModelIndex;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QStandardItemModel;
class QTreeView;

namespace Marquee {

class KioskFlow;
class KioskMessageLabel;
class LiveSeatMap;
class TerminalSession;

// The seats of a seated event (issue #14 §4): the live seat map with the touch look (large targets, zoom
// buttons), where a tap picks a free seat or puts it back; or "Best available" for a category and a number of
// seats. Every pick is held at once for this customer (other terminals see the seats held), and the page counts
// the hold down; the kiosk keeps the hold going while the customer is still using it (and asks for 900 s
// instead of 600 s, and twice the token's life, in accessibility mode). When the hold runs out the seats are
// released and the customer is told. Back, the idle reset and a new customer release the hold; a booking made
// with it forgets it (bookedWithHold()).
//
// The accessible alternative (issue #13 §1): "Seat list" shows the seats as a tree of rows → seats, named as a
// screen reader should say them ("Row F, seat 12, Stalls, free"); only free seats can be chosen (Space or Enter
// toggles one). Best available is reachable by keyboard too (radio buttons for the category, a spin button for
// the number). Each seat's ticket type is its category's first type, and the page says so.
class KioskSeatPage final : public KioskPage
{
    Q_OBJECT

public:
    KioskSeatPage(TerminalSession *session, KioskFlow *flow, QWidget *parent = nullptr);
    ~KioskSeatPage() override;

    void retranslate() override;
    void forgetCustomer() override;
    void entered() override;
    QString spokenSummary() const override;

    // Null without a session.
    LiveSeatMap *liveMap() const { return m_live; }
    QTreeView *seatList() const { return m_list; }
    QStandardItemModel *seatListModel() const { return m_model; }
    // The order with these seats was booked: they are the booking's now, not a hold to release.
    void bookedWithHold();
    // How long before the hold ends the page warns (default 60 s).
    void setWarningSeconds(int seconds) { m_warningSeconds = seconds; }
    // How long before the hold ends it is renewed while the customer is still there (default 120 s; 0: never).
    void setRenewSeconds(int seconds) { m_renewSeconds = seconds; }

signals:
    // Something speech output says when it is on: the seats just held for the customer, the row or seat the
    // keyboard moved to in the list.
    void spoken(const QString &text);

protected:
    void goBack() override;

private:
    void followAssistance();
    void planReady();
    void buildCategories();
    void buildList();
    void refreshList(const QStringList &guids);
    void listActivated(const QModelIndex &index);
    void holdChanged(const QStringList &guids, const QDateTime &until);
    void tick();
    void bestAvailable();
    void showOrder();
    void showMode(bool list);
    void next();
    QString seatName(const QString &guid) const;

    TerminalSession *m_session = nullptr;
    KioskFlow *m_flow = nullptr;
    LiveSeatMap *m_live = nullptr;
    QPushButton *m_back = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_event = nullptr;
    QRadioButton *m_mapMode = nullptr;
    QRadioButton *m_listMode = nullptr;
    QStackedWidget *m_views = nullptr;
    QTreeView *m_list = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_bestHeading = nullptr;
    QWidget *m_categoryBox = nullptr;
    QGridLayout *m_categoryLayout = nullptr;
    QButtonGroup *m_categories = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_countLess = nullptr;
    QSpinBox *m_count = nullptr;
    QPushButton *m_countMore = nullptr;
    QPushButton *m_best = nullptr;
    QLabel *m_chosenHeading = nullptr;
    QLabel *m_chosen = nullptr;
    QLabel *m_typeNote = nullptr;
    QLabel *m_countdown = nullptr;
    KioskMessageLabel *m_message = nullptr;
    QLabel *m_total = nullptr;
    QPushButton *m_next = nullptr;
    QTimer m_tick;
    QHash<QString, PlacedSeat> m_placed;
    QStringList m_categoryNames;
    QStringList m_heldBefore;
    int m_warningSeconds = 60;
    int m_renewSeconds = 120;
    bool m_warned = false;
    bool m_extending = false;
    bool m_listChosen = false; // the customer chose the list (or accessibility mode did)
};

} // namespace Marquee

#pragma once

#include "common/money.h"
#include "domain/order.h"
#include "domain/tickettype.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Marquee {

class LiveSeatMap;
class TerminalSession;

// The seats of a seated event's sale at the desk (issue #14 §4): the live seat map (desk look) where staff click
// seats, a field where "4 stalls" (or just "4") and Enter hold the best block of adjacent seats, and the seats
// held for this sale, each with the ticket type it is sold as (its category's first type unless staff choose
// another). The hold belongs to the sale: releaseHold() when it is abandoned, forgetHold() once it is sold. While
// seats are held the desk renews the hold two minutes before it ends (a sale at the counter may take longer than
// one hold), up to the hold's life in the database (30 minutes from the first seat), and then says until when.
class SeatPart final : public QWidget
{
    Q_OBJECT

public:
    explicit SeatPart(TerminalSession *session, QWidget *parent = nullptr);

    // Shows this event's seats (0: none), releasing the hold of the event before.
    void setEvent(qint64 eventId);
    // The event's ticket types: which may be sold for a seat of which category, and at what price.
    void setTypes(const QList<TicketType> &types);

    LiveSeatMap *liveMap() const { return m_map; }
    QLineEdit *bestAvailableField() const { return m_best; }
    // The held seats with their types: the sale form places it beside the map (shown and hidden with this part).
    QWidget *heldSeatsPanel() const { return m_heldPanel; }
    QUuid holdToken() const;
    int heldCount() const;
    // One seat line per held seat with its chosen type; empty while a held seat has no type it may be sold as.
    QList<OrderLine> lines() const;
    // What the held seats cost as typed; nothing while none is held or a seat has no type.
    std::optional<Money> total() const;

    void releaseHold();
    void forgetHold();
    // One sentence under the map (a seat taken meanwhile, no such block ...); empty hides it.
    void showProblem(const QString &message);
    // Reads the seats again (after the database said a seat was taken).
    void refreshSeats();

    // "4 stalls": how many and, if given, which category (case insensitive); a sentence when it cannot be done.
    void holdBest(const QString &typed);

signals:
    // The held seats or their types changed: the total may have changed.
    void seatsChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void showHeld();
    // The hold now ends at `until`: renew it before then, or say it cannot be renewed any more.
    void scheduleRenewal(const QDateTime &until);
    // The types a seat of this category may be sold as, in the order they are offered.
    QList<TicketType> typesFor(const QString &category) const;
    QString categoryOf(const QString &guid) const;
    QString seatName(const QString &guid);
    const TicketType *typeById(qint64 id) const;

    TerminalSession *m_session = nullptr;
    LiveSeatMap *m_map = nullptr;
    QLabel *m_bestLabel = nullptr;
    QLineEdit *m_best = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_heldPanel = nullptr;
    QLabel *m_heldTitle = nullptr;
    QWidget *m_heldBox = nullptr;
    QFormLayout *m_heldForm = nullptr;
    QList<TicketType> m_types;
    QHash<QString, qint64> m_chosen;  // seat guid -> the type staff chose for it
    QList<QComboBox *> m_combos;
    QStringList m_lastHeld;
    bool m_namesPending = false;   // a held seat was shown before the seats were read
    QTimer m_renew;
    QDateTime m_heldUntil;         // the end the database gave the hold last
    bool m_renewing = false;       // an extension was asked for and not answered yet
};

} // namespace Marquee

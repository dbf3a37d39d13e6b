#pragma once

#include "seating/seatingplan.h"
#include "seating/seatstate.h"
#include "seatmaplook.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QToolButton;

namespace Marquee {

class SeatItem;
class SeatMapLegend;
class SeatMapScene;
class SeatMapView;
class SeatStates;

// A seating plan to pick seats on: the map (zoom, pan, tap), zoom buttons and the legend. It reads each seat's
// state from a SeatStates and follows its changes live: a seat sold at another terminal turns sold here without
// anything being reloaded, and drops out of this person's selection. Tapping a seat that may be picked adds it
// to the selection or takes it out again; the selection is this terminal's own until it is held (issue #14 §3).
//
// For an accessible alternative (a list by row) every seat has a name such as "Row F, seat 12, Stalls, free":
// accessibleNameOf().
class SeatMap final : public QWidget
{
    Q_OBJECT

public:
    explicit SeatMap(const SeatMapLook &look = SeatMapLook::desk(), QWidget *parent = nullptr);
    ~SeatMap() override;

    void setPlan(const SeatingPlan &plan);
    const SeatingPlan &plan() const;
    // The states to show and follow (not owned; may be null: every seat is then not known yet).
    void setStates(SeatStates *states);

    // Which states a tap may pick: free seats (the default); an admin placing house holds also blocked ones.
    void setPickableStates(const QSet<SeatState> &states) { m_pickable = states; }
    // At most this many seats in the selection (0: no limit), e.g. the most tickets per booking.
    void setSelectionLimit(int limit) { m_limit = limit; }

    QStringList selection() const { return m_selection; }
    void setSelection(const QStringList &guids);
    void clearSelection();

    // Every seat's guid, in the plan's order, and what a screen reader says about it.
    QStringList seatGuids() const;
    QString accessibleNameOf(const QString &guid) const;
    SeatState stateOf(const QString &guid) const;

    SeatMapView *view() const { return m_view; }
    SeatMapLegend *legend() const { return m_legend; }
    SeatItem *seatItem(const QString &guid) const;

public slots:
    // What a tap on this seat does: pick it or put it back.
    void toggle(const QString &guid);

signals:
    void selectionChanged(const QStringList &guids);
    // A tap on a seat that cannot be picked (sold, held, blocked, not known yet, or the selection is full).
    void seatUnavailable(const QString &guid, SeatState state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStates(const QStringList &guids);
    void retranslate();

    SeatMapLook m_look;
    SeatMapScene *m_scene = nullptr;
    SeatMapView *m_view = nullptr;
    SeatMapLegend *m_legend = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_fit = nullptr;
    QPointer<SeatStates> m_states;
    QMetaObject::Connection m_statesConnection;
    QSet<SeatState> m_pickable{SeatState::Free};
    int m_limit = 0;
    QStringList m_selection;
};

} // namespace Marquee

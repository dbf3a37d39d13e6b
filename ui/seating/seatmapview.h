#pragma once

#include "seatmaplook.h"

#include <QGraphicsView>
#include <QPoint>

class QGestureEvent;

namespace Marquee {

class SeatMapScene;

// The seat map's viewport: zoom with the wheel, a pinch, the keyboard (+, -, 0) or the buttons around it; pan by
// dragging (mouse or finger) or with the arrow keys. A click or tap that did not drag picks the nearest seat
// within the look's tap radius in screen pixels, so a finger need not hit a small circle exactly.
// Until someone zooms, the whole plan stays fitted to the window.
class SeatMapView final : public QGraphicsView
{
    Q_OBJECT

public:
    SeatMapView(SeatMapScene *scene, const SeatMapLook &look, QWidget *parent = nullptr);

    void setLook(const SeatMapLook &look) { m_look = look; }

    // Scale: screen pixels per plan unit.
    qreal scale() const { return transform().m11(); }

public slots:
    void zoomIn();
    void zoomOut();
    // The whole plan in the window again.
    void fitPlan();

signals:
    void seatTapped(const QString &guid);
    void zoomChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    // Multiplies the scale by `factor`, keeping the plan point under `anchor` (viewport pixels) in place.
    void zoomBy(qreal factor, const QPoint &anchor);
    qreal fittedScale() const;
    void updatePanningRoom();
    void tap(const QPoint &at);
    bool gesture(QGestureEvent *event);

    SeatMapScene *m_scene = nullptr;
    SeatMapLook m_look;
    bool m_fitted = true;       // follows the window until someone zooms
    bool m_pressed = false;
    bool m_dragging = false;
    QPoint m_pressAt;
    QPoint m_lastAt;
};

} // namespace Marquee

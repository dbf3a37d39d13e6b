#include "seatmapview.h"

#include "seatitem.h"
#include "seatmapscene.h"

#include <QApplication>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace Marquee {

SeatMapView::SeatMapView(SeatMapScene *scene, const SeatMapLook &look, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_look(look)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::NoDrag);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    // Panned by dragging; scroll bars would only take room from the plan (and change the fitted scale).
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setAttribute(Qt::WA_AcceptTouchEvents);
    viewport()->grabGesture(Qt::PinchGesture);
    viewport()->setCursor(Qt::OpenHandCursor);
}

qreal SeatMapView::fittedScale() const
{
    const QRectF plan = m_scene->sceneRect();
    if (plan.isEmpty() || viewport()->width() <= 0 || viewport()->height() <= 0)
        return 1;
    return qMin(viewport()->width() / plan.width(), viewport()->height() / plan.height());
}

// Zoomed in, the plan can be dragged until its edge reaches the middle of the window, also along a side where
// it would fit: the view's own scene rect is the plan's with half a window around it. Fitted, it stays put.
void SeatMapView::updatePanningRoom()
{
    const QRectF plan = m_scene->sceneRect();
    if (m_fitted) {
        setSceneRect(plan);
        return;
    }
    const qreal s = qMax(scale(), 0.0001);
    const qreal x = viewport()->width() / (2 * s);
    const qreal y = viewport()->height() / (2 * s);
    setSceneRect(plan.adjusted(-x, -y, x, y));
}

void SeatMapView::fitPlan()
{
    m_fitted = true;
    const qreal s = fittedScale();
    setTransform(QTransform::fromScale(s, s));
    updatePanningRoom();
    centerOn(m_scene->sceneRect().center());
    emit zoomChanged();
}

void SeatMapView::zoomBy(qreal factor, const QPoint &anchor)
{
    // From a little under the fitted scale (to see the edges) to seats of the look's largest size.
    qreal smallestRadius = 10;
    for (const SeatItem *seat : m_scene->seats())
        smallestRadius = qMin(smallestRadius, qMax(1.0, seat->seat().radius));
    const qreal lowest = fittedScale() * 0.8;
    const qreal highest = qMax(lowest, m_look.largestSeatPixels() / (2 * smallestRadius));
    const qreal target = qBound(lowest, scale() * factor, highest);
    if (qFuzzyCompare(target, scale()))
        return;
    const QPointF under = mapToScene(anchor);
    m_fitted = false;
    setTransform(QTransform::fromScale(target, target));
    updatePanningRoom();
    // Put the plan point that was under the anchor back under it.
    const QPointF now = mapFromScene(under);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::lround(now.x() - anchor.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::lround(now.y() - anchor.y())));
    m_fitted = false;
    emit zoomChanged();
}

void SeatMapView::zoomIn()
{
    zoomBy(1.4, viewport()->rect().center());
}

void SeatMapView::zoomOut()
{
    zoomBy(1 / 1.4, viewport()->rect().center());
}

void SeatMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitPlan();
    else
        updatePanningRoom();
}

void SeatMapView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitted)
        fitPlan();
}

void SeatMapView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);   // a sideways scroll pans
        return;
    }
    // One notch (120) is about 20 %.
    zoomBy(std::pow(1.0015, delta), event->position().toPoint());
    event->accept();
}

void SeatMapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressAt = m_lastAt = event->position().toPoint();
    event->accept();
}

void SeatMapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint at = event->position().toPoint();
    if (!m_dragging && (at - m_pressAt).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        const QPoint moved = at - m_lastAt;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - moved.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - moved.y());
        m_lastAt = at;
    }
    event->accept();
}

void SeatMapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressed || event->button() != Qt::LeftButton) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        viewport()->setCursor(Qt::OpenHandCursor);
    } else {
        tap(event->position().toPoint());
    }
    event->accept();
}

void SeatMapView::tap(const QPoint &at)
{
    const qreal reach = m_look.tapRadius() / qMax(scale(), 0.0001);
    if (SeatItem *seat = m_scene->seatNear(mapToScene(at), reach))
        emit seatTapped(seat->guid());
}

void SeatMapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitPlan();
        return;
    default:
        QGraphicsView::keyPressEvent(event);   // the arrow keys pan
    }
}

bool SeatMapView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Gesture:
        return gesture(static_cast<QGestureEvent *>(event));
    case QEvent::NativeGesture: {
        // A touchpad's pinch (macOS, and Wayland/X11 where Qt reports it).
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + native->value(), native->position().toPoint());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QGraphicsView::viewportEvent(event);
}

bool SeatMapView::gesture(QGestureEvent *event)
{
    if (auto *pinch = static_cast<QPinchGesture *>(event->gesture(Qt::PinchGesture))) {
        if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
            zoomBy(pinch->scaleFactor(), viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
        // Two fingers are not a tap.
        m_pressed = false;
        m_dragging = false;
        event->accept(pinch);
        return true;
    }
    return false;
}

} // namespace Marquee

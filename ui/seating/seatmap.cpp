#include "seatmap.h"

#include "seating/seatstates.h"
#include "seatitem.h"
#include "seatmaplegend.h"
#include "seatmapscene.h"
#include "seatmapview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace Marquee {

namespace {

enum class ZoomIcon { In, Out, Fit };

// Drawn rather than taken from a font: a kiosk's fonts need not have the signs.
QIcon zoomIcon(ZoomIcon kind, int side, const QColor &colour)
{
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, qMax(2.0, side / 9.0));
    pen.setCapStyle(Qt::RoundCap);
    p.setPen(pen);
    const qreal a = side * 0.22;
    const qreal b = side * 0.78;
    const qreal m = side / 2.0;
    switch (kind) {
    case ZoomIcon::In:
        p.drawLine(QPointF(m, a), QPointF(m, b));
        p.drawLine(QPointF(a, m), QPointF(b, m));
        break;
    case ZoomIcon::Out:
        p.drawLine(QPointF(a, m), QPointF(b, m));
        break;
    case ZoomIcon::Fit: {
        // Four corners of a frame: everything in view.
        const qreal c = side * 0.16;
        p.drawPolyline(QPolygonF({QPointF(a, a + c), QPointF(a, a), QPointF(a + c, a)}));
        p.drawPolyline(QPolygonF({QPointF(b - c, a), QPointF(b, a), QPointF(b, a + c)}));
        p.drawPolyline(QPolygonF({QPointF(b, b - c), QPointF(b, b), QPointF(b - c, b)}));
        p.drawPolyline(QPolygonF({QPointF(a + c, b), QPointF(a, b), QPointF(a, b - c)}));
        break;
    }
    }
    return QIcon(pixmap);
}

} // namespace

SeatMap::SeatMap(const SeatMapLook &look, QWidget *parent)
    : QWidget(parent)
    , m_look(look)
{
    m_scene = new SeatMapScene(this);
    m_view = new SeatMapView(m_scene, look, this);
    m_view->setObjectName(QStringLiteral("seatMapView"));
    m_legend = new SeatMapLegend(look, this);
    m_legend->setObjectName(QStringLiteral("seatMapLegend"));

    auto makeButton = [this](const QString &name) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setFixedSize(m_look.buttonSize(), m_look.buttonSize());
        button->setIconSize(QSize(m_look.buttonSize() * 3 / 4, m_look.buttonSize() * 3 / 4));
        // A finger on a kiosk must not move the focus away from what it was typing into.
        if (m_look.use() == SeatMapLook::Use::Touch)
            button->setFocusPolicy(Qt::NoFocus);
        return button;
    };
    m_zoomIn = makeButton(QStringLiteral("zoomIn"));
    m_zoomOut = makeButton(QStringLiteral("zoomOut"));
    m_fit = makeButton(QStringLiteral("zoomFit"));
    const QColor sign = palette().color(QPalette::ButtonText);
    m_zoomIn->setIcon(zoomIcon(ZoomIcon::In, m_look.buttonSize(), sign));
    m_zoomOut->setIcon(zoomIcon(ZoomIcon::Out, m_look.buttonSize(), sign));
    m_fit->setIcon(zoomIcon(ZoomIcon::Fit, m_look.buttonSize(), sign));
    connect(m_zoomIn, &QToolButton::clicked, m_view, &SeatMapView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_view, &SeatMapView::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_view, &SeatMapView::fitPlan);
    connect(m_view, &SeatMapView::seatTapped, this, &SeatMap::toggle);

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_zoomIn);
    buttons->addWidget(m_zoomOut);
    buttons->addWidget(m_fit);
    buttons->addStretch(1);
    auto *mapRow = new QHBoxLayout;
    mapRow->setContentsMargins(0, 0, 0, 0);
    mapRow->addWidget(m_view, 1);
    mapRow->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(mapRow, 1);
    layout->addWidget(m_legend);
    retranslate();
}

SeatMap::~SeatMap() = default;

void SeatMap::setPlan(const SeatingPlan &plan)
{
    const QStringList before = m_selection;
    m_selection.clear();
    m_scene->setPlan(plan);
    m_legend->setCategories(plan.categories);
    applyStates(seatGuids());
    m_view->fitPlan();
    if (!before.isEmpty())
        emit selectionChanged(m_selection);
}

const SeatingPlan &SeatMap::plan() const
{
    return m_scene->plan();
}

void SeatMap::setStates(SeatStates *states)
{
    disconnect(m_statesConnection);
    m_states = states;
    if (states)
        m_statesConnection = connect(states, &SeatStates::statesChanged, this, &SeatMap::applyStates);
    applyStates(seatGuids());
}

SeatState SeatMap::stateOf(const QString &guid) const
{
    return m_states ? m_states->state(guid) : SeatState::Unknown;
}

void SeatMap::applyStates(const QStringList &guids)
{
    bool lost = false;
    for (const QString &guid : guids) {
        SeatItem *item = m_scene->seat(guid);
        if (!item)
            continue;
        const SeatState state = stateOf(guid);
        item->setState(state);
        // Sold or blocked elsewhere: it cannot be this person's any more. (Held stays: the hold may be ours.)
        if ((state == SeatState::Sold || state == SeatState::Blocked) && !m_pickable.contains(state)
            && m_selection.removeAll(guid) > 0) {
            item->setInSelection(false);
            lost = true;
        }
    }
    if (lost)
        emit selectionChanged(m_selection);
}

void SeatMap::toggle(const QString &guid)
{
    SeatItem *item = m_scene->seat(guid);
    if (!item)
        return;
    if (m_selection.removeAll(guid) > 0) {
        item->setInSelection(false);
        emit selectionChanged(m_selection);
        return;
    }
    const SeatState state = stateOf(guid);
    if (!m_pickable.contains(state) || (m_limit > 0 && m_selection.size() >= m_limit)) {
        emit seatUnavailable(guid, state);
        return;
    }
    m_selection.append(guid);
    item->setInSelection(true);
    emit selectionChanged(m_selection);
}

void SeatMap::setSelection(const QStringList &guids)
{
    for (const QString &guid : std::as_const(m_selection)) {
        if (SeatItem *item = m_scene->seat(guid))
            item->setInSelection(false);
    }
    m_selection.clear();
    for (const QString &guid : guids) {
        SeatItem *item = m_scene->seat(guid);
        if (!item || m_selection.contains(guid))
            continue;
        m_selection.append(guid);
        item->setInSelection(true);
    }
    emit selectionChanged(m_selection);
}

void SeatMap::clearSelection()
{
    setSelection({});
}

QStringList SeatMap::seatGuids() const
{
    QStringList guids;
    guids.reserve(m_scene->seats().size());
    for (const SeatItem *item : m_scene->seats())
        guids << item->guid();
    return guids;
}

QString SeatMap::accessibleNameOf(const QString &guid) const
{
    const SeatItem *item = m_scene->seat(guid);
    return item ? item->accessibleName() : QString();
}

SeatItem *SeatMap::seatItem(const QString &guid) const
{
    return m_scene->seat(guid);
}

void SeatMap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SeatMap::retranslate()
{
    m_zoomIn->setToolTip(tr("Zoom in (+)"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_zoomOut->setToolTip(tr("Zoom out (-)"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_fit->setToolTip(tr("Show the whole plan (0)"));
    m_fit->setAccessibleName(tr("Show the whole plan"));
    m_view->setAccessibleName(tr("Seat map"));
    for (SeatItem *item : m_scene->seats())
        item->retranslate();
}

} // namespace Marquee

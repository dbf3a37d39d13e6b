#include "seatmaplegend.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>

namespace Marquee {

namespace {

QPixmap swatch(const QColor &colour, int radius, qreal devicePixelRatio)
{
    SeatSymbol::Appearance a;
    a.state = SeatState::Free;
    a.category = colour;
    const int side = 2 * radius + 4;
    QPixmap pixmap(QSize(side, side) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    SeatSymbol::paint(&painter, QPointF(side / 2.0, side / 2.0), radius, a, 1.0);
    return pixmap;
}

} // namespace

SeatMapLegend::SeatMapLegend(const SeatMapLook &look, QWidget *parent)
    : QWidget(parent)
    , m_look(look)
{
    m_layout = new QGridLayout(this);
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->setHorizontalSpacing(6);
    m_layout->setVerticalSpacing(4);
    setAccessibleName(tr("Seat map legend"));
    rebuild();
}

void SeatMapLegend::setCategories(const QList<SeatCategory> &categories)
{
    m_categories = categories;
    rebuild();
}

QStringList SeatMapLegend::entries() const
{
    QStringList texts;
    for (const QLabel *label : m_texts)
        texts << label->text();
    return texts;
}

void SeatMapLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void SeatMapLegend::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_texts.clear();
    const qreal ratio = devicePixelRatioF();
    const int radius = m_look.legendRadius();
    // Six state entries on one line (three at a kiosk, where the text is larger), then the categories.
    const int perLine = m_look.use() == SeatMapLook::Use::Touch ? 3 : 6;
    int index = 0;
    auto add = [&](const QPixmap &pixmap, const QString &text, int line) {
        auto *icon = new QLabel(this);
        icon->setPixmap(pixmap);
        icon->setAccessibleName(text);
        auto *label = new QLabel(text, this);
        label->setTextFormat(Qt::PlainText);   // category names come from a file
        const int column = (index % perLine) * 2;
        const int row = line + index / perLine;
        m_layout->addWidget(icon, row, column);
        m_layout->addWidget(label, row, column + 1);
        m_texts << label;
        ++index;
    };
    const QList<SeatSymbol::Meaning> meanings = SeatSymbol::legend();
    for (SeatSymbol::Meaning meaning : meanings)
        add(SeatSymbol::legendPixmap(meaning, radius, ratio), SeatSymbol::name(meaning), 0);
    const int categoryLine = (index + perLine - 1) / perLine;
    index = 0;
    for (int i = 0; i < m_categories.size(); ++i) {
        const SeatCategory &category = m_categories.at(i);
        add(swatch(SeatMapLook::categoryColour(category.color, i), radius, ratio),
            tr("%1 (free)").arg(category.name), categoryLine);
    }
    m_layout->setColumnStretch(perLine * 2, 1);
}

} // namespace Marquee

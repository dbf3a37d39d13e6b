#include "kioskeventdelegate.h"

#include "domain/event.h"
#include "kioskeventlist.h"
#include "kioskeventsmodel.h"
#include "models/eventtablemodel.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace Marquee {

namespace {

constexpr int CardHeight = 132;
constexpr int Margin = 10;
constexpr int Padding = 18;

QFont scaled(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else if (base.pixelSize() > 0)
        font.setPixelSize(qRound(base.pixelSize() * factor));
    font.setBold(bold);
    return font;
}

} // namespace

KioskEventDelegate::KioskEventDelegate(KioskEventList *list)
    : QStyledItemDelegate(list)
    , m_list(list)
{
}

QString KioskEventDelegate::badgeText(const QModelIndex &index)
{
    if (!index.data(EventTableModel::SoldOutRole).toBool())
        return QString();
    const auto status = EventStatus(index.data(EventTableModel::StatusRole).toInt());
    if (status == EventStatus::Cancelled)
        return tr("CANCELLED");
    if (status != EventStatus::Active)
        return tr("NOT ON SALE");
    return tr("SOLD OUT");
}

QSize KioskEventDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    // Three lines of text and the card's padding: taller when the customer chose larger text.
    const int lines = QFontMetrics(scaled(option.font, 1.45, true)).height() + 2 * QFontMetrics(option.font).height();
    return QSize(option.rect.width() > 0 ? option.rect.width() : 600, qMax(CardHeight, lines + 2 * Padding + Margin + 12));
}

void KioskEventDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Event event = index.data(EventTableModel::EventRole).value<Event>();
    const QString badge = badgeText(index);
    const bool bookable = badge.isEmpty();
    const bool selected = bookable && (option.state & QStyle::State_Selected);
    // The card the keyboard is on, while the list has the focus.
    const bool focused = (option.state & QStyle::State_HasFocus) && m_list->hasFocus();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QRectF card = QRectF(option.rect).adjusted(Margin, Margin / 2.0, -Margin, -Margin / 2.0);
    QPainterPath path;
    path.addRoundedRect(card, 14, 14);
    painter->fillPath(path, bookable ? (selected ? m_list->chosenCardColor() : m_list->cardColor())
                                     : m_list->unavailableCardColor());
    painter->setPen(QPen(selected ? m_list->chosenBorderColor() : m_list->borderColor(), selected ? 3 : 2));
    painter->drawPath(path);
    if (focused) {
        QPainterPath ring;
        ring.addRoundedRect(card.adjusted(-3, -3, 3, 3), 16, 16);
        painter->setPen(QPen(m_list->focusColor(), 5));
        painter->drawPath(ring);
    }

    const QColor strong = bookable ? m_list->textColor() : m_list->unavailableTextColor();
    const QColor soft = bookable ? m_list->softTextColor() : m_list->unavailableSoftTextColor();

    const QRectF inner = card.adjusted(Padding, 12, -Padding, -12);
    const qreal rightWidth = qMin<qreal>(260, inner.width() * 0.35);
    const QRectF left(inner.left(), inner.top(), inner.width() - rightWidth - 12, inner.height());
    const QRectF right(inner.right() - rightWidth, inner.top(), rightWidth, inner.height());

    const QFont titleFont = scaled(option.font, 1.45, true);
    const QFont textFont = option.font;
    const QFont priceFont = scaled(option.font, 1.35, true);

    const qreal lineHeight = inner.height() / 3.0;
    painter->setFont(titleFont);
    painter->setPen(strong);
    painter->drawText(QRectF(left.left(), left.top(), left.width(), lineHeight * 1.2), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(event.title, Qt::ElideRight, int(left.width())));
    painter->setFont(textFont);
    painter->setPen(soft);
    painter->drawText(QRectF(left.left(), left.top() + lineHeight * 1.2, left.width(), lineHeight * 0.9),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(textFont).elidedText(event.venue, Qt::ElideRight, int(left.width())));
    const QString when = index.data(KioskEventsModel::WhenTextRole).toString();
    painter->drawText(QRectF(left.left(), left.top() + lineHeight * 2.1, left.width(), lineHeight * 0.9),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(textFont).elidedText(when, Qt::ElideRight, int(left.width())));

    painter->setFont(priceFont);
    painter->setPen(strong);
    painter->drawText(QRectF(right.left(), right.top(), right.width(), right.height() / 2), Qt::AlignRight | Qt::AlignVCenter,
                      index.data(KioskEventsModel::PriceTextRole).toString());

    const QRectF lower(right.left(), right.top() + right.height() / 2, right.width(), right.height() / 2);
    if (bookable) {
        const int remaining = event.remaining();
        const bool few = remaining <= qMax(5, event.capacity / 10);
        painter->setFont(textFont);
        painter->setPen(few ? m_list->fewSeatsColor() : m_list->seatsColor());
        painter->drawText(lower, Qt::AlignRight | Qt::AlignVCenter, index.data(KioskEventsModel::SeatsTextRole).toString());
    } else {
        QFont badgeFont = option.font;
        badgeFont.setBold(true);
        const QFontMetrics metrics(badgeFont);
        const qreal width = metrics.horizontalAdvance(badge) + 28;
        const qreal height = metrics.height() + 14;
        const QRectF badgeRect(lower.right() - width, lower.center().y() - height / 2, width, height);
        QPainterPath badgePath;
        badgePath.addRoundedRect(badgeRect, 8, 8);
        painter->fillPath(badgePath, m_list->badgeColor());
        painter->setFont(badgeFont);
        painter->setPen(m_list->badgeTextColor());
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
    }
    painter->restore();
}

} // namespace Marquee

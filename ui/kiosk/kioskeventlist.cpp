#include "kioskeventlist.h"

namespace Marquee {

KioskEventList::KioskEventList(QWidget *parent)
    : QListView(parent)
{
}

QColor KioskEventList::orPalette(const QColor &color, QPalette::ColorRole role) const
{
    return color.isValid() ? color : palette().color(role);
}

QColor KioskEventList::cardColor() const
{
    return orPalette(m_cardColor, QPalette::Base);
}

QColor KioskEventList::chosenCardColor() const
{
    return orPalette(m_chosenCardColor, QPalette::AlternateBase);
}

QColor KioskEventList::unavailableCardColor() const
{
    return orPalette(m_unavailableCardColor, QPalette::Button);
}

QColor KioskEventList::borderColor() const
{
    return orPalette(m_borderColor, QPalette::Mid);
}

QColor KioskEventList::chosenBorderColor() const
{
    return orPalette(m_chosenBorderColor, QPalette::Highlight);
}

void KioskEventList::activate(const QModelIndex &index)
{
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEnabled))
        return;
    setCurrentIndex(index);
    emit activated(index);
}

QColor KioskEventList::focusColor() const
{
    return orPalette(m_focusColor, QPalette::Highlight);
}

QColor KioskEventList::textColor() const
{
    return orPalette(m_textColor, QPalette::Text);
}

QColor KioskEventList::softTextColor() const
{
    return orPalette(m_softTextColor, QPalette::PlaceholderText);
}

QColor KioskEventList::unavailableTextColor() const
{
    return orPalette(m_unavailableTextColor, QPalette::PlaceholderText);
}

QColor KioskEventList::unavailableSoftTextColor() const
{
    return orPalette(m_unavailableSoftTextColor, QPalette::PlaceholderText);
}

QColor KioskEventList::seatsColor() const
{
    return orPalette(m_seatsColor, QPalette::Text);
}

QColor KioskEventList::fewSeatsColor() const
{
    return orPalette(m_fewSeatsColor, QPalette::Text);
}

QColor KioskEventList::badgeColor() const
{
    return orPalette(m_badgeColor, QPalette::Highlight);
}

QColor KioskEventList::badgeTextColor() const
{
    return orPalette(m_badgeTextColor, QPalette::HighlightedText);
}

} // namespace Marquee

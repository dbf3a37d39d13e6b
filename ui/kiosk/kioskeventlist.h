#pragma once

#include <QColor>
#include <QListView>

namespace Marquee {

// The kiosk's list of events. It carries the colours its cards are painted in (KioskEventDelegate) as properties,
// so they are set where every other kiosk colour is: in kiosk.qss (Marquee--KioskEventList { qproperty-… }).
// A colour the stylesheet leaves out comes from the palette. Arrows move between events, Enter (or a tap) opens
// one; KioskEventListAccessible exposes each event as one item.
class KioskEventList final : public QListView
{
    Q_OBJECT
    Q_PROPERTY(QColor cardColor READ cardColor WRITE setCardColor)
    Q_PROPERTY(QColor chosenCardColor READ chosenCardColor WRITE setChosenCardColor)
    Q_PROPERTY(QColor unavailableCardColor READ unavailableCardColor WRITE setUnavailableCardColor)
    Q_PROPERTY(QColor borderColor READ borderColor WRITE setBorderColor)
    Q_PROPERTY(QColor chosenBorderColor READ chosenBorderColor WRITE setChosenBorderColor)
    Q_PROPERTY(QColor focusColor READ focusColor WRITE setFocusColor)
    Q_PROPERTY(QColor textColor READ textColor WRITE setTextColor)
    Q_PROPERTY(QColor softTextColor READ softTextColor WRITE setSoftTextColor)
    Q_PROPERTY(QColor unavailableTextColor READ unavailableTextColor WRITE setUnavailableTextColor)
    Q_PROPERTY(QColor unavailableSoftTextColor READ unavailableSoftTextColor WRITE setUnavailableSoftTextColor)
    Q_PROPERTY(QColor seatsColor READ seatsColor WRITE setSeatsColor)
    Q_PROPERTY(QColor fewSeatsColor READ fewSeatsColor WRITE setFewSeatsColor)
    Q_PROPERTY(QColor badgeColor READ badgeColor WRITE setBadgeColor)
    Q_PROPERTY(QColor badgeTextColor READ badgeTextColor WRITE setBadgeTextColor)

public:
    explicit KioskEventList(QWidget *parent = nullptr);

    // Opens an event as a tap or Enter does (emits activated): what assistive technology's "press" calls.
    void activate(const QModelIndex &index);

    // A card of an event that can be booked.
    QColor cardColor() const;
    void setCardColor(const QColor &color) { m_cardColor = color; }
    // The card the customer just tapped.
    QColor chosenCardColor() const;
    void setChosenCardColor(const QColor &color) { m_chosenCardColor = color; }
    // A sold-out (or no longer on sale) event's card.
    QColor unavailableCardColor() const;
    void setUnavailableCardColor(const QColor &color) { m_unavailableCardColor = color; }
    QColor borderColor() const;
    void setBorderColor(const QColor &color) { m_borderColor = color; }
    QColor chosenBorderColor() const;
    void setChosenBorderColor(const QColor &color) { m_chosenBorderColor = color; }
    // Title and price of a bookable event.
    // The ring around the card the keyboard is on.
    QColor focusColor() const;
    void setFocusColor(const QColor &color) { m_focusColor = color; }
    QColor textColor() const;
    void setTextColor(const QColor &color) { m_textColor = color; }
    // Its venue and time.
    QColor softTextColor() const;
    void setSoftTextColor(const QColor &color) { m_softTextColor = color; }
    QColor unavailableTextColor() const;
    void setUnavailableTextColor(const QColor &color) { m_unavailableTextColor = color; }
    QColor unavailableSoftTextColor() const;
    void setUnavailableSoftTextColor(const QColor &color) { m_unavailableSoftTextColor = color; }
    // Seats left.
    QColor seatsColor() const;
    void setSeatsColor(const QColor &color) { m_seatsColor = color; }
    // Seats left, when few are.
    QColor fewSeatsColor() const;
    void setFewSeatsColor(const QColor &color) { m_fewSeatsColor = color; }
    // The SOLD OUT badge.
    QColor badgeColor() const;
    void setBadgeColor(const QColor &color) { m_badgeColor = color; }
    QColor badgeTextColor() const;
    void setBadgeTextColor(const QColor &color) { m_badgeTextColor = color; }

private:
    QColor orPalette(const QColor &color, QPalette::ColorRole role) const;

    QColor m_cardColor;
    QColor m_chosenCardColor;
    QColor m_unavailableCardColor;
    QColor m_borderColor;
    QColor m_chosenBorderColor;
    QColor m_focusColor;
    QColor m_textColor;
    QColor m_softTextColor;
    QColor m_unavailableTextColor;
    QColor m_unavailableSoftTextColor;
    QColor m_seatsColor;
    QColor m_fewSeatsColor;
    QColor m_badgeColor;
    QColor m_badgeTextColor;
};

} // namespace Marquee

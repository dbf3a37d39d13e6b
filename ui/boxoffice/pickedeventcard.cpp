#include "pickedeventcard.h"

#include "venue/venueformat.h"

#include "common/texttone.h"
#include "desklook.h"
#include "domain/event.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Marquee {

PickedEventCard::PickedEventCard(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pickedEvent"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // titles are typed by people: never rich text
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_remaining = new QLabel(this);
    m_remaining->setObjectName(QStringLiteral("pickedRemaining"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_remaining);
}

void PickedEventCard::display(const Event *event, bool picked)
{
    if (!event) {
        m_title->setText(picked ? tr("Loading the event…") : tr("No event picked yet"));
        m_details->clear();
        m_remaining->clear();
        return;
    }
    const VenueFormat format(m_venue, QLocale());
    m_title->setText(event->title);
    m_details->setText(tr("%1 · %2 · %3 per ticket")
                           .arg(format.dateTime(event->startsAt, QLocale::LongFormat), event->venue,
                                format.money(event->price)));
    const bool unavailable = event->remaining() <= 0 || event->status != EventStatus::Active;
    if (event->status != EventStatus::Active)
        m_remaining->setText(tr("Not on sale"));
    else if (event->remaining() <= 0)
        m_remaining->setText(tr("Sold out"));
    else
        m_remaining->setText(tr("%n seat(s) left", nullptr, event->remaining()));
    DeskLook::setTone(m_remaining, unavailable ? TextTone::StrongBad : TextTone::StrongGood);
}

} // namespace Marquee

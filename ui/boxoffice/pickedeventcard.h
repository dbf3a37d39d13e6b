#pragma once

#include "domain/venuesettings.h"

#include <QFrame>

class QLabel;

namespace Marquee {

struct Event;

// The event the clerk picked, large enough to read back to the customer: its title, when and where, the price of a
// ticket and the seats left (kept live by the terminal's events model).
class PickedEventCard final : public QFrame
{
    Q_OBJECT

public:
    explicit PickedEventCard(QWidget *parent = nullptr);

    // `event` is null until the picked event is known; `picked` says whether one was picked at all.
    void display(const Event *event, bool picked);
    // Times in the venue's zone, prices in its currency.
    void setVenue(const VenueSettings &venue) { m_venue = venue; }

private:
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_remaining = nullptr;
    VenueSettings m_venue;
};

} // namespace Marquee

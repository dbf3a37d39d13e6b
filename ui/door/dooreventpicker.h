#pragma once

#include "domain/event.h"
#include "domain/venuesettings.h"

#include <QDialog>
#include <QList>
#include <QSet>

class QListWidget;

namespace Marquee {

// Chosen at the door: which of the coming events this entrance admits (today's are ticked at the start).
// A ticket of an event not ticked is refused (MQ022). Needs at least one.
class DoorEventPicker final : public QDialog
{
    Q_OBJECT

public:
    DoorEventPicker(const QList<Event> &events, const QSet<qint64> &chosen, const VenueSettings &venue,
                    QWidget *parent = nullptr);

    QList<qint64> chosen() const;

private:
    QListWidget *m_list = nullptr;
};

} // namespace Marquee

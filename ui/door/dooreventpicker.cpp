#include "dooreventpicker.h"

#include "venue/venueformat.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Marquee {

DoorEventPicker::DoorEventPicker(const QList<Event> &events, const QSet<qint64> &chosen, const VenueSettings &venue,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("doorEventPicker"));
    setWindowTitle(tr("Events this entrance admits"));
    // A child of the door view: its dark look would otherwise reach the dialog's texts.
    setStyleSheet(QStringLiteral("QLabel { color: palette(window-text); }"));
    auto *intro = new QLabel(tr("Tick the events whose tickets this entrance lets in."), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("doorEventList"));
    const VenueFormat format(venue, locale());
    for (const Event &event : events) {
        // Plain text: a list item never renders markup.
        auto *item = new QListWidgetItem(tr("%1 — %2, %3").arg(format.dateTime(event.startsAt), event.title, event.venue),
                                         m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(event.id) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, event.id);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Admit these"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!this->chosen().isEmpty()); };
    connect(m_list, &QListWidget::itemChanged, this, update);
    update();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

QList<qint64> DoorEventPicker::chosen() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

} // namespace Marquee

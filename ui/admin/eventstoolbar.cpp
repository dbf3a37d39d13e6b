#include "eventstoolbar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace Marquee {

EventsToolbar::EventsToolbar(QWidget *parent)
    : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("eventSearch"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("eventStatusFilter"));
    m_newButton = new QPushButton(this);
    m_editButton = new QPushButton(this);
    m_cancelButton = new QPushButton(this);
    m_exportButton = new QPushButton(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("eventCount"));

    auto *bar = new QHBoxLayout(this);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 2);
    bar->addWidget(m_status);
    bar->addWidget(m_count, 1);
    bar->addWidget(m_newButton);
    bar->addWidget(m_editButton);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_exportButton);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &EventsToolbar::queryChanged);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::activated, this, &EventsToolbar::queryChanged);
    connect(m_newButton, &QPushButton::clicked, this, &EventsToolbar::newRequested);
    connect(m_editButton, &QPushButton::clicked, this, &EventsToolbar::editRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &EventsToolbar::cancelRequested);
    connect(m_exportButton, &QPushButton::clicked, this, &EventsToolbar::exportRequested);

    retranslate();
}

EventQuery EventsToolbar::query() const
{
    EventQuery query;
    query.search = m_search->text().trimmed();
    if (m_status->currentData().isValid())
        query.status = EventStatus(m_status->currentData().toInt());
    return query;
}

void EventsToolbar::setCount(int shown, int total)
{
    m_shown = shown;
    m_total = total;
    showCount();
}

void EventsToolbar::showCount()
{
    const QLocale locale;
    if (m_total >= 0)
        m_count->setText(tr("%1 of %2 events loaded").arg(locale.toString(m_shown), locale.toString(m_total)));
    else
        m_count->setText(tr("%1 events loaded").arg(locale.toString(m_shown)));
}

void EventsToolbar::setActions(bool eventChosen, bool cancellable)
{
    m_editButton->setEnabled(eventChosen);
    m_cancelButton->setEnabled(eventChosen && cancellable);
    m_exportButton->setEnabled(eventChosen);
}

void EventsToolbar::retranslate()
{
    m_search->setPlaceholderText(tr("Search title or venue"));
    const QVariant current = m_status->currentData();
    m_status->clear();
    m_status->addItem(tr("All events"));
    m_status->addItem(tr("On sale"), int(EventStatus::Active));
    m_status->addItem(tr("Cancelled"), int(EventStatus::Cancelled));
    m_status->addItem(tr("Completed"), int(EventStatus::Completed));
    m_status->setCurrentIndex(qMax(0, m_status->findData(current)));
    m_newButton->setText(tr("New event…"));
    m_editButton->setText(tr("Edit…"));
    m_cancelButton->setText(tr("Cancel event…"));
    m_exportButton->setText(tr("Export bookings…"));
    showCount();
}

void EventsToolbar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Marquee

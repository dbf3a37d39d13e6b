#include "bookinglimitspanel.h"

#include "adminlook.h"

#include "booking/bookingservice.h"
#include "domain/bookinglimits.h"
#include "session/terminalsession.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>

namespace Marquee {

namespace {

constexpr StaffGroup Groups[] = {StaffGroup::Kiosk, StaffGroup::BoxOffice, StaffGroup::Admin};

QSpinBox *limitBox(QWidget *parent, const QString &objectName)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0, BookingLimits::MaxLimit);
    box->setAccelerated(true);
    return box;
}

} // namespace

BookingLimitsPanel::BookingLimitsPanel(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_box = new QGroupBox(this);
    auto *grid = new QGridLayout(m_box);
    m_perMinuteHeader = new QLabel(m_box);
    m_perCustomerHeader = new QLabel(m_box);
    grid->addWidget(m_perMinuteHeader, 0, 1);
    grid->addWidget(m_perCustomerHeader, 0, 2);
    int row = 1;
    for (StaffGroup group : Groups) {
        const QString name = staffGroupName(group);
        Row r;
        r.group = new QLabel(m_box);
        r.perMinute = limitBox(m_box, name + QStringLiteral("_perMinute"));
        r.perCustomer = limitBox(m_box, name + QStringLiteral("_perCustomer"));
        grid->addWidget(r.group, row, 0);
        grid->addWidget(r.perMinute, row, 1);
        grid->addWidget(r.perCustomer, row, 2);
        m_rows.append(r);
        ++row;
    }
    m_save = new QPushButton(m_box);
    m_save->setObjectName(QStringLiteral("saveBookingLimits"));
    m_status = new QLabel(m_box);
    m_status->setObjectName(QStringLiteral("bookingLimitsStatus"));
    m_status->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_save);
    grid->addLayout(bar, row, 0, 1, 3);
    grid->setColumnStretch(3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);

    connect(m_save, &QPushButton::clicked, this, &BookingLimitsPanel::save);
    retranslate();
    reload();
}

void BookingLimitsPanel::reload()
{
    m_load.ask(m_session->bookings().limits(), this, [this](Result<QList<BookingLimits>> result) {
        if (!result) {
            showStatus(result.error().message(), true);
            return;
        }
        for (const BookingLimits &limits : result.value()) {
            for (int i = 0; i < int(std::size(Groups)); ++i) {
                if (Groups[i] != limits.group)
                    continue;
                m_rows[i].perMinute->setValue(limits.bookingsPerMinute.value_or(0));
                m_rows[i].perCustomer->setValue(limits.ticketsPerCustomerEvent.value_or(0));
            }
        }
        emit loaded();
    });
}

void BookingLimitsPanel::save()
{
    m_save->setEnabled(false);
    // Three rows, three small writes; the answer is given once all are back.
    auto pending = std::make_shared<int>(int(std::size(Groups)));
    auto failure = std::make_shared<QString>();
    for (int i = 0; i < int(std::size(Groups)); ++i) {
        BookingLimits limits;
        limits.group = Groups[i];
        if (const int value = m_rows[i].perMinute->value(); value > 0)
            limits.bookingsPerMinute = value;
        if (const int value = m_rows[i].perCustomer->value(); value > 0)
            limits.ticketsPerCustomerEvent = value;
        m_session->bookings().saveLimits(limits).then(this, [this, pending, failure](Result<void> result) {
            if (!result && failure->isEmpty())
                *failure = result.error().message();
            if (--*pending > 0)
                return;
            m_save->setEnabled(true);
            const QString message = failure->isEmpty() ? tr("The booking limits were saved; they apply to the next booking.")
                                                       : *failure;
            showStatus(message, !failure->isEmpty());
            reload();
            emit saved(failure->isEmpty(), message);
        });
    }
}

void BookingLimitsPanel::showStatus(const QString &message, bool error)
{
    AdminLook::setTone(m_status, error ? TextTone::Bad : TextTone::Plain);
    m_status->setText(message);
}

void BookingLimitsPanel::retranslate()
{
    m_box->setTitle(tr("Booking limits (against hoarding; 0 is no limit)"));
    m_perMinuteHeader->setText(tr("Bookings a minute, per login"));
    m_perCustomerHeader->setText(tr("Tickets per customer phone and event"));
    const QString groupNames[] = {tr("Kiosks"), tr("Box office"), tr("Admins")};
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].group->setText(groupNames[i]);
        m_rows[i].perMinute->setSpecialValueText(tr("No limit"));
        m_rows[i].perCustomer->setSpecialValueText(tr("No limit"));
    }
    m_save->setText(tr("Save limits"));
}

void BookingLimitsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Marquee

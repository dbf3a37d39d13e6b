#include "venuesettingspage.h"

#include "adminlook.h"
#include "session/terminalsession.h"
#include "venue/settingsservice.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Marquee {

namespace {

const QString ZoneKey = QStringLiteral("venue_time_zone");
const QString CurrencyKey = QStringLiteral("currency");
const QString ReservationKey = QStringLiteral("reservation_seconds");
const QString LateKey = QStringLiteral("late_sale_minutes");
const QString CapPercentKey = QStringLiteral("kiosk_reservation_cap_percent");
const QString CapMinimumKey = QStringLiteral("kiosk_reservation_cap_minimum");

} // namespace

VenueSettingsPage::VenueSettingsPage(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("venueTimeZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    m_currency = new QLineEdit(this);
    m_currency->setObjectName(QStringLiteral("venueCurrency"));
    m_currency->setMaxLength(3);
    auto number = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setMaxLength(7);
        edit->setInputMethodHints(Qt::ImhDigitsOnly);
        return edit;
    };
    m_reservationMinutes = number(QStringLiteral("reservationMinutes"));
    m_lateMinutes = number(QStringLiteral("lateSaleMinutes"));
    m_capPercent = number(QStringLiteral("kioskCapPercent"));
    m_capMinimum = number(QStringLiteral("kioskCapMinimum"));

    m_form = new QFormLayout;
    const QList<QPair<QString, QWidget *>> rows = {{ZoneKey, m_zone}, {CurrencyKey, m_currency},
                                                   {ReservationKey, m_reservationMinutes}, {LateKey, m_lateMinutes},
                                                   {CapPercentKey, m_capPercent}, {CapMinimumKey, m_capMinimum}};
    for (const auto &[key, widget] : rows) {
        auto *label = new QLabel(this);
        label->setBuddy(widget);
        auto *error = new QLabel(this);
        error->setObjectName(key + QStringLiteral("Error"));
        error->setWordWrap(true);
        AdminLook::setTone(error, TextTone::Bad);
        error->hide();
        auto *cell = new QVBoxLayout;
        cell->setContentsMargins(0, 0, 0, 0);
        cell->addWidget(widget);
        cell->addWidget(error);
        m_form->addRow(label, cell);
        m_labels.insert(key, label);
        m_errors.insert(key, error);
    }
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("venueSettingsStatus"));
    m_status->setWordWrap(true);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveVenueSettings"));
    m_revert = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &VenueSettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &VenueSettingsPage::reload);
    retranslate();
    display(session->venueSettings());
}

void VenueSettingsPage::retranslate()
{
    m_labels.value(ZoneKey)->setText(tr("&Time zone"));
    m_labels.value(CurrencyKey)->setText(tr("C&urrency (ISO code, e.g. THB)"));
    m_labels.value(ReservationKey)->setText(tr("Kiosk reservations are held for (&minutes)"));
    m_labels.value(LateKey)->setText(tr("The box office sells until this long after the start (m&inutes)"));
    m_labels.value(CapPercentKey)->setText(tr("A kiosk may hold at most (% of the capacity)"));
    m_labels.value(CapMinimumKey)->setText(tr("… and at least (seats)"));
    m_save->setText(tr("&Save settings"));
    m_revert->setText(tr("Re&vert"));
}

void VenueSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QWidget *VenueSettingsPage::field(const QString &key) const
{
    if (key == ZoneKey) return m_zone;
    if (key == CurrencyKey) return m_currency;
    if (key == ReservationKey) return m_reservationMinutes;
    if (key == LateKey) return m_lateMinutes;
    if (key == CapPercentKey) return m_capPercent;
    if (key == CapMinimumKey) return m_capMinimum;
    return nullptr;
}

void VenueSettingsPage::display(const VenueSettings &settings)
{
    m_zone->setCurrentText(settings.timeZoneId);
    m_currency->setText(settings.currency);
    // Held in seconds by the database; an admin thinks in minutes. A value that is no whole minute shows as is.
    m_reservationMinutes->setText(settings.reservationSeconds % 60 == 0 ? QString::number(settings.reservationSeconds / 60)
                                                                        : QString::number(settings.reservationSeconds / 60.0));
    m_lateMinutes->setText(QString::number(settings.lateSaleMinutes));
    m_capPercent->setText(QString::number(settings.kioskReservationCapPercent));
    m_capMinimum->setText(QString::number(settings.kioskReservationCapMinimum));
}

void VenueSettingsPage::reload()
{
    clearErrors();
    m_read.ask(m_session->settings().venue(), this, [this](Result<VenueSettings> venue) {
        if (!venue) {
            AdminLook::setTone(m_status, TextTone::Bad);
            m_status->setText(venue.error().message());
            return;
        }
        m_status->clear();
        display(venue.value());
    });
}

void VenueSettingsPage::clearErrors()
{
    for (QLabel *error : std::as_const(m_errors))
        error->hide();
    m_status->clear();
}

void VenueSettingsPage::showError(const QString &key, const QString &message)
{
    QLabel *error = m_errors.value(key);
    if (!error) {
        AdminLook::setTone(m_status, TextTone::Bad);
        m_status->setText(message);
        return;
    }
    error->setText(message);
    error->show();
    if (QWidget *widget = field(key))
        widget->setFocus(Qt::OtherFocusReason);
}

void VenueSettingsPage::save()
{
    if (m_busy)
        return;
    clearErrors();
    VenueSettings settings;
    settings.timeZoneId = m_zone->currentText().trimmed();
    settings.currency = m_currency->text().trimmed();
    bool ok = true;
    auto whole = [&ok, this](QLineEdit *edit, const QString &key, int low, int high, int *out) {
        bool parsed = false;
        const int value = edit->text().trimmed().toInt(&parsed);
        if (!parsed || value < low || value > high) {
            showError(key, tr("Enter a whole number from %1 to %2.").arg(low).arg(high));
            ok = false;
            return;
        }
        *out = value;
    };
    int reservationMinutes = 0;
    whole(m_reservationMinutes, ReservationKey, 1, 24 * 60, &reservationMinutes);
    whole(m_lateMinutes, LateKey, 0, 24 * 60, &settings.lateSaleMinutes);
    whole(m_capPercent, CapPercentKey, 0, 100, &settings.kioskReservationCapPercent);
    whole(m_capMinimum, CapMinimumKey, 0, 100000, &settings.kioskReservationCapMinimum);
    settings.reservationSeconds = reservationMinutes * 60;
    if (!QTimeZone(settings.timeZoneId.toUtf8()).isValid()) {
        showError(ZoneKey, Error(ErrorCode::TimeZoneInvalid).message());
        ok = false;
    }
    if (!ok)
        return;
    m_busy = true;
    m_save->setEnabled(false);
    m_session->settings().saveVenue(settings).then(this, [this](Result<VenueSettings> saved) {
        m_busy = false;
        m_save->setEnabled(true);
        if (!saved) {
            showError(saved.error().field(), saved.error().message());
            return;
        }
        display(saved.value());
        AdminLook::setTone(m_status, TextTone::Good);
        m_status->setText(tr("Saved. This terminal shows times and prices in them now; the others at their next start."));
        m_session->reloadVenueSettings();
    });
}

} // namespace Marquee

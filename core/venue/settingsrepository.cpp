#include "settingsrepository.h"

#include "database/connection.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

#include <optional>

namespace Marquee {

namespace {

struct NumberRule
{
    const char *key;
    int minimum;
    int maximum;
};

// The ranges of migrations/0010's setting_is_valid for the venue's numbers.
constexpr NumberRule NumberRules[] = {
    {"reservation_seconds", 1, 86400},
    {"late_sale_minutes", 0, 1440},
    {"kiosk_reservation_cap_percent", 0, 100},
    {"kiosk_reservation_cap_minimum", 1, 100000},
};

QList<QPair<QString, QString>> keyValues(const VenueSettings &settings)
{
    return {{QStringLiteral("venue_time_zone"), settings.timeZoneId},
            {QStringLiteral("currency"), settings.currency},
            {QStringLiteral("reservation_seconds"), QString::number(settings.reservationSeconds)},
            {QStringLiteral("late_sale_minutes"), QString::number(settings.lateSaleMinutes)},
            {QStringLiteral("kiosk_reservation_cap_percent"), QString::number(settings.kioskReservationCapPercent)},
            {QStringLiteral("kiosk_reservation_cap_minimum"), QString::number(settings.kioskReservationCapMinimum)}};
}

} // namespace

SettingsRepository::SettingsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<Error> SettingsRepository::check(const QString &key, const QString &value)
{
    if (key == QLatin1String("venue_time_zone")) {
        // What the database accepts: a name of the tz database, not an abbreviation or an offset.
        static const QRegularExpression name(QStringLiteral("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"));
        if (!name.match(value).hasMatch() || value.back().isDigit() || value.startsWith(QLatin1String("posix/"))
            || value.startsWith(QLatin1String("right/")) || !QTimeZone::isTimeZoneIdAvailable(value.toUtf8()))
            return Error(ErrorCode::TimeZoneInvalid);
        return std::nullopt;
    }
    if (key == QLatin1String("currency")) {
        static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
        if (!code.match(value).hasMatch())
            return Error(ErrorCode::CurrencyInvalid);
        return std::nullopt;
    }
    for (const NumberRule &rule : NumberRules) {
        if (key != QLatin1String(rule.key))
            continue;
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,6}$"));
        if (!digits.match(value).hasMatch() || value.toInt() < rule.minimum || value.toInt() > rule.maximum)
            return Error(ErrorCode::SettingOutOfRange, QStringLiteral("%1: %2 to %3").arg(key).arg(rule.minimum).arg(rule.maximum),
                         key);
        return std::nullopt;
    }
    return Error(ErrorCode::PermissionDenied, QStringLiteral("%1 is not a venue setting").arg(key));
}

Result<VenueSettings> SettingsRepository::venue()
{
    QSqlQuery q = Connection::query(m_db);
    if (auto r = Connection::exec(q, QStringLiteral(
            "SELECT time_zone, currency, reservation_seconds, late_sale_minutes, kiosk_reservation_cap_percent, "
            "kiosk_reservation_cap_minimum FROM marquee.venue_settings()")); !r) {
        if (r.error().sqlState() == QLatin1String("42883"))
            return VenueSettings();
        return r.error();
    }
    if (!q.next())
        return VenueSettings();
    VenueSettings settings;
    settings.timeZoneId = q.value(0).toString();
    settings.currency = q.value(1).toString();
    settings.reservationSeconds = q.value(2).toInt();
    settings.lateSaleMinutes = q.value(3).toInt();
    settings.kioskReservationCapPercent = q.value(4).toInt();
    settings.kioskReservationCapMinimum = q.value(5).toInt();
    return settings;
}

Result<QList<Setting>> SettingsRepository::list()
{
    QSqlQuery q = Connection::query(m_db);
    if (auto r = Connection::exec(q, QStringLiteral(
            "SELECT key, value, description, admin_editable, updated_at FROM marquee.settings "
            "ORDER BY admin_editable DESC, key")); !r)
        return r.error();
    QList<Setting> settings;
    while (q.next())
        settings.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                         q.value(4).toDateTime()});
    return settings;
}

Result<void> SettingsRepository::set(const QString &key, const QString &value)
{
    if (auto problem = check(key, value))
        return *problem;
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT marquee.set_setting(:key, :value)"));
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":value"), value);
    if (auto r = Connection::exec(q); !r) {
        Error error = r.error();
        if (error.code() == ErrorCode::SettingOutOfRange)
            return Error(ErrorCode::SettingOutOfRange, error.detail(), key);
        return error;
    }
    return Connection::committed(q);
}

Result<VenueSettings> SettingsRepository::saveVenue(const VenueSettings &settings)
{
    const auto wanted = keyValues(settings);
    for (const auto &[key, value] : wanted) {
        if (auto problem = check(key, value))
            return *problem;
    }
    auto stored = venue();
    if (!stored)
        return stored.error();
    const auto current = keyValues(stored.value());
    if (!m_db.transaction())
        return Connection::errorOf(QSqlQuery(m_db));
    for (int i = 0; i < wanted.size(); ++i) {
        if (wanted.at(i).second == current.at(i).second)
            continue;
        if (auto r = set(wanted.at(i).first, wanted.at(i).second); !r) {
            m_db.rollback();
            return r.error();
        }
    }
    if (!m_db.commit()) {
        const Error error = Connection::errorOf(QSqlQuery(m_db));
        m_db.rollback();
        return error;
    }
    return venue();
}

} // namespace Marquee

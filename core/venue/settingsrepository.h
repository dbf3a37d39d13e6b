#pragma once

#include "common/result.h"
#include "domain/venuesettings.h"

#include <QList>
#include <QSqlDatabase>

namespace Marquee {

// The venue's settings (migrations/0010): every group reads the venue's through marquee.venue_settings(); admins
// list every row of marquee.settings and change the venue's through marquee.set_setting().
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db);

    // For every terminal. A database older than issue #11 (no venue_settings()) gives the defaults.
    Result<VenueSettings> venue();

    // Admins: every setting, the housekeeping ones (owner only) included.
    Result<QList<Setting>> list();

    // Admins: one venue setting. Checked here first (the field's own error: TimeZoneInvalid, CurrencyInvalid,
    // SettingOutOfRange), then by the database (PermissionDenied for a key that is not the venue's).
    Result<void> set(const QString &key, const QString &value);

    // Admins: every venue setting that differs from what is stored, in one transaction: all or nothing.
    Result<VenueSettings> saveVenue(const VenueSettings &settings);

    // The client's check of one venue setting, the same rule the database applies.
    static std::optional<Error> check(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace Marquee

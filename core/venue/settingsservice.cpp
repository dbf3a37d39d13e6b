#include "settingsservice.h"

#include "database/databaseworker.h"
#include "settingsrepository.h"

namespace Marquee {

using Kind = DatabaseWorker::Kind;

SettingsService::SettingsService(DatabaseWorker *reads, DatabaseWorker *writes)
    : m_reads(reads)
    , m_writes(writes)
{
}

Reply<VenueSettings> SettingsService::venue()
{
    return m_reads->ask(Kind::Read, [](QSqlDatabase &db) { return SettingsRepository(db).venue(); });
}

Reply<QList<Setting>> SettingsService::list()
{
    return m_reads->ask(Kind::Read, [](QSqlDatabase &db) { return SettingsRepository(db).list(); });
}

Reply<void> SettingsService::set(const QString &key, const QString &value)
{
    if (auto problem = SettingsRepository::check(key, value))
        return Reply<void>::answered(*problem);
    return m_writes->ask(Kind::Write, [key, value](QSqlDatabase &db) { return SettingsRepository(db).set(key, value); });
}

Reply<VenueSettings> SettingsService::saveVenue(const VenueSettings &settings)
{
    return m_writes->ask(Kind::Write, [settings](QSqlDatabase &db) { return SettingsRepository(db).saveVenue(settings); });
}

} // namespace Marquee

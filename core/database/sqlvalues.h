#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Marquee::Sql {

// Values bound to queries in a form PostgreSQL reads exactly, whatever the client's time zone.

// An instant, as ISO 8601 in UTC, for a :param::timestamptz.
inline QString timestamp(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

// "%text%" for ILIKE, with the pattern characters in the text matched literally.
inline QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// A PostgreSQL array literal of integers, for a :param::bigint[].
template<typename Container>
QString bigintArray(const Container &ids)
{
    QStringList parts;
    for (const auto id : ids)
        parts << QString::number(id);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

// "a,b,c" from array_to_string(x, ','), as a list.
inline QStringList splitList(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(QLatin1Char(','));
}

} // namespace Marquee::Sql

#pragma once

#include <QLocale>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Marquee {

// An exact amount of money in minor units (satang, cents). It travels to and from PostgreSQL as a
// decimal string ("1250.50") bound to a numeric, so no double ever sits in between.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromMinorUnits(qint64 minor) { Money m; m.m_minor = minor; return m; }

    // Parses "1250", "1250.5", "1250.50", "-3.10". Refuses more than two decimals or anything else.
    static std::optional<Money> fromDecimalString(const QString &text);

    // What the QPSQL driver returns for a numeric column under QSql::HighPrecision.
    static Money fromDatabase(const QVariant &value);

    constexpr qint64 minorUnits() const { return m_minor; }
    QString toDecimalString() const;                 // "1250.50", for SQL and CSV
    QString toDisplayString(const QLocale &locale) const; // "1,250.50" in the person's locale

    friend constexpr Money operator+(Money a, Money b) { return fromMinorUnits(a.m_minor + b.m_minor); }
    friend constexpr Money operator-(Money a, Money b) { return fromMinorUnits(a.m_minor - b.m_minor); }
    friend constexpr Money operator*(Money a, qint64 n) { return fromMinorUnits(a.m_minor * n); }
    friend constexpr bool operator==(Money a, Money b) { return a.m_minor == b.m_minor; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_minor != b.m_minor; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_minor < b.m_minor; }
    friend constexpr bool operator<=(Money a, Money b) { return a.m_minor <= b.m_minor; }
    friend constexpr bool operator>(Money a, Money b) { return a.m_minor > b.m_minor; }
    friend constexpr bool operator>=(Money a, Money b) { return a.m_minor >= b.m_minor; }

private:
    qint64 m_minor = 0;
};

} // namespace Marquee

Q_DECLARE_METATYPE(Marquee::Money)

#pragma once

#include <QCoreApplication>
#include <QString>

namespace Marquee {

// Why a file is not a seating plan in pretix's format: what is wrong and where, told in one translated
// sentence ("Zone 2, row "F", seat 3: category "Stals" is not one of the plan's categories."). A file with a
// problem is refused whole; nothing of it is stored.
class SeatingPlanProblem
{
    Q_DECLARE_TR_FUNCTIONS(SeatingPlanProblem)

public:
    enum class Kind {
        None,
        NotJson,            // detail: the parser's words; line, column
        NotAnObject,
        Missing,            // property
        NotAllowed,         // property: additionalProperties is false everywhere in the schema
        WrongType,          // property, expected
        NotOneOf,           // property, detail: the allowed values
        OutOfRange,         // property
        TooLong,            // property, limit
        HiddenCharacters,   // property
        UnknownCategory,    // value: the category a seat names
        DuplicateCategory,  // value
        DuplicateGuid,      // value, detail: where the guid was seen first
        NoSeats,
        TooManySeats,       // limit
    };

    // What a property must be, in words.
    enum class Expected { String, Integer, Number, Array, Object, Boolean, StringOrNull };

    SeatingPlanProblem() = default;
    SeatingPlanProblem(Kind kind, QString where, QString property = QString());

    static SeatingPlanProblem notJson(const QString &parserMessage, int line, int column);
    static SeatingPlanProblem wrongType(const QString &where, const QString &property, Expected expected);
    static SeatingPlanProblem notOneOf(const QString &where, const QString &property, const QString &allowed);
    static SeatingPlanProblem withValue(Kind kind, const QString &where, const QString &value,
                                        const QString &detail = QString());
    static SeatingPlanProblem withLimit(Kind kind, const QString &where, const QString &property, qint64 limit);

    // Where in the file, in the words the sentence uses ("zone 2, row "F", seat 3"). Numbers count from 1.
    static QString plan();
    static QString category(int index);
    static QString zone(int index);
    static QString row(int zoneIndex, int rowIndex, const QString &rowNumber);
    static QString seat(int zoneIndex, int rowIndex, const QString &rowNumber, int seatIndex);
    static QString area(int zoneIndex, int areaIndex);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::None; }
    QString where() const { return m_where; }
    QString property() const { return m_property; }

    // The one sentence a person reads.
    QString message() const;

private:
    QString what() const;

    Kind m_kind = Kind::None;
    QString m_where;
    QString m_property;
    QString m_value;
    QString m_detail;
    Expected m_expected = Expected::String;
    qint64 m_limit = 0;
    int m_line = 0;
    int m_column = 0;
};

} // namespace Marquee

#include "seatingplanproblem.h"

namespace Marquee {

namespace {

// A value from the file, quoted for a sentence; long ones shortened so the sentence stays readable.
QString quoted(const QString &value)
{
    constexpr int longest = 40;
    const QString shown = value.size() > longest ? value.left(longest - 1) + QChar(0x2026) : value;
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

} // namespace

SeatingPlanProblem::SeatingPlanProblem(Kind kind, QString where, QString property)
    : m_kind(kind)
    , m_where(std::move(where))
    , m_property(std::move(property))
{
}

SeatingPlanProblem SeatingPlanProblem::notJson(const QString &parserMessage, int line, int column)
{
    SeatingPlanProblem problem(Kind::NotJson, QString());
    problem.m_detail = parserMessage;
    problem.m_line = line;
    problem.m_column = column;
    return problem;
}

SeatingPlanProblem SeatingPlanProblem::wrongType(const QString &where, const QString &property, Expected expected)
{
    SeatingPlanProblem problem(Kind::WrongType, where, property);
    problem.m_expected = expected;
    return problem;
}

SeatingPlanProblem SeatingPlanProblem::notOneOf(const QString &where, const QString &property, const QString &allowed)
{
    SeatingPlanProblem problem(Kind::NotOneOf, where, property);
    problem.m_detail = allowed;
    return problem;
}

SeatingPlanProblem SeatingPlanProblem::withValue(Kind kind, const QString &where, const QString &value,
                                                 const QString &detail)
{
    SeatingPlanProblem problem(kind, where);
    problem.m_value = value;
    problem.m_detail = detail;
    return problem;
}

SeatingPlanProblem SeatingPlanProblem::withLimit(Kind kind, const QString &where, const QString &property, qint64 limit)
{
    SeatingPlanProblem problem(kind, where, property);
    problem.m_limit = limit;
    return problem;
}

QString SeatingPlanProblem::plan()
{
    return tr("the plan");
}

QString SeatingPlanProblem::category(int index)
{
    return tr("category %1").arg(index + 1);
}

QString SeatingPlanProblem::zone(int index)
{
    return tr("zone %1").arg(index + 1);
}

QString SeatingPlanProblem::row(int zoneIndex, int rowIndex, const QString &rowNumber)
{
    // A row is named by its row_number when it has one, as people know it; else by its place.
    if (rowNumber.isEmpty())
        return tr("%1, row %2").arg(zone(zoneIndex), QString::number(rowIndex + 1));
    return tr("%1, row %2").arg(zone(zoneIndex), quoted(rowNumber));
}

QString SeatingPlanProblem::seat(int zoneIndex, int rowIndex, const QString &rowNumber, int seatIndex)
{
    return tr("%1, seat %2").arg(row(zoneIndex, rowIndex, rowNumber), QString::number(seatIndex + 1));
}

QString SeatingPlanProblem::area(int zoneIndex, int areaIndex)
{
    return tr("%1, area %2").arg(zone(zoneIndex), QString::number(areaIndex + 1));
}

QString SeatingPlanProblem::what() const
{
    const QString property = QLatin1Char('"') + m_property + QLatin1Char('"');
    switch (m_kind) {
    case Kind::None:
        break;
    case Kind::NotJson:
        return tr("the file is not valid JSON: %1 (line %2, column %3)").arg(m_detail, QString::number(m_line), QString::number(m_column));
    case Kind::NotAnObject:
        return tr("the file does not hold a seating plan: its top level is not a JSON object");
    case Kind::Missing:
        return tr("%1 is missing").arg(property);
    case Kind::NotAllowed:
        return tr("%1 is not part of pretix's seating-plan format here").arg(property);
    case Kind::WrongType: {
        QString expected;
        switch (m_expected) {
        case Expected::String: expected = tr("a string"); break;
        case Expected::Integer: expected = tr("a whole number"); break;
        case Expected::Number: expected = tr("a number"); break;
        case Expected::Array: expected = tr("a list"); break;
        case Expected::Object: expected = tr("an object"); break;
        case Expected::Boolean: expected = tr("true or false"); break;
        case Expected::StringOrNull: expected = tr("a string or null"); break;
        }
        if (m_property.isEmpty())
            return tr("it must be %1").arg(expected);
        return tr("%1 must be %2").arg(property, expected);
    }
    case Kind::NotOneOf:
        return tr("%1 must be one of %2").arg(property, m_detail);
    case Kind::OutOfRange:
        return tr("%1 is out of range: at most %2 away from zero").arg(property, QString::number(m_limit));
    case Kind::TooLong:
        return tr("%1 is longer than %2 characters").arg(property, QString::number(m_limit));
    case Kind::HiddenCharacters:
        return tr("%1 contains control or invisible formatting characters").arg(property);
    case Kind::UnknownCategory:
        return tr("category %1 is not one of the plan's categories").arg(quoted(m_value));
    case Kind::DuplicateCategory:
        return tr("category %1 is defined twice").arg(quoted(m_value));
    case Kind::DuplicateGuid:
        return tr("seat_guid %1 is also used by %2").arg(quoted(m_value), m_detail);
    case Kind::NoSeats:
        return tr("the plan has no seats");
    case Kind::TooManySeats:
        return tr("the plan has more than %1 seats, more than Marquee takes").arg(m_limit);
    }
    return QString();
}

QString SeatingPlanProblem::message() const
{
    if (m_kind == Kind::None)
        return QString();
    QString sentence = m_where.isEmpty() ? what() : tr("%1: %2").arg(m_where, what());
    if (!sentence.isEmpty())
        sentence[0] = sentence.at(0).toUpper();
    return sentence + QLatin1Char('.');
}

} // namespace Marquee

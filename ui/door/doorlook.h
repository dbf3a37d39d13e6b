#pragma once

#include "domain/doorscan.h"

#include <QColor>
#include <QString>

namespace Marquee {

// The door's look in one place. Answers are read from two metres: green for valid, yellow for already used,
// red for not valid, a slate blue when the terminal could not ask — and each also says so in words and with
// its own symbol, so nobody depends on telling the colours apart.
class DoorLook final
{
public:
    enum class Answer { Valid, Used, Invalid, NotChecked, Waiting };

    static Answer answerFor(const DoorScan &scan);
    static QColor background(Answer answer);
    static QColor foreground(Answer answer);
    static QString symbol(Answer answer);   // ✓ ! ✗ ?
    static QString styleSheet();
};

} // namespace Marquee

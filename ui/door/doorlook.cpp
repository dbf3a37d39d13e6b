#include "doorlook.h"

namespace Marquee {

DoorLook::Answer DoorLook::answerFor(const DoorScan &scan)
{
    switch (scan.outcome) {
    case DoorScan::Outcome::Admitted:
    case DoorScan::Outcome::Readmitted:
    case DoorScan::Outcome::CheckedOut:
        return Answer::Valid;
    case DoorScan::Outcome::AlreadyUsed:
        return Answer::Used;
    case DoorScan::Outcome::Refused:
        break;
    }
    return Answer::Invalid;
}

QColor DoorLook::background(Answer answer)
{
    switch (answer) {
    case Answer::Valid: return QColor(0x1b, 0x7f, 0x3b);
    case Answer::Used: return QColor(0xf2, 0xc2, 0x1b);
    case Answer::Invalid: return QColor(0xb3, 0x1b, 0x1b);
    case Answer::NotChecked: return QColor(0x3d, 0x4f, 0x7a);
    case Answer::Waiting: break;
    }
    return QColor(0x26, 0x2a, 0x30);
}

QColor DoorLook::foreground(Answer answer)
{
    // Black on yellow, white on the rest: the contrast that reads from furthest away.
    return answer == Answer::Used ? QColor(0x10, 0x10, 0x10) : QColor(0xff, 0xff, 0xff);
}

QString DoorLook::symbol(Answer answer)
{
    switch (answer) {
    case Answer::Valid: return QStringLiteral("\u2714");     // heavy check mark
    case Answer::Used: return QStringLiteral("!");
    case Answer::Invalid: return QStringLiteral("\u2716");   // heavy multiplication x
    case Answer::NotChecked: return QStringLiteral("?");
    case Answer::Waiting: break;
    }
    return QString();
}

QString DoorLook::styleSheet()
{
    return QStringLiteral(
        "Marquee--DoorView { background: #1d2026; }\n"
        "QLabel { color: #f0f0f0; }\n"
        "QLabel#doorEntrance { font-size: 22pt; font-weight: bold; }\n"
        "QLabel#doorEvents { font-size: 13pt; color: #c8ccd2; }\n"
        "QLabel#doorHeadcount { font-size: 26pt; font-weight: bold; }\n"
        "QLabel#doorHeadcountDetail { font-size: 12pt; color: #c8ccd2; }\n"
        "QLabel#doorFieldLabel { font-size: 14pt; }\n"
        "QLabel#doorDirection { font-size: 16pt; font-weight: bold; padding: 4px 12px; border-radius: 6px;"
        " background: #3a3f47; }\n"
        "QLabel#doorDirection[direction=\"out\"] { background: #7a4b00; }\n"
        "QLineEdit#doorScanField { font-size: 20pt; padding: 6px; background: #ffffff; color: #101010; }\n"
        "QListView#doorLastScans { font-size: 13pt; background: #262a30; color: #f0f0f0; border: none; }\n"
        "QPushButton { font-size: 13pt; padding: 6px 14px; }\n");
}

} // namespace Marquee

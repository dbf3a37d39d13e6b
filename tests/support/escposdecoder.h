#pragma once

#include "printing/monobitmap.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace Marquee::Test {

// One command read back from an ESC/POS byte stream.
struct EscPosCommand
{
    enum class Kind {
        Initialise,        // ESC @
        AutomaticStatus,   // GS a n
        Alignment,         // ESC a n
        Bold,              // ESC E n
        CharacterSize,     // GS ! n
        Text,              // a run of printable ASCII
        LineFeed,          // LF
        FeedLines,         // ESC d n
        QrModel,           // GS ( k … 1 A
        QrModuleSize,      // GS ( k … 1 C
        QrErrorLevel,      // GS ( k … 1 E
        QrStore,           // GS ( k … 1 P 0 data
        QrPrint,           // GS ( k … 1 Q 0
        Raster,            // GS v 0
        Cut,               // GS V
        OpenDrawer,        // ESC p
        PaperStatusRequest, // GS r n
        Unknown            // one byte nothing above explains
    };

    Kind kind = Kind::Unknown;
    QByteArray bytes;     // the command as it was in the stream
    int value = 0;        // n of ESC a, ESC E, GS !, ESC d, GS r, GS a, QR module size and error level; m of GS V
    QByteArray data;      // Text: the characters; QrStore: what the symbol holds
    MonoBitmap raster;    // Raster
};

// Reads what Marquee sent a printer back into commands, text and a picture of the paper: the tests' own ESC/POS
// printer, written from the command reference independently of the encoder.
class EscPosDecoder
{
public:
    // Every complete command; `complete` tells whether the stream ends on a command's end.
    static QList<EscPosCommand> decode(const QByteArray &stream, bool *complete = nullptr);

    // The stream as a person would read it: each printed text line on a line of its own, and the other commands
    // as markers: [INIT], [DRAWER], [QR <data>], [RASTER <w>x<h>], [CUT], [STATUS?].
    static QString toText(const QList<EscPosCommand> &commands);

    // The paper as the printer would print it, `widthDots` wide (576 for 80 mm): the printer's font for text,
    // the raster lines as they are, a QR code for each GS ( k print, a dashed line for each cut, a grey note for
    // the drawer kick.
    static QImage toImage(const QList<EscPosCommand> &commands, int widthDots = 576);

    // Helpers for checks.
    static int count(const QList<EscPosCommand> &commands, EscPosCommand::Kind kind);
    static QStringList qrCodes(const QList<EscPosCommand> &commands); // data of each QR code printed, in order
    static QList<EscPosCommand> ofKind(const QList<EscPosCommand> &commands, EscPosCommand::Kind kind);
    static QImage toImage(const MonoBitmap &bitmap);
};

} // namespace Marquee::Test

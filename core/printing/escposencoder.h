#pragma once

#include "monobitmap.h"

#include <QByteArray>

#include <initializer_list>

namespace Marquee {

// The ESC/POS commands Marquee sends, byte for byte (Epson's ESC/POS reference; every receipt printer that speaks
// ESC/POS on port 9100 knows these). It only appends bytes: what to print and in which order is the layouts' and
// the renderer's business. Text must be printable ASCII: after ESC @ every printer's default code page agrees on
// those 95 characters and on nothing else, so anything beyond them is printed as a raster picture instead
// (see EscPosRenderer).
class EscPosEncoder
{
public:
    enum class Alignment { Left = 0, Centre = 1, Right = 2 };
    // GS ( k <Function 169>: how much of the code may be damaged and still read (7, 15, 25, 30 %).
    enum class QrErrorLevel { L = 48, M = 49, Q = 50, H = 51 };

    // ESC @: forget every setting a previous job left (size, bold, alignment, code page).
    EscPosEncoder &initialise();
    // GS a 0: no automatic status messages, so the only byte the printer sends back is the answer to
    // requestPaperStatus().
    EscPosEncoder &disableAutomaticStatus();
    // ESC a n: takes effect at the start of a line.
    EscPosEncoder &alignment(Alignment alignment);
    // ESC E n
    EscPosEncoder &bold(bool on);
    // GS ! n: 1 to 8 times the normal width and height of a character.
    EscPosEncoder &characterSize(int widthTimes, int heightTimes);
    // Printable ASCII (0x20..0x7E) only; any other byte is a programming error and is left out.
    EscPosEncoder &text(const QByteArray &printableAscii);
    // LF, or ESC d n for several lines.
    EscPosEncoder &lineFeed(int lines = 1);
    // The printer's own QR code, GS ( k: model 2 (Function 165), module size (167), error level (169),
    // the data into the symbol storage (180), print it (181).
    EscPosEncoder &qrCode(const QByteArray &data, int moduleDots = 8, QrErrorLevel level = QrErrorLevel::M);
    // GS v 0: a raster picture, in bands of at most 255 rows (small printer buffers take them better).
    EscPosEncoder &raster(const MonoBitmap &bitmap);
    // GS V 65 n: feed to the cutter (plus n dots) and cut the paper through.
    EscPosEncoder &cut();
    // ESC p 0 t1 t2: a 50 ms pulse on the drawer kick-out connector (pin 2), then 500 ms off.
    EscPosEncoder &openDrawer();
    // GS r 1: the printer answers one byte (its paper sensors) once it has worked through everything before
    // this command. It is not a real-time command, so its answer confirms the whole job reached the printer.
    EscPosEncoder &requestPaperStatus();

    const QByteArray &bytes() const { return m_bytes; }

    static bool isPrintableAscii(char c) { return c >= 0x20 && c <= 0x7e; }

    // The answer to GS r 1 has bit 4 and bit 7 clear. Real-time status answers (DLE EOT) have bit 4 set; so has
    // the first of automatic status's 4 bytes (0xx1xx00), whose other 3 look like an answer and must be skipped
    // (jobs turn automatic status off with GS a 0, but a printer may send one before it reads that).
    static bool isPaperStatusAnswer(char byte) { return (static_cast<unsigned char>(byte) & 0x90u) == 0; }
    static bool isAutomaticStatusStart(char byte) { return (static_cast<unsigned char>(byte) & 0x93u) == 0x10; }

private:
    EscPosEncoder &append(std::initializer_list<int> bytes);

    QByteArray m_bytes;
};

} // namespace Marquee

#include "escposdecoder.h"

#include "common/qrcode.h"

#include <QFont>
#include <QPainter>

#include <algorithm>

namespace Marquee::Test {

namespace {

constexpr char Esc = 0x1b;
constexpr char Gs = 0x1d;
constexpr char Lf = 0x0a;

int byteAt(const QByteArray &s, qsizetype i)
{
    return static_cast<unsigned char>(s.at(i));
}

bool printable(char c)
{
    return c >= 0x20 && c <= 0x7e;
}

} // namespace

QList<EscPosCommand> EscPosDecoder::decode(const QByteArray &s, bool *complete)
{
    QList<EscPosCommand> commands;
    qsizetype i = 0;
    bool incomplete = false;
    auto take = [&](EscPosCommand::Kind kind, qsizetype length, int value = 0) {
        EscPosCommand command;
        command.kind = kind;
        command.bytes = s.mid(i, length);
        command.value = value;
        commands.append(command);
        i += length;
    };
    while (i < s.size() && !incomplete) {
        const char c = s.at(i);
        const qsizetype left = s.size() - i;
        if (printable(c)) {
            qsizetype end = i;
            while (end < s.size() && printable(s.at(end)))
                ++end;
            EscPosCommand command;
            command.kind = EscPosCommand::Kind::Text;
            command.bytes = s.mid(i, end - i);
            command.data = command.bytes;
            commands.append(command);
            i = end;
        } else if (c == Lf) {
            take(EscPosCommand::Kind::LineFeed, 1);
        } else if (c == Esc) {
            if (left < 2) { incomplete = true; break; }
            const char op = s.at(i + 1);
            if (op == '@') {
                take(EscPosCommand::Kind::Initialise, 2);
            } else if (op == 'a' || op == 'E' || op == 'd') {
                if (left < 3) { incomplete = true; break; }
                const auto kind = op == 'a' ? EscPosCommand::Kind::Alignment
                    : op == 'E'             ? EscPosCommand::Kind::Bold
                                            : EscPosCommand::Kind::FeedLines;
                take(kind, 3, byteAt(s, i + 2));
            } else if (op == 'p') {
                if (left < 5) { incomplete = true; break; }
                take(EscPosCommand::Kind::OpenDrawer, 5, byteAt(s, i + 2));
            } else {
                take(EscPosCommand::Kind::Unknown, 1);
            }
        } else if (c == Gs) {
            if (left < 2) { incomplete = true; break; }
            const char op = s.at(i + 1);
            if (op == '!' || op == 'a' || op == 'r') {
                if (left < 3) { incomplete = true; break; }
                const auto kind = op == '!' ? EscPosCommand::Kind::CharacterSize
                    : op == 'a'             ? EscPosCommand::Kind::AutomaticStatus
                                            : EscPosCommand::Kind::PaperStatusRequest;
                take(kind, 3, byteAt(s, i + 2));
            } else if (op == 'V') {
                if (left < 3) { incomplete = true; break; }
                const int m = byteAt(s, i + 2);
                const qsizetype length = m >= 65 ? 4 : 3;
                if (left < length) { incomplete = true; break; }
                take(EscPosCommand::Kind::Cut, length, m);
            } else if (op == 'v') {
                if (left < 8) { incomplete = true; break; }
                if (s.at(i + 2) != '0') { take(EscPosCommand::Kind::Unknown, 1); continue; }
                const int bytesPerRow = byteAt(s, i + 4) | (byteAt(s, i + 5) << 8);
                const int rows = byteAt(s, i + 6) | (byteAt(s, i + 7) << 8);
                const qsizetype length = 8 + qsizetype(bytesPerRow) * rows;
                if (left < length) { incomplete = true; break; }
                EscPosCommand command;
                command.kind = EscPosCommand::Kind::Raster;
                command.bytes = s.mid(i, length);
                command.raster = MonoBitmap::fromRows(bytesPerRow, rows, s.mid(i + 8, length - 8));
                commands.append(command);
                i += length;
            } else if (op == '(') {
                if (left < 5) { incomplete = true; break; }
                if (s.at(i + 2) != 'k') { take(EscPosCommand::Kind::Unknown, 1); continue; }
                const int parameterLength = byteAt(s, i + 3) | (byteAt(s, i + 4) << 8);
                const qsizetype length = 5 + parameterLength;
                if (left < length) { incomplete = true; break; }
                if (parameterLength < 2 || s.at(i + 5) != '1') { take(EscPosCommand::Kind::Unknown, length); continue; }
                const char function = s.at(i + 6);
                EscPosCommand command;
                command.bytes = s.mid(i, length);
                switch (function) {
                case 'A':
                    command.kind = EscPosCommand::Kind::QrModel;
                    command.value = parameterLength > 2 ? byteAt(s, i + 7) : 0;
                    break;
                case 'C': command.kind = EscPosCommand::Kind::QrModuleSize; command.value = byteAt(s, i + 7); break;
                case 'E': command.kind = EscPosCommand::Kind::QrErrorLevel; command.value = byteAt(s, i + 7); break;
                case 'P':
                    command.kind = EscPosCommand::Kind::QrStore;
                    command.data = s.mid(i + 8, parameterLength - 3);
                    break;
                case 'Q': command.kind = EscPosCommand::Kind::QrPrint; break;
                default: command.kind = EscPosCommand::Kind::Unknown; break;
                }
                commands.append(command);
                i += length;
            } else {
                take(EscPosCommand::Kind::Unknown, 1);
            }
        } else {
            take(EscPosCommand::Kind::Unknown, 1);
        }
    }
    if (complete)
        *complete = !incomplete;
    return commands;
}

QString EscPosDecoder::toText(const QList<EscPosCommand> &commands)
{
    QStringList lines;
    QString current;
    QByteArray stored;
    auto endLine = [&]() {
        lines << current;
        current.clear();
    };
    for (const EscPosCommand &command : commands) {
        switch (command.kind) {
        case EscPosCommand::Kind::Text: current += QString::fromLatin1(command.data); break;
        case EscPosCommand::Kind::LineFeed: endLine(); break;
        case EscPosCommand::Kind::FeedLines:
            endLine();
            for (int n = 1; n < command.value; ++n)
                lines << QString();
            break;
        case EscPosCommand::Kind::Initialise: lines << QStringLiteral("[INIT]"); break;
        case EscPosCommand::Kind::OpenDrawer: lines << QStringLiteral("[DRAWER]"); break;
        case EscPosCommand::Kind::QrStore: stored = command.data; break;
        case EscPosCommand::Kind::QrPrint: lines << QStringLiteral("[QR %1]").arg(QString::fromUtf8(stored)); break;
        case EscPosCommand::Kind::Raster:
            lines << QStringLiteral("[RASTER %1x%2]").arg(command.raster.widthDots()).arg(command.raster.heightDots());
            break;
        case EscPosCommand::Kind::Cut: lines << QStringLiteral("[CUT]"); break;
        case EscPosCommand::Kind::PaperStatusRequest: lines << QStringLiteral("[STATUS?]"); break;
        case EscPosCommand::Kind::Unknown:
            lines << QStringLiteral("[UNKNOWN %1]").arg(QString::fromLatin1(command.bytes.toHex(' ')));
            break;
        default: break;
        }
    }
    if (!current.isEmpty())
        lines << current;
    return lines.join(QLatin1Char('\n'));
}

QImage EscPosDecoder::toImage(const MonoBitmap &bitmap)
{
    QImage image(bitmap.widthDots(), bitmap.heightDots(), QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < bitmap.heightDots(); ++y) {
        for (int x = 0; x < bitmap.widthDots(); ++x) {
            if (bitmap.isBlack(x, y))
                image.setPixel(x, y, qRgb(0, 0, 0));
        }
    }
    return image;
}

QImage EscPosDecoder::toImage(const QList<EscPosCommand> &commands, int widthDots)
{
    constexpr int Margin = 16;
    QImage paper(widthDots + 2 * Margin, 40000, QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    int y = Margin;
    int alignment = 0;
    bool bold = false;
    int widthTimes = 1;
    int heightTimes = 1;
    QString line;
    QByteArray stored;
    auto flush = [&](bool feed) {
        const int cellWidth = 12 * widthTimes;
        const int cellHeight = 24 * heightTimes;
        if (!line.isEmpty()) {
            const int textWidth = int(line.size()) * cellWidth;
            int x = Margin;
            if (alignment == 1)
                x = Margin + (widthDots - textWidth) / 2;
            else if (alignment == 2)
                x = Margin + widthDots - textWidth;
            font.setPixelSize(20 * heightTimes);
            font.setBold(bold);
            font.setStretch(widthTimes == heightTimes ? 100 : 100 * widthTimes / heightTimes);
            painter.setFont(font);
            painter.setPen(Qt::black);
            for (int k = 0; k < line.size(); ++k)
                painter.drawText(QRect(x + k * cellWidth, y, cellWidth, cellHeight), Qt::AlignCenter, line.mid(k, 1));
        }
        if (feed || !line.isEmpty())
            y += cellHeight + 6 * heightTimes; // the default line spacing is a little more than the font
        line.clear();
    };
    for (const EscPosCommand &command : commands) {
        switch (command.kind) {
        case EscPosCommand::Kind::Initialise:
            alignment = 0;
            bold = false;
            widthTimes = heightTimes = 1;
            break;
        case EscPosCommand::Kind::Alignment: alignment = command.value % 48; break;
        case EscPosCommand::Kind::Bold: bold = command.value & 1; break;
        case EscPosCommand::Kind::CharacterSize:
            widthTimes = ((command.value >> 4) & 7) + 1;
            heightTimes = (command.value & 7) + 1;
            break;
        case EscPosCommand::Kind::Text:
            line += QString::fromLatin1(command.data);
            break;
        case EscPosCommand::Kind::LineFeed: flush(true); break;
        case EscPosCommand::Kind::FeedLines:
            flush(false);
            y += 30 * command.value;
            break;
        case EscPosCommand::Kind::Raster: {
            flush(false);
            painter.drawImage(Margin, y, toImage(command.raster));
            y += command.raster.heightDots();
            break;
        }
        case EscPosCommand::Kind::QrStore: stored = command.data; break;
        case EscPosCommand::Kind::QrPrint: {
            flush(false);
            const QImage qr = qrCodeImage(QString::fromUtf8(stored), 8);
            const int x = alignment == 1 ? Margin + (widthDots - qr.width()) / 2
                : alignment == 2        ? Margin + widthDots - qr.width()
                                        : Margin;
            painter.drawImage(x, y, qr);
            y += qr.height();
            break;
        }
        case EscPosCommand::Kind::Cut: {
            flush(false);
            y += 24;
            QPen pen(QColor(0x99, 0x99, 0x99));
            pen.setStyle(Qt::DashLine);
            painter.setPen(pen);
            painter.drawLine(0, y, paper.width(), y);
            y += 24;
            break;
        }
        case EscPosCommand::Kind::OpenDrawer: {
            QFont note = font;
            note.setPixelSize(14);
            note.setBold(false);
            note.setStretch(100);
            painter.setFont(note);
            painter.setPen(QColor(0x99, 0x99, 0x99));
            painter.drawText(QRect(0, y, paper.width(), 20), Qt::AlignCenter, QStringLiteral("(cash drawer opens)"));
            y += 24;
            break;
        }
        default: break;
        }
        if (y > paper.height() - 200)
            break;
    }
    flush(false);
    painter.end();
    return paper.copy(0, 0, paper.width(), qMin(paper.height(), y + Margin));
}

int EscPosDecoder::count(const QList<EscPosCommand> &commands, EscPosCommand::Kind kind)
{
    return int(std::count_if(commands.cbegin(), commands.cend(),
                             [kind](const EscPosCommand &command) { return command.kind == kind; }));
}

QList<EscPosCommand> EscPosDecoder::ofKind(const QList<EscPosCommand> &commands, EscPosCommand::Kind kind)
{
    QList<EscPosCommand> found;
    for (const EscPosCommand &command : commands) {
        if (command.kind == kind)
            found.append(command);
    }
    return found;
}

QStringList EscPosDecoder::qrCodes(const QList<EscPosCommand> &commands)
{
    QStringList codes;
    QByteArray stored;
    for (const EscPosCommand &command : commands) {
        if (command.kind == EscPosCommand::Kind::QrStore)
            stored = command.data;
        else if (command.kind == EscPosCommand::Kind::QrPrint)
            codes << QString::fromUtf8(stored);
    }
    return codes;
}

} // namespace Marquee::Test

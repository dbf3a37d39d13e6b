#include "escposrenderer.h"

#include "escposencoder.h"
#include "textrasteriser.h"

#include <QStringList>

namespace Marquee {

namespace {

EscPosEncoder::Alignment alignmentOf(PrintDocument::Alignment alignment)
{
    switch (alignment) {
    case PrintDocument::Alignment::Centre: return EscPosEncoder::Alignment::Centre;
    case PrintDocument::Alignment::Right: return EscPosEncoder::Alignment::Right;
    case PrintDocument::Alignment::Left: break;
    }
    return EscPosEncoder::Alignment::Left;
}

void textLine(EscPosEncoder &out, const QString &text, const PrintDocument::Style &style)
{
    out.alignment(alignmentOf(style.alignment));
    out.bold(style.bold);
    out.characterSize(style.doubleSize ? 2 : 1, style.doubleSize ? 2 : 1);
    out.text(text.toLatin1());
    out.lineFeed();
}

} // namespace

EscPosRenderer::EscPosRenderer(const TextRasteriser &rasteriser, PaperRoll roll)
    : m_rasteriser(rasteriser)
    , m_roll(roll)
{
}

bool EscPosRenderer::fitsPrinterFont(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QStringList EscPosRenderer::wrap(const QString &text, int columns)
{
    QStringList lines;
    if (columns <= 0)
        return {text};
    QString current;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        while (word.size() > columns) {
            if (!current.isEmpty()) {
                lines << current;
                current.clear();
            }
            lines << word.left(columns);
            word = word.mid(columns);
        }
        if (word.isEmpty())
            continue;
        if (current.isEmpty())
            current = word;
        else if (current.size() + 1 + word.size() <= columns)
            current += QLatin1Char(' ') + word;
        else {
            lines << current;
            current = word;
        }
    }
    if (!current.isEmpty() || lines.isEmpty())
        lines << current;
    return lines;
}

QByteArray EscPosRenderer::render(const PrintDocument &document) const
{
    EscPosEncoder out;
    out.initialise().disableAutomaticStatus();
    const PrintDocument::Style plain;
    for (const PrintDocument::Item &item : document.items()) {
        switch (item.kind) {
        case PrintDocument::Item::Kind::Text: {
            if (!fitsPrinterFont(item.text) || !fitsPrinterFont(item.rightText)) {
                out.alignment(EscPosEncoder::Alignment::Left);
                out.raster(m_rasteriser.rasterise(item, m_roll.printableDots));
                break;
            }
            const int columns = item.style.doubleSize ? m_roll.columns / 2 : m_roll.columns;
            if (item.rightText.isEmpty()) {
                for (const QString &line : wrap(item.text, columns))
                    textLine(out, line, item.style);
                break;
            }
            // Two columns: the amount flush right on the last line of the label, or on a line of its own.
            PrintDocument::Style left = item.style;
            left.alignment = PrintDocument::Alignment::Left;
            QStringList lines = item.text.trimmed().isEmpty() ? QStringList() : wrap(item.text, columns);
            const QString right = item.rightText.left(columns);
            if (!lines.isEmpty() && lines.last().size() + 1 + right.size() <= columns) {
                const qsizetype gap = columns - lines.last().size() - right.size();
                lines.last() = lines.last() + QString(gap, QLatin1Char(' ')) + right;
            } else {
                lines << QString(columns - right.size(), QLatin1Char(' ')) + right;
            }
            for (const QString &line : lines)
                textLine(out, line, left);
            break;
        }
        case PrintDocument::Item::Kind::Rule:
            textLine(out, QString(m_roll.columns, QLatin1Char('-')), plain);
            break;
        case PrintDocument::Item::Kind::Feed:
            out.lineFeed(item.lines);
            break;
        case PrintDocument::Item::Kind::QrCode:
            out.alignment(EscPosEncoder::Alignment::Centre);
            out.qrCode(item.text.toUtf8());
            out.lineFeed();
            out.alignment(EscPosEncoder::Alignment::Left);
            break;
        case PrintDocument::Item::Kind::Cut:
            out.cut();
            break;
        case PrintDocument::Item::Kind::OpenDrawer:
            out.openDrawer();
            break;
        }
    }
    return out.bytes();
}

} // namespace Marquee

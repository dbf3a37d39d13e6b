#pragma once

#include <QList>
#include <QString>

namespace Marquee {

enum class PrintAlignment { Left, Centre, Right };

// How a line of the paper roll is printed.
struct PrintStyle
{
    PrintAlignment alignment = PrintAlignment::Left;
    bool bold = false;
    bool doubleSize = false; // twice as wide and twice as tall
};

// What goes on the paper roll, before it is bytes: lines of text in a style, rules, QR codes, cuts, the drawer.
// The layouts (ReceiptLayout, TicketLayout) write one; EscPosRenderer turns it into ESC/POS. A list of lines
// rather than a fixed form, so ticket types and seats slot in as more lines when events have them.
class PrintDocument
{
public:
    using Alignment = PrintAlignment;
    using Style = PrintStyle;

    struct Item
    {
        enum class Kind { Text, Rule, Feed, QrCode, Cut, OpenDrawer };
        Kind kind = Kind::Text;
        QString text;       // Text: the line (wrapped if too long); QrCode: what the symbol holds
        QString rightText;  // Text: a second column flush right (an amount), empty for a plain line
        Style style;
        int lines = 1;      // Feed
    };

    // People's text (titles, venues, names) goes in as it is: the renderer prints it, never interprets it.
    PrintDocument &line(const QString &text, Style style = {});
    PrintDocument &columns(const QString &left, const QString &right, Style style = {});
    PrintDocument &centred(const QString &text, bool bold = false, bool doubleSize = false);
    PrintDocument &rule();
    PrintDocument &feed(int lines = 1);
    PrintDocument &qrCode(const QString &data);
    PrintDocument &cut();
    PrintDocument &openDrawer();
    PrintDocument &append(const PrintDocument &other);

    const QList<Item> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }

private:
    QList<Item> m_items;
};

} // namespace Marquee

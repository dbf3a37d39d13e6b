#include "printdocument.h"

namespace Marquee {

PrintDocument &PrintDocument::line(const QString &text, Style style)
{
    Item item;
    item.text = text;
    item.style = style;
    m_items.append(item);
    return *this;
}

PrintDocument &PrintDocument::columns(const QString &left, const QString &right, Style style)
{
    Item item;
    item.text = left;
    item.rightText = right;
    item.style = style;
    m_items.append(item);
    return *this;
}

PrintDocument &PrintDocument::centred(const QString &text, bool bold, bool doubleSize)
{
    return line(text, Style{Alignment::Centre, bold, doubleSize});
}

PrintDocument &PrintDocument::rule()
{
    Item item;
    item.kind = Item::Kind::Rule;
    m_items.append(item);
    return *this;
}

PrintDocument &PrintDocument::feed(int lines)
{
    Item item;
    item.kind = Item::Kind::Feed;
    item.lines = lines;
    m_items.append(item);
    return *this;
}

PrintDocument &PrintDocument::qrCode(const QString &data)
{
    Item item;
    item.kind = Item::Kind::QrCode;
    item.text = data;
    item.style.alignment = Alignment::Centre;
    m_items.append(item);
    return *this;
}

PrintDocument &PrintDocument::cut()
{
    Item item;
    item.kind = Item::Kind::Cut;
    m_items.append(item);
    return *this;
}

PrintDocument &PrintDocument::openDrawer()
{
    Item item;
    item.kind = Item::Kind::OpenDrawer;
    m_items.append(item);
    return *this;
}

PrintDocument &PrintDocument::append(const PrintDocument &other)
{
    m_items.append(other.m_items);
    return *this;
}

} // namespace Marquee

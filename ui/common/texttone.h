#pragma once

class QWidget;

namespace Marquee {

// What a line of text means — fine, a problem, or neither — so that the view family's style sheet colours it and
// no widget names a colour. It is the widget's "tone" property ("good", "bad", "strongGood", "strongBad", "notice"; unset
// when plain), which the family's style sheet matches; views set it through their family's look (DeskLook::setTone,
// AdminLook::setTone), which also puts that sheet on the widget.
class TextTone final
{
public:
    enum Kind { Plain, Good, Bad, StrongGood, StrongBad, Notice };

    // Sets the tone and has the style sheet look at the widget again.
    static void set(QWidget *widget, Kind kind);
    static Kind of(const QWidget *widget);
};

} // namespace Marquee

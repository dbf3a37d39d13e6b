#include "texttone.h"

#include <QStyle>
#include <QVariant>
#include <QWidget>

namespace Marquee {

namespace {

const char *const Property = "tone";

const char *nameOf(TextTone::Kind kind)
{
    switch (kind) {
    case TextTone::Plain: return "";
    case TextTone::Good: return "good";
    case TextTone::Bad: return "bad";
    case TextTone::StrongGood: return "strongGood";
    case TextTone::StrongBad: return "strongBad";
    case TextTone::Notice: return "notice";
    }
    return "";
}

} // namespace

void TextTone::set(QWidget *widget, Kind kind)
{
    if (!widget || of(widget) == kind)
        return;
    if (kind == Plain)
        widget->setProperty(Property, QVariant());
    else
        widget->setProperty(Property, QString::fromLatin1(nameOf(kind)));
    // A style sheet reads dynamic properties when it polishes a widget, so polish it again.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

TextTone::Kind TextTone::of(const QWidget *widget)
{
    const QString name = widget ? widget->property(Property).toString() : QString();
    for (Kind kind : {Good, Bad, StrongGood, StrongBad, Notice}) {
        if (name == QLatin1String(nameOf(kind)))
            return kind;
    }
    return Plain;
}

} // namespace Marquee

#pragma once

#include <QString>

#include <optional>

namespace Marquee {

// The rooms a terminal can show; which ones a login may open follows from its group.
enum class ViewKind { Kiosk, BoxOffice, Admin, Door };

// "kiosk", "boxoffice" (or "box-office"), "admin", "door", as given to --view.
inline std::optional<ViewKind> viewKindFromName(const QString &name)
{
    if (name == QLatin1String("kiosk"))
        return ViewKind::Kiosk;
    if (name == QLatin1String("boxoffice") || name == QLatin1String("box-office"))
        return ViewKind::BoxOffice;
    if (name == QLatin1String("admin"))
        return ViewKind::Admin;
    if (name == QLatin1String("door"))
        return ViewKind::Door;
    return std::nullopt;
}

} // namespace Marquee

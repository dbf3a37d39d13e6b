#pragma once

#include <QString>

namespace Marquee {

// Which Marquee group the signed-in login belongs to; the views a terminal offers follow from it.
enum class StaffGroup { None, Kiosk, BoxOffice, Admin, Door };

QString staffGroupName(StaffGroup group); // "marquee_admin", ...

struct SessionInfo
{
    QString login;
    StaffGroup group = StaffGroup::None;
    bool isSuperuser = false;
    bool isDatabaseOwner = false;
    QString serverVersion;

    // A door login only scans tickets: it cannot reserve, so it has no kiosk.
    bool mayUseKiosk() const { return group != StaffGroup::None && group != StaffGroup::Door; }
    bool mayUseBoxOffice() const { return group == StaffGroup::BoxOffice || group == StaffGroup::Admin; }
    bool mayUseAdmin() const { return group == StaffGroup::Admin; }
    // Box office and admin logins are members of marquee_door (migrations/0035).
    bool mayUseDoor() const { return group == StaffGroup::Door || mayUseBoxOffice(); }
};

} // namespace Marquee

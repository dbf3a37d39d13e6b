#pragma once

#include <QString>

namespace Marquee {

// Which Marquee group the signed-in login belongs to; the views a terminal offers follow from it.
enum class StaffGroup { None, Kiosk, BoxOffice, Admin };

QString staffGroupName(StaffGroup group); // "marquee_admin", ...

struct SessionInfo
{
    QString login;
    StaffGroup group = StaffGroup::None;
    bool isSuperuser = false;
    bool isDatabaseOwner = false;
    QString serverVersion;

    bool mayUseKiosk() const { return group != StaffGroup::None; }
    bool mayUseBoxOffice() const { return group == StaffGroup::BoxOffice || group == StaffGroup::Admin; }
    bool mayUseAdmin() const { return group == StaffGroup::Admin; }
};

} // namespace Marquee

#pragma once

#include "session.h"

#include <QDateTime>
#include <QString>

namespace Marquee {

// A staff member's or a kiosk terminal's own database login.
struct StaffLogin
{
    QString login;
    StaffGroup group = StaffGroup::None;
    QString fullName;
    bool enabled = true;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace Marquee

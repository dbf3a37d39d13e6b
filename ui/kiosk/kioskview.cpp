#include "kioskview.h"

#include "common/terminalsession.h"

namespace Marquee {

KioskView::KioskView(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
}

} // namespace Marquee

#include "adminview.h"

#include "common/terminalsession.h"

namespace Marquee {

AdminView::AdminView(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
}

} // namespace Marquee

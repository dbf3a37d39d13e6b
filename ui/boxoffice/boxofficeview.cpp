#include "boxofficeview.h"

#include "common/terminalsession.h"

namespace Marquee {

BoxOfficeView::BoxOfficeView(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
}

} // namespace Marquee

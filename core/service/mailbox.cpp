#include "mailbox.h"

#include <memory>

namespace Marquee {

namespace {

// One per thread that asks; destroyed when that thread ends (for the GUI thread: at exit).
thread_local std::unique_ptr<Mailbox> t_mailbox;

} // namespace

Address Mailbox::forCurrentThread()
{
    if (!t_mailbox)
        t_mailbox.reset(new Mailbox);
    return t_mailbox->m_address;
}

Mailbox::Mailbox()
    : m_address(this)
{
    setObjectName(QStringLiteral("mailbox"));
}

Mailbox::~Mailbox()
{
    m_address.clear();
}

} // namespace Marquee

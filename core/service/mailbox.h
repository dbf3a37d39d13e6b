#pragma once

#include "address.h"

#include <QObject>

namespace Marquee {

// Where answers computed on another thread are handed back to the thread that asked.
//
// Every thread that asks a service something has one mailbox, made the first time it asks and kept until the
// thread ends. A worker never touches the asker's objects: it posts the answer to the asker's mailbox, and the
// mailbox, on the asker's thread, checks whether the answer is still wanted (the asker is alive, nobody
// cancelled) before handing it over. (Qt 6.4's QFuture::then(context) instead checks the context from the
// worker's thread and then posts to it: the object can die in between.)
class Mailbox final : public QObject
{
    Q_OBJECT

public:
    // The calling thread's mailbox (made on first use).
    static Address forCurrentThread();

    ~Mailbox() override;

private:
    Mailbox();

    Address m_address;
};

} // namespace Marquee

#pragma once

#include "domain/serverstatus.h"
#include "service/reply.h"

namespace Marquee {

class DatabaseWorker;

// What an admin terminal asks about the database server itself (how full it is).
class ServerService final
{
public:
    explicit ServerService(DatabaseWorker *reads);

    // Admins only; anyone else gets PermissionDenied.
    Reply<ServerStatus> status();

private:
    DatabaseWorker *m_reads = nullptr;
};

} // namespace Marquee

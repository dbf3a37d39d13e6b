#pragma once

#include "domain/customer.h"
#include "service/reply.h"

#include <QList>

namespace Marquee {

class DatabaseWorker;

// The people tickets belong to, as the box office finds and records them (staff records are admins' only).
class CustomerService final
{
public:
    CustomerService(DatabaseWorker *reads, DatabaseWorker *writes);

    // The customer with this phone (spaces and dashes ignored), or a NotFound error.
    Reply<Customer> findByPhone(const QString &phone);
    // Partial match on name or phone, newest first.
    Reply<QList<Customer>> list(const QString &search, int limit = 200, int offset = 0);
    Reply<Customer> create(const QString &name, const QString &phone);

private:
    DatabaseWorker *m_reads = nullptr;
    DatabaseWorker *m_writes = nullptr;
};

} // namespace Marquee

#pragma once

#include "common/result.h"
#include "domain/customer.h"

#include <QList>
#include <QSqlDatabase>

namespace Marquee {

// Customers (marquee.users). The box office sees customers only (row-level security); admins see all.
class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db);

    Result<Customer> create(const QString &name, const QString &phone);
    Result<Customer> get(qint64 userId);
    // The customer with this phone (spaces and dashes ignored), or NotFound.
    Result<Customer> findByPhone(const QString &phone);
    // Partial match on name or phone, newest first.
    Result<QList<Customer>> list(const QString &search = QString(), int limit = 200, int offset = 0);

private:
    QSqlDatabase m_db;
};

} // namespace Marquee

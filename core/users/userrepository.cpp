#include "userrepository.h"

#include "database/connection.h"
#include "database/sqlvalues.h"
#include "validation/validation.h"

#include <QSqlQuery>

namespace Marquee {

namespace {

const QString Columns = QStringLiteral("id, name, phone, role, created_at, updated_at");

Customer customerFrom(const QSqlQuery &q)
{
    return Customer{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toDateTime(), q.value(5).toDateTime()};
}

} // namespace

UserRepository::UserRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<Customer> UserRepository::create(const QString &name, const QString &phone)
{
    if (auto problem = Validation::checkCustomerName(name))
        return *problem;
    if (auto problem = Validation::checkPhone(phone))
        return *problem;
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("INSERT INTO marquee.users (name, phone) VALUES (:name, :phone) RETURNING ") + Columns);
    q.bindValue(QStringLiteral(":name"), name.trimmed());
    q.bindValue(QStringLiteral(":phone"), Validation::normalizePhone(phone));
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::Internal, QStringLiteral("INSERT returned no row"));
    return customerFrom(q);
}

Result<Customer> UserRepository::get(qint64 userId)
{
    QSqlQuery q = Connection::query(m_db);
    q.prepare(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM marquee.users WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), userId);
    if (auto r = Connection::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("user %1").arg(userId));
    return customerFrom(q);
}

Result<Customer> UserRepository::findByPhone(const QString &phone)
{
    if (auto problem = Validation::checkPhone(phone))
        return *problem;
    // Asked as the clerk types a phone: prepared once per connection.
    Error prepareError;
    QSqlQuery *q = Connection::prepared(m_db, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM marquee.users WHERE phone = :phone"),
                                        &prepareError);
    if (!q)
        return prepareError;
    q->bindValue(QStringLiteral(":phone"), Validation::normalizePhone(phone));
    if (auto r = Connection::exec(*q); !r)
        return r.error();
    if (!q->next()) {
        q->finish();
        return Error(ErrorCode::NotFound, QStringLiteral("no customer with this phone"));
    }
    const Customer customer = customerFrom(*q);
    q->finish();
    return customer;
}

Result<QList<Customer>> UserRepository::list(const QString &search, int limit, int offset)
{
    QSqlQuery q = Connection::query(m_db);
    QString sql = QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM marquee.users");
    const QString trimmed = search.trimmed();
    if (!trimmed.isEmpty())
        sql += QStringLiteral(" WHERE name ILIKE :name OR phone LIKE :phone");
    sql += QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset");
    q.prepare(sql);
    if (!trimmed.isEmpty()) {
        q.bindValue(QStringLiteral(":name"), Sql::containsPattern(trimmed));
        q.bindValue(QStringLiteral(":phone"), Sql::containsPattern(Validation::normalizePhone(trimmed)));
    }
    q.bindValue(QStringLiteral(":limit"), qBound(1, limit, 10000));
    q.bindValue(QStringLiteral(":offset"), qMax(0, offset));
    if (auto r = Connection::exec(q); !r)
        return r.error();
    QList<Customer> customers;
    while (q.next())
        customers.append(customerFrom(q));
    return customers;
}

} // namespace Marquee

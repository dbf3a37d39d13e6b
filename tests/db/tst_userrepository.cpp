#include "database/connection.h"
#include "users/userrepository.h"
#include "testdatabase.h"

#include <QtTest/QtTest>

using namespace Marquee;

// Customers as the box office creates, finds and lists them: as a box-office login, so the
// column grants and the row-level security that limit it to customers are in the way.
class TestUserRepository : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("user_repository")};
    QSqlDatabase m_db;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        m_db = m_database.open(QStringLiteral("users"), m_database.loginProfile(QStringLiteral("marquee_box_office")));
        QVERIFY(m_db.isOpen());
    }

    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        Connection::close(QStringLiteral("users"));
    }

    void createFindList()
    {
        UserRepository users(m_db);
        auto created = users.create(QStringLiteral("  Malee Wongsa "), QStringLiteral("+66 81-000-1111"));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().detail()));
        QCOMPARE(created->name, QStringLiteral("Malee Wongsa"));
        QCOMPARE(created->phone, QStringLiteral("+66810001111"));
        QCOMPARE(created->role, QStringLiteral("customer"));

        QCOMPARE(users.get(created->id)->phone, QStringLiteral("+66810001111"));
        QCOMPARE(users.findByPhone(QStringLiteral("+6681 000 1111"))->id, created->id);
        QCOMPARE(users.findByPhone(QStringLiteral("0899999999")).error().code(), ErrorCode::NotFound);
        QCOMPARE(users.get(777777).error().code(), ErrorCode::NotFound);

        QVERIFY(users.create(QStringLiteral("Anan"), QStringLiteral("0820002222")).ok());
        QCOMPARE(users.list()->size(), 2);
        QCOMPARE(users.list(QStringLiteral("male"))->size(), 1);
        QCOMPARE(users.list(QStringLiteral("0002222"))->size(), 1);
    }

    void refusals()
    {
        UserRepository users(m_db);
        QCOMPARE(users.create(QString(), QStringLiteral("0811112222")).error().code(), ErrorCode::NameRequired);
        QCOMPARE(users.create(QStringLiteral("A"), QStringLiteral("123")).error().code(), ErrorCode::PhoneInvalid);
        QVERIFY(users.create(QStringLiteral("First"), QStringLiteral("0833334444")).ok());
        auto duplicate = users.create(QStringLiteral("Second"), QStringLiteral("083-333-4444"));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code(), ErrorCode::PhoneTaken);
        QCOMPARE(duplicate.error().field(), QStringLiteral("phone"));
    }
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"

// Text from people goes into SQL only as bound values. Names, phones, titles and search text full of
// quotes, semicolons, comment markers, backslashes, LIKE wildcards, Thai, emoji and very long strings
// must be stored and read back exactly, or refused with a typed error; never executed, never a crash.

#include "booking/bookingrepository.h"
#include "database/connection.h"
#include "events/eventrepository.h"
#include "testdatabase.h"
#include "users/userrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest/QtTest>

#include <memory>

using namespace Marquee;

namespace {

const QString Password = QStringLiteral("tinj-password-1");
const QString KioskLogin = QStringLiteral("tinj_kiosk");
const QString BoxOfficeLogin = QStringLiteral("tinj_box_office");
const QString AdminLogin = QStringLiteral("tinj_admin");

// About 10 kB of everything at once.
QString longHostileText()
{
    QString text;
    while (text.toUtf8().size() < 10 * 1024)
        text += QStringLiteral("'; DROP TABLE marquee.users; -- /* */ \\ % _ สวัสดี 🎟️ ");
    return text;
}

} // namespace

class TestInjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void storedLiterally_data();
    void storedLiterally();
    void wildcardsMatchLiterally_data();
    void wildcardsMatchLiterally();
    void longTextIsRefusedWithATypedError();
    void hostilePhonesAreRefused_data();
    void hostilePhonesAreRefused();
    void nulCharacterIsRefused();
    void tablesStillExist();

private:
    QSqlDatabase open(const QString &login);

    std::unique_ptr<Test::TestDatabase> m_database;
    QSqlDatabase m_kiosk;
    QSqlDatabase m_clerk;
    QSqlDatabase m_admin;
    QStringList m_connections;
    qint64 m_eventId = 0;
    int m_phoneCounter = 0;
};

QSqlDatabase TestInjection::open(const QString &login)
{
    const QString name = Connection::uniqueName(QStringLiteral("tinj-") + login);
    m_connections << name;
    return m_database->open(name, m_database->profileFor(login, Password));
}

void TestInjection::initTestCase()
{
    m_database = std::make_unique<Test::TestDatabase>(QStringLiteral("injection"));
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    QVERIFY(m_database->createLogin(KioskLogin, Password, QStringLiteral("marquee_kiosk")));
    QVERIFY(m_database->createLogin(BoxOfficeLogin, Password, QStringLiteral("marquee_box_office")));
    QVERIFY(m_database->createLogin(AdminLogin, Password, QStringLiteral("marquee_admin")));
    // This test is about text, not about hoarding (tst_limits): its kiosk may book as fast as it likes.
    QVERIFY(m_database->liftBookingLimits());
    m_kiosk = open(KioskLogin);
    m_clerk = open(BoxOfficeLogin);
    m_admin = open(AdminLogin);
    QVERIFY(m_kiosk.isOpen() && m_clerk.isOpen() && m_admin.isOpen());

    EventDraft draft;
    draft.title = QStringLiteral("Plain Event");
    draft.venue = QStringLiteral("Plain Hall");
    draft.startsAt = QDateTime::currentDateTimeUtc().addDays(10);
    draft.capacity = 1000;
    draft.price = Money::fromMinorUnits(10000);
    draft.maxTicketsPerBooking = 10;
    auto event = EventRepository(m_admin).create(draft);
    QVERIFY(event.ok());
    m_eventId = event->id;
}

void TestInjection::cleanupTestCase()
{
    m_kiosk = m_clerk = m_admin = QSqlDatabase();
    for (const QString &name : std::as_const(m_connections))
        Connection::close(name);
    m_database.reset();
}

void TestInjection::storedLiterally_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("single quote") << QStringLiteral("O'Brien");
    QTest::newRow("quote, paren, DROP, comment") << QStringLiteral("Robert'); DROP TABLE marquee.users; --");
    QTest::newRow("semicolon, second statement") << QStringLiteral("x; DELETE FROM marquee.events; SELECT 1");
    QTest::newRow("line comment") << QStringLiteral("-- everything after is a comment");
    QTest::newRow("block comment open") << QStringLiteral("/* unterminated comment");
    QTest::newRow("block comment both") << QStringLiteral("a /* b */ c */ d");
    QTest::newRow("backslashes") << QStringLiteral("back\\slash \\' \\\\ \\n E'\\x41'");
    QTest::newRow("double quotes") << QStringLiteral("\"marquee\".\"users\"");
    QTest::newRow("dollar quoting") << QStringLiteral("$$; DROP TABLE marquee.events; $$ $tag$");
    QTest::newRow("qt placeholders") << QStringLiteral(":name ? :phone::text $1");
    QTest::newRow("percent and underscore") << QStringLiteral("100% off_sale");
    QTest::newRow("thai") << QStringLiteral("สมชาย ใจดี – ร้านขายตั๋ว");
    QTest::newRow("emoji") << QStringLiteral("🎭 Théâtre 🎟️ 👩‍👩‍👧‍👦");
    QTest::newRow("json-like") << QStringLiteral("{\"a\": [1, 2]} ?| @> #>>");
}

void TestInjection::storedLiterally()
{
    QFETCH(QString, text);
    const QByteArray bytes = text.toUtf8();

    // A customer, created by the box office.
    UserRepository users(m_clerk);
    const QString phone = QStringLiteral("0813%1").arg(++m_phoneCounter, 6, 10, QLatin1Char('0'));
    auto customer = users.create(text, phone);
    QVERIFY2(customer.ok(), qPrintable(customer.ok() ? QString() : customer.error().detail()));
    QCOMPARE(customer->name.toUtf8(), bytes);
    auto reread = users.get(customer->id);
    QVERIFY(reread.ok());
    QCOMPARE(reread->name.toUtf8(), bytes);
    auto found = users.list(text);
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().id, customer->id);

    // A booking at the kiosk, for a new customer with this name.
    BookingRepository bookings(m_kiosk);
    BookingRequest request;
    request.eventId = m_eventId;
    request.quantity = 1;
    request.customerName = text;
    request.customerPhone = QStringLiteral("0814%1").arg(m_phoneCounter, 6, 10, QLatin1Char('0'));
    auto booked = bookings.book(request);
    QVERIFY2(booked.ok(), qPrintable(booked.ok() ? QString() : booked.error().detail()));
    auto mine = bookings.findMyBooking(request.customerPhone, booked->reference);
    QVERIFY(mine.ok());
    QCOMPARE(mine->customerName.toUtf8(), bytes);

    // An event, created by an admin, found again by searching for the same text.
    EventRepository events(m_admin);
    EventDraft draft;
    draft.title = text;
    draft.venue = QStringLiteral("Venue ") + text;
    draft.description = text + QLatin1Char('\n') + text;
    draft.startsAt = QDateTime::currentDateTimeUtc().addDays(12);
    draft.capacity = 10;
    draft.price = Money::fromMinorUnits(5000);
    auto event = events.create(draft);
    QVERIFY2(event.ok(), qPrintable(event.ok() ? QString() : event.error().detail()));
    auto stored = events.get(event->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->title.toUtf8(), bytes);
    QCOMPARE(stored->venue.toUtf8(), draft.venue.toUtf8());
    QCOMPARE(stored->description.toUtf8(), draft.description.toUtf8());

    EventQuery query;
    query.search = text;
    auto matches = events.list(query);
    QVERIFY(matches.ok());
    QVERIFY(std::any_of(matches->cbegin(), matches->cend(), [&](const Event &e) { return e.id == event->id; }));
    for (const Event &match : *matches) {
        QVERIFY2(match.title.contains(text, Qt::CaseInsensitive) || match.venue.contains(text, Qt::CaseInsensitive),
                 qPrintable(match.title));
    }
    auto publicMatches = EventRepository(m_kiosk).listPublic(query);
    QVERIFY(publicMatches.ok());
    QVERIFY(std::any_of(publicMatches->cbegin(), publicMatches->cend(), [&](const Event &e) { return e.id == event->id; }));
}

void TestInjection::wildcardsMatchLiterally_data()
{
    QTest::addColumn<QString>("wanted");  // the title the search must find
    QTest::addColumn<QString>("decoy");   // what the search would also find if the character were a wildcard
    QTest::addColumn<QString>("search");
    QTest::newRow("percent") << QStringLiteral("Sale 42% off") << QStringLiteral("Sale 420 off") << QStringLiteral("42%");
    QTest::newRow("underscore") << QStringLiteral("snake_case night") << QStringLiteral("snakeXcase night") << QStringLiteral("e_c");
    QTest::newRow("backslash") << QStringLiteral("path a\\b") << QStringLiteral("path ab") << QStringLiteral("a\\b");
    QTest::newRow("backslash before percent") << QStringLiteral("odd \\%x") << QStringLiteral("odd \\yx")
                                              << QStringLiteral("\\%");
}

void TestInjection::wildcardsMatchLiterally()
{
    QFETCH(QString, wanted);
    QFETCH(QString, decoy);
    QFETCH(QString, search);

    EventRepository events(m_admin);
    UserRepository users(m_clerk);
    qint64 wantedEvent = 0;
    qint64 wantedCustomer = 0;
    for (const QString &title : {wanted, decoy}) {
        EventDraft draft;
        draft.title = title;
        draft.venue = QStringLiteral("Hall");
        draft.startsAt = QDateTime::currentDateTimeUtc().addDays(15);
        draft.capacity = 10;
        auto event = events.create(draft);
        QVERIFY(event.ok());
        auto customer = users.create(title, QStringLiteral("0815%1").arg(++m_phoneCounter, 6, 10, QLatin1Char('0')));
        QVERIFY(customer.ok());
        if (title == wanted) {
            wantedEvent = event->id;
            wantedCustomer = customer->id;
        }
    }

    EventQuery query;
    query.search = search;
    auto matches = events.list(query);
    QVERIFY(matches.ok());
    QCOMPARE(matches->size(), 1);
    QCOMPARE(matches->first().id, wantedEvent);

    auto customers = users.list(search);
    QVERIFY(customers.ok());
    QCOMPARE(customers->size(), 1);
    QCOMPARE(customers->first().id, wantedCustomer);
}

void TestInjection::longTextIsRefusedWithATypedError()
{
    const QString text = longHostileText();
    QVERIFY(text.toUtf8().size() >= 10 * 1024);

    auto customer = UserRepository(m_clerk).create(text, QStringLiteral("0816000001"));
    QVERIFY(!customer.ok());
    QCOMPARE(customer.error().code(), ErrorCode::NameTooLong);
    QCOMPARE(customer.error().field(), QStringLiteral("name"));

    BookingRequest request;
    request.eventId = m_eventId;
    request.quantity = 1;
    request.customerName = text;
    request.customerPhone = QStringLiteral("0816000002");
    auto booked = BookingRepository(m_kiosk).book(request);
    QVERIFY(!booked.ok());
    QCOMPARE(booked.error().code(), ErrorCode::InvalidCustomer);

    EventRepository events(m_admin);
    EventDraft draft;
    draft.title = text;
    draft.venue = QStringLiteral("Hall");
    draft.startsAt = QDateTime::currentDateTimeUtc().addDays(15);
    draft.capacity = 10;
    auto event = events.create(draft);
    QVERIFY(!event.ok());
    QCOMPARE(event.error().code(), ErrorCode::TitleTooLong);
    draft.title = QStringLiteral("Long description");
    draft.description = text;
    event = events.create(draft);
    QVERIFY(!event.ok());
    QCOMPARE(event.error().code(), ErrorCode::DescriptionTooLong);

    // The database refuses the same, should a client skip its checks: a typed field error, not a crash.
    QSqlQuery q(m_admin);
    q.prepare(QStringLiteral("INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
                             "VALUES (:title, 'Hall', now() + interval '5 days', 10, 0)"));
    q.bindValue(QStringLiteral(":title"), text);
    QVERIFY(!q.exec());
    QCOMPARE(Error::fromSql(q.lastError()).code(), ErrorCode::TitleTooLong);

    // A search for 10 kB of hostile text is just a search that finds nothing.
    EventQuery query;
    query.search = text;
    auto matches = events.list(query);
    QVERIFY(matches.ok());
    QVERIFY(matches->isEmpty());
    auto customers = UserRepository(m_clerk).list(text);
    QVERIFY(customers.ok());
    QVERIFY(customers->isEmpty());
}

void TestInjection::hostilePhonesAreRefused_data()
{
    QTest::addColumn<QString>("phone");
    QTest::newRow("quote") << QStringLiteral("0812345678'");
    QTest::newRow("statement") << QStringLiteral("0812345678'; DROP TABLE marquee.users; --");
    QTest::newRow("comment") << QStringLiteral("0812345678 /* */");
    QTest::newRow("wildcard") << QStringLiteral("08123%");
    QTest::newRow("thai digits") << QStringLiteral("๐๘๑๒๓๔๕๖๗๘");
    QTest::newRow("emoji") << QStringLiteral("0812345678📞");
    QTest::newRow("10 kB") << QString(10240, QLatin1Char('1'));
}

void TestInjection::hostilePhonesAreRefused()
{
    QFETCH(QString, phone);
    auto customer = UserRepository(m_clerk).create(QStringLiteral("Phone Test"), phone);
    QVERIFY(!customer.ok());
    QCOMPARE(customer.error().code(), ErrorCode::PhoneInvalid);
    QCOMPARE(customer.error().field(), QStringLiteral("phone"));

    auto byPhone = UserRepository(m_clerk).findByPhone(phone);
    QVERIFY(!byPhone.ok());
    QCOMPARE(byPhone.error().code(), ErrorCode::PhoneInvalid);

    BookingRequest request;
    request.eventId = m_eventId;
    request.quantity = 1;
    request.customerName = QStringLiteral("Phone Test");
    request.customerPhone = phone;
    auto booked = BookingRepository(m_kiosk).book(request);
    QVERIFY(!booked.ok());
    QCOMPARE(booked.error().code(), ErrorCode::InvalidCustomer);

    // Past the client's checks, straight into book_tickets: the database says MQ004.
    QSqlQuery q(m_kiosk);
    q.prepare(QStringLiteral("SELECT * FROM marquee.book_tickets(:event::bigint, 1, 'Phone Test', :phone, gen_random_uuid())"));
    q.bindValue(QStringLiteral(":event"), m_eventId);
    q.bindValue(QStringLiteral(":phone"), phone);
    QVERIFY(!q.exec());
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("MQ004"));

    auto mine = BookingRepository(m_kiosk).findMyBooking(phone, QStringLiteral("K7QM2XPA"));
    QVERIFY(!mine.ok());
    QCOMPARE(mine.error().code(), ErrorCode::PhoneInvalid);
}

// PostgreSQL text cannot hold NUL, and Qt 6.4's QPSQL cuts its EXECUTE statement at the first NUL, so the
// statement ends inside an open quoted literal: a syntax error, never an injection. Nothing may be stored.
void TestInjection::nulCharacterIsRefused()
{
    const QString text = QStringLiteral("before") + QChar(0) + QStringLiteral("'); DROP TABLE marquee.users; --");
    const QString countSql = QStringLiteral("SELECT count(*) FROM marquee.users");
    auto countUsers = [&](const QSqlDatabase &db) {
        QSqlQuery q(db);
        return q.exec(countSql) && q.next() ? q.value(0).toInt() : -1;
    };
    const int before = countUsers(m_clerk);
    QVERIFY(before >= 0);

    auto customer = UserRepository(m_clerk).create(text, QStringLiteral("0817000001"));
    QVERIFY(!customer.ok());
    BookingRequest request;
    request.eventId = m_eventId;
    request.quantity = 1;
    request.customerName = text;
    request.customerPhone = QStringLiteral("0817000002");
    auto booked = BookingRepository(m_kiosk).book(request);
    QVERIFY(!booked.ok());
    EventDraft draft;
    draft.title = text;
    draft.venue = QStringLiteral("Hall");
    draft.startsAt = QDateTime::currentDateTimeUtc().addDays(15);
    draft.capacity = 10;
    auto event = EventRepository(m_admin).create(draft);
    QVERIFY(!event.ok());
    QCOMPARE(countUsers(m_clerk), before);
    QVERIFY(m_clerk.isOpen() && m_kiosk.isOpen() && m_admin.isOpen());

    QVERIFY(customer.error().code() == ErrorCode::NameRequired || customer.error().code() == ErrorCode::InvalidValue
            || customer.error().code() == ErrorCode::HiddenCharacters);
}

// Read as the superuser on purpose: it sees every table and row, whatever the grants, so nothing
// a hostile text might have dropped or deleted can hide behind a missing right.
void TestInjection::tablesStillExist()
{
    const QString name = Connection::uniqueName(QStringLiteral("tinj-super"));
    {
        QSqlDatabase db = m_database->open(name);
        QSqlQuery q(db);
        for (const char *table : {"users", "events", "bookings", "tickets", "audit_log", "staff_logins", "schema_migrations"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT to_regclass('marquee.%1') IS NOT NULL").arg(QLatin1String(table))));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toBool(), table);
        }
        // Every row made above is there, and nothing else was deleted.
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM marquee.events), (SELECT count(*) FROM marquee.users), "
                                      "(SELECT count(*) FROM marquee.bookings)")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 1 + 14 + 8);
        QVERIFY(q.value(1).toInt() >= 14 * 2 + 8);
        QVERIFY(q.value(2).toInt() >= 14);
    }
    Connection::close(name);
}

QTEST_GUILESS_MAIN(TestInjection)
#include "tst_injection.moc"

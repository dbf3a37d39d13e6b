// Text people read shows what it says (issue #10, point 10). Names with bidi overrides, zero-width and
// control characters were stored. Now names, titles, venues and descriptions with control characters,
// bidi controls (U+202A-U+202E, U+2066-U+2069), U+2060 or U+FEFF are refused by CHECK constraints for
// whoever writes them, and by the client's validation first, each with its own sentence; zero-width
// space and the joiners stay allowed (Thai and emoji use them). Each write is tried as the login that
// may make it; nothing refused is stored.

#include "booking/bookingrepository.h"
#include "common/error.h"
#include "events/eventrepository.h"
#include "sqlsession.h"
#include "testdatabase.h"
#include "users/userrepository.h"
#include "validation/validation.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest/QtTest>

using namespace Marquee;
using Marquee::Test::SqlSession;

class TestCleanText : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("cleantext")};
    std::unique_ptr<SqlSession> m_super;
    std::unique_ptr<SqlSession> m_kiosk;
    std::unique_ptr<SqlSession> m_clerk;
    std::unique_ptr<SqlSession> m_admin;
    qint64 m_eventId = 0;
    int m_phone = 0;

    QString nextPhone() { return QStringLiteral("0821%1").arg(++m_phone, 6, 10, QLatin1Char('0')); }

    QString counts() const
    {
        return m_super->value(QStringLiteral("SELECT (SELECT count(*) FROM marquee.users) || '/' || (SELECT count(*) FROM marquee.events) "
                                             "|| '/' || (SELECT count(*) FROM marquee.bookings)")).toString();
    }

    // Binds the text as a parameter, as the terminals do: what arrives is exactly these characters.
    static QString stateOf(const SqlSession &session, const QString &sql, const QList<QVariant> &values)
    {
        QSqlQuery q(session.db());
        q.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (q.exec())
            return QString();
        return q.lastError().nativeErrorCode();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        QVERIFY(m_database.liftBookingLimits());
        m_super = std::make_unique<SqlSession>(m_database.superuserProfile(), QStringLiteral("super"));
        m_kiosk = std::make_unique<SqlSession>(m_database.loginProfile(QStringLiteral("marquee_kiosk")), QStringLiteral("kiosk"));
        m_clerk = std::make_unique<SqlSession>(m_database.loginProfile(QStringLiteral("marquee_box_office")), QStringLiteral("clerk"));
        m_admin = std::make_unique<SqlSession>(m_database.loginProfile(QStringLiteral("marquee_admin")), QStringLiteral("admin"));
        QVERIFY(m_kiosk->isOpen() && m_clerk->isOpen() && m_admin->isOpen());
        m_eventId = m_super->value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
            "VALUES ('Text Night', 'Main Hall', now() + interval '10 days', 1000, 100) RETURNING id")).toLongLong();
    }

    void hiddenCharactersAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        // QChar, not QString::fromUcs4: that one swallows a byte-order mark it takes for an encoding mark.
        auto add = [](const char *what, char16_t c) {
            QTest::newRow(what) << (QStringLiteral("Som") + QChar(c) + QStringLiteral("chai"));
        };
        add("right-to-left override U+202E", 0x202e);
        add("left-to-right embedding U+202A", 0x202a);
        add("pop directional formatting U+202C", 0x202c);
        add("left-to-right isolate U+2066", 0x2066);
        add("pop directional isolate U+2069", 0x2069);
        add("word joiner U+2060", 0x2060);
        add("byte-order mark U+FEFF", 0xfeff);
        add("bell U+0007", 0x0007);
        add("escape U+001B", 0x001b);
        add("delete U+007F", 0x007f);
        add("next line U+0085", 0x0085);
        add("tab in a name", 0x0009);
        add("line break in a name", 0x000a);
    }

    void hiddenCharactersAreRefused()
    {
        QFETCH(QString, text);
        const QString before = counts();
        // The client says so first, beside the field.
        const auto local = Validation::checkCustomerName(text);
        QVERIFY(local.has_value());
        QCOMPARE(local->code(), ErrorCode::HiddenCharacters);
        QCOMPARE(local->field(), QStringLiteral("name"));
        // The database refuses it from every writer, whatever the client checked.
        QCOMPARE(stateOf(*m_kiosk, QStringLiteral("SELECT * FROM marquee.book_tickets(?, 1, ?, ?, gen_random_uuid())"),
                         {m_eventId, text, nextPhone()}),
                 QStringLiteral("MQ004"));
        QCOMPARE(stateOf(*m_clerk, QStringLiteral("INSERT INTO marquee.users (name, phone) VALUES (?, ?)"), {text, nextPhone()}),
                 QStringLiteral("23514"));
        QCOMPARE(stateOf(*m_admin, QStringLiteral("INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
                                                  "VALUES (?, 'Hall', now() + interval '3 days', 10, 1)"), {text}),
                 QStringLiteral("23514"));
        QCOMPARE(stateOf(*m_admin, QStringLiteral("INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
                                                  "VALUES ('Fine', ?, now() + interval '3 days', 10, 1)"), {text}),
                 QStringLiteral("23514"));
        QCOMPARE(stateOf(*m_admin, QStringLiteral("UPDATE marquee.events SET title = ? WHERE id = ?"), {text, m_eventId}),
                 QStringLiteral("23514"));
        QCOMPARE(stateOf(*m_admin, QStringLiteral("SELECT marquee.create_staff_login('tclean_' || md5(?)::text, 'password-123', "
                                                  "'marquee_kiosk', ?)"), {text.left(3), text}),
                 QStringLiteral("MQ010"));
        QCOMPARE(counts(), before);
        // Through the repositories: one sentence, on the right field.
        BookingRequest request;
        request.eventId = m_eventId;
        request.quantity = 1;
        request.customerName = text;
        request.customerPhone = nextPhone();
        QCOMPARE(BookingRepository(m_kiosk->db()).book(request).error().code(), ErrorCode::InvalidCustomer);
        auto customer = UserRepository(m_clerk->db()).create(text, nextPhone());
        QVERIFY(!customer.ok());
        QCOMPARE(customer.error().code(), ErrorCode::HiddenCharacters);
        EventDraft draft;
        draft.title = QStringLiteral("Fine");
        draft.venue = text;
        draft.startsAt = QDateTime::currentDateTimeUtc().addDays(3);
        draft.capacity = 10;
        auto event = EventRepository(m_admin->db()).create(draft);
        QVERIFY(!event.ok());
        QCOMPARE(event.error().code(), ErrorCode::HiddenCharacters);
        QCOMPARE(event.error().field(), QStringLiteral("venue"));
        QCOMPARE(counts(), before);
    }

    void whatThaiAndEmojiNeedIsKept_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("zero-width space (Thai word breaks)") << QStringLiteral("สมชาย\u200Bใจดี");
        QTest::newRow("zero-width joiner (emoji)") << QStringLiteral("Family \U0001F468\u200D\U0001F469\u200D\U0001F467");
        QTest::newRow("zero-width non-joiner") << QStringLiteral("Some\u200Cname");
        QTest::newRow("Thai with tone marks") << QStringLiteral("นางสาว กัญญา สุขสวัสดิ์");
    }

    void whatThaiAndEmojiNeedIsKept()
    {
        QFETCH(QString, text);
        QVERIFY(!Validation::checkCustomerName(text).has_value());
        const QString phone = nextPhone();
        QCOMPARE(stateOf(*m_kiosk, QStringLiteral("SELECT * FROM marquee.book_tickets(?, 1, ?, ?, gen_random_uuid())"),
                         {m_eventId, text, phone}),
                 QString());
        QSqlQuery q(m_super->db());
        q.prepare(QStringLiteral("SELECT b.customer_name FROM marquee.bookings b JOIN marquee.users u ON u.id = b.user_id WHERE u.phone = ?"));
        q.bindValue(0, phone);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), text);
        QCOMPARE(stateOf(*m_admin, QStringLiteral("INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
                                                  "VALUES (?, ?, now() + interval '3 days', 10, 1)"), {text, text}),
                 QString());
    }

    void descriptionsKeepLineBreaksOnly()
    {
        const QString lines = QStringLiteral("First line\nSecond line\r\n\tindented");
        QCOMPARE(stateOf(*m_admin, QStringLiteral("UPDATE marquee.events SET description = ? WHERE id = ?"), {lines, m_eventId}), QString());
        QCOMPARE(stateOf(*m_admin, QStringLiteral("UPDATE marquee.events SET description = ? WHERE id = ?"),
                         {QString(lines + QStringLiteral("\u202E")), m_eventId}),
                 QStringLiteral("23514"));
        EventDraft draft;
        draft.title = QStringLiteral("Fine");
        draft.venue = QStringLiteral("Hall");
        draft.description = lines;
        draft.startsAt = QDateTime::currentDateTimeUtc().addDays(3);
        draft.capacity = 10;
        QVERIFY(Validation::checkEvent(draft, true).isEmpty());
        draft.description += QChar(0xFEFF);
        const QList<Error> errors = Validation::checkEvent(draft, true);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().code(), ErrorCode::HiddenCharacters);
        QCOMPARE(errors.first().field(), QStringLiteral("description"));
    }

    void cleanupTestCase()
    {
        m_kiosk.reset();
        m_clerk.reset();
        m_admin.reset();
        m_super.reset();
        m_database.terminateSessions();
    }
};

QTEST_GUILESS_MAIN(TestCleanText)
#include "tst_cleantext.moc"

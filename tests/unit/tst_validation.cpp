#include "common/error.h"
#include "common/money.h"
#include "session/connectionprofile.h"
#include "validation/validation.h"

#include <QSet>
#include <QSqlError>
#include <QtTest/QtTest>

using namespace Marquee;

// The client-side copy of the database's rules, exact money, connection strings and error mapping.
class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void phone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("plain") << "0812345678" << true << "0812345678";
        QTest::newRow("international") << "+66 81-234 5678" << true << "+66812345678";
        QTest::newRow("six digits") << "123456" << true << "123456";
        QTest::newRow("five digits") << "12345" << false << "12345";
        QTest::newRow("twenty digits") << "12345678901234567890" << true << "12345678901234567890";
        QTest::newRow("twenty-one digits") << "123456789012345678901" << false << "123456789012345678901";
        QTest::newRow("letters") << "08123abc45" << false << "08123abc45";
        QTest::newRow("plus inside") << "08+12345678" << false << "08+12345678";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("injection") << "0812345678'; DROP TABLE x; --" << false << "";
        QTest::newRow("thai digits") << QString::fromUtf8("๐๘๑๒๓๔๕๖๗๘") << false << "";
    }
    void phone()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        QCOMPARE(Validation::isValidPhone(phone), valid);
        QCOMPARE(Validation::checkPhone(phone).has_value(), !valid);
        if (valid)
            QCOMPARE(Validation::normalizePhone(phone), normalized);
    }

    void customerName()
    {
        QVERIFY(!Validation::checkCustomerName(QStringLiteral("Somchai")));
        QVERIFY(!Validation::checkCustomerName(QString::fromUtf8("สมชาย ใจดี 🎭")));
        QCOMPARE(Validation::checkCustomerName(QStringLiteral("   "))->code(), ErrorCode::NameRequired);
        QCOMPARE(Validation::checkCustomerName(QString(101, QLatin1Char('a')))->code(), ErrorCode::NameTooLong);
    }

    void quantity()
    {
        QVERIFY(!Validation::checkQuantity(1));
        QVERIFY(!Validation::checkQuantity(10));
        QCOMPARE(Validation::checkQuantity(0)->code(), ErrorCode::InvalidQuantity);
        QCOMPARE(Validation::checkQuantity(-3)->code(), ErrorCode::InvalidQuantity);
        QCOMPARE(Validation::checkQuantity(11)->code(), ErrorCode::InvalidQuantity);
        QVERIFY(!Validation::checkQuantity(11, 20));
    }

    void eventDraft()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        EventDraft good;
        good.title = QStringLiteral("Jazz");
        good.venue = QStringLiteral("Hall");
        good.startsAt = now.addDays(3);
        good.capacity = 100;
        good.price = Money::fromMinorUnits(50000);
        QVERIFY(Validation::checkEvent(good, true, 0, now).isEmpty());

        EventDraft bad;
        bad.title = QStringLiteral("  ");
        bad.venue = QString();
        bad.startsAt = now.addSecs(-60);
        bad.capacity = 0;
        bad.price = Money::fromMinorUnits(-1);
        QStringList fields;
        for (const Error &e : Validation::checkEvent(bad, true, 0, now))
            fields << e.field();
        QCOMPARE(fields, QStringList({QStringLiteral("title"), QStringLiteral("venue"), QStringLiteral("capacity"),
                                      QStringLiteral("price"), QStringLiteral("startsAt")}));

        // Editing an existing event: a past start is history, but capacity may not drop below what is sold.
        EventDraft edit = good;
        edit.startsAt = now.addDays(-1);
        edit.capacity = 10;
        const QList<Error> editErrors = Validation::checkEvent(edit, false, 20, now);
        QCOMPARE(editErrors.size(), 1);
        QCOMPARE(editErrors.first().code(), ErrorCode::CapacityBelowSold);
    }

    void ticketCode()
    {
        QVERIFY(Validation::isWellFormedTicketCode(QStringLiteral("TKT-20261123-7KQ2M9XA")));
        QCOMPARE(Validation::normalizeTicketCode(QStringLiteral(" tkt-20261123-7kq2m9xa ")), QStringLiteral("TKT-20261123-7KQ2M9XA"));
        QVERIFY(!Validation::isWellFormedTicketCode(QStringLiteral("TKT-2026112-7KQ2M9XA")));
        QVERIFY(!Validation::isWellFormedTicketCode(QStringLiteral("TKT-20261123-7KQ2M9X")));
        QVERIFY(!Validation::isWellFormedTicketCode(QStringLiteral("TKT-20261123-7kq2m9xa")));
        QVERIFY(!Validation::isWellFormedTicketCode(QStringLiteral("X")));
    }

    void money_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qlonglong>("minor");
        QTest::newRow("whole") << "1250" << true << 125000LL;
        QTest::newRow("one decimal") << "1250.5" << true << 125050LL;
        QTest::newRow("two decimals") << "0.10" << true << 10LL;
        QTest::newRow("negative") << "-3.10" << true << -310LL;
        QTest::newRow("three decimals") << "1.005" << false << 0LL;
        QTest::newRow("text") << "abc" << false << 0LL;
        QTest::newRow("empty") << "" << false << 0LL;
    }
    void money()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qlonglong, minor);
        const auto parsed = Money::fromDecimalString(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(parsed->minorUnits(), minor);
    }

    void moneyIsExact()
    {
        // 0.1 + 0.2 is exactly 0.3 here, as it is in numeric: no double in between.
        const Money sum = *Money::fromDecimalString(QStringLiteral("0.1")) + *Money::fromDecimalString(QStringLiteral("0.2"));
        QCOMPARE(sum.toDecimalString(), QStringLiteral("0.30"));
        QCOMPARE(Money::fromMinorUnits(99999999999LL).toDecimalString(), QStringLiteral("999999999.99"));
        QCOMPARE(Money::fromMinorUnits(-5).toDecimalString(), QStringLiteral("-0.05"));
        QCOMPARE(Money::fromMinorUnits(123456).toDisplayString(QLocale(QLocale::English)), QStringLiteral("1,234.56"));
    }

    void connInfo()
    {
        auto profile = ConnectionProfile::fromConnInfo(
            QStringLiteral("host=/run/x port=5433 dbname=marquee user=alice password='it\\'s' sslmode=verify-full sslrootcert=/etc/ca.pem"));
        QVERIFY(profile.ok());
        QCOMPARE(profile->host, QStringLiteral("/run/x"));
        QCOMPARE(profile->port, 5433);
        QCOMPARE(profile->database, QStringLiteral("marquee"));
        QCOMPARE(profile->user, QStringLiteral("alice"));
        QCOMPARE(profile->sslMode, QStringLiteral("verify-full"));
        QCOMPARE(profile->extraOptions.size(), 1);
        QVERIFY(profile->connectOptions().contains(QStringLiteral("sslmode=verify-full")));
        QVERIFY(!profile->displayName().contains(QStringLiteral("it")));

        auto quoted = ConnectionProfile::fromConnInfo(QStringLiteral("password='a b\\'c'"));
        QVERIFY(quoted.ok());
        QCOMPARE(quoted->password, QStringLiteral("a b'c"));

        QVERIFY(!ConnectionProfile::fromConnInfo(QStringLiteral("port=abc")).ok());
        QVERIFY(!ConnectionProfile::fromConnInfo(QStringLiteral("host")).ok());
        QVERIFY(!ConnectionProfile::fromConnInfo(QStringLiteral("password='unterminated")).ok());
        QVERIFY(!ConnectionProfile::fromConnInfo(QStringLiteral("sslrootcert=a;b")).ok());
    }

    // A primary and its standby, as libpq takes them (issue #16): the host list goes to the driver as it is,
    // a port list travels in the connect options (QSqlDatabase::setPort takes one number), and a terminal
    // asks for the server that takes writes unless told otherwise.
    void connInfoWithStandby()
    {
        auto one = ConnectionProfile::fromConnInfo(QStringLiteral("host=db1,db2 port=5433 dbname=marquee user=desk01"));
        QVERIFY(one.ok());
        QCOMPARE(one->host, QStringLiteral("db1,db2"));
        QCOMPARE(one->port, 5433);
        QVERIFY(one->ports.isEmpty());
        QCOMPARE(one->driverPort(), 5433);
        QVERIFY(one->hasHostList());
        QVERIFY(one->connectOptions().contains(QStringLiteral("target_session_attrs=read-write")));
        QVERIFY(!one->connectOptions().contains(QStringLiteral("port=")));

        auto each = ConnectionProfile::fromConnInfo(
            QStringLiteral("host=db1,/run/db2 port=5432,5433 target_session_attrs=primary"));
        QVERIFY(each.ok());
        QCOMPARE(each->ports, (QList<int>{5432, 5433}));
        QCOMPARE(each->driverPort(), -1);
        QVERIFY(each->connectOptions().contains(QStringLiteral("port='5432,5433'")));
        // Given: passed through, not replaced.
        QVERIFY(each->connectOptions().contains(QStringLiteral("target_session_attrs='primary'")));
        QVERIFY(!each->connectOptions().contains(QStringLiteral("read-write")));
        QVERIFY(each->displayName().contains(QStringLiteral("db1,/run/db2:5432,5433")));

        auto single = ConnectionProfile::fromConnInfo(QStringLiteral("host=db1 port=5432"));
        QVERIFY(single.ok());
        QVERIFY(!single->hasHostList());
        QVERIFY(!single->connectOptions().contains(QStringLiteral("target_session_attrs")));

        QVERIFY(!ConnectionProfile::fromConnInfo(QStringLiteral("host=db1,db2,db3 port=5432,5433")).ok());
        QVERIFY(!ConnectionProfile::fromConnInfo(QStringLiteral("host=db1,db2 port=5432,")).ok());
        QVERIFY(!ConnectionProfile::fromConnInfo(QStringLiteral("host=db1,db2 port=5432,x")).ok());
        QVERIFY(!ConnectionProfile::fromConnInfo(QStringLiteral("host=db1,db2 port=5432,70000")).ok());
    }

    void errorMapping_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("MQ001") << "MQ001" << "only 1 seats left" << int(ErrorCode::SoldOut) << "";
        QTest::newRow("MQ002") << "MQ002" << "" << int(ErrorCode::NotOnSale) << "";
        QTest::newRow("MQ003") << "MQ003" << "" << int(ErrorCode::InvalidQuantity) << "quantity";
        QTest::newRow("MQ004") << "MQ004" << "" << int(ErrorCode::InvalidCustomer) << "";
        QTest::newRow("MQ005") << "MQ005" << "" << int(ErrorCode::BookingNotFound) << "";
        QTest::newRow("42501") << "42501" << "permission denied for table users" << int(ErrorCode::PermissionDenied) << "";
        QTest::newRow("57014") << "57014" << "" << int(ErrorCode::Timeout) << "";
        QTest::newRow("55P03") << "55P03" << "" << int(ErrorCode::Timeout) << "";
        QTest::newRow("57P01") << "57P01" << "" << int(ErrorCode::ConnectionLost) << "";
        QTest::newRow("capacity") << "23514"
            << "new row for relation \"events\" violates check constraint \"events_capacity_positive\""
            << int(ErrorCode::CapacityNotPositive) << "capacity";
        QTest::newRow("below sold") << "23514"
            << "new row for relation \"events\" violates check constraint \"events_sold_within_capacity\""
            << int(ErrorCode::CapacityBelowSold) << "capacity";
        QTest::newRow("phone taken") << "23505"
            << "duplicate key value violates unique constraint \"users_phone_unique\"" << int(ErrorCode::PhoneTaken) << "phone";
        QTest::newRow("MQ012") << "MQ012" << "" << int(ErrorCode::IdempotencyKeyReused) << "";
        QTest::newRow("MQ013") << "MQ013" << "" << int(ErrorCode::BookingRateExceeded) << "";
        QTest::newRow("MQ014") << "MQ014" << "" << int(ErrorCode::CustomerLimitExceeded) << "";
        QTest::newRow("MQ015") << "MQ015" << "" << int(ErrorCode::OutsideCheckInWindow) << "";
        QTest::newRow("MQ019") << "MQ019" << "" << int(ErrorCode::TooManyLookups) << "";
        QTest::newRow("53400") << "53400" << "max_connections leaves room" << int(ErrorCode::ConnectionBudgetFull) << "";
        QTest::newRow("53300 server") << "53300" << "sorry, too many clients already" << int(ErrorCode::ServerFull) << "";
        QTest::newRow("53300 login") << "53300" << "too many connections for role \"kiosk01\"" << int(ErrorCode::LoginConnectionLimit) << "";
        QTest::newRow("hidden title") << "23514"
            << "new row for relation \"events\" violates check constraint \"events_title_clean\""
            << int(ErrorCode::HiddenCharacters) << "title";
        QTest::newRow("hidden name") << "23514"
            << "new row for relation \"users\" violates check constraint \"users_name_clean\""
            << int(ErrorCode::HiddenCharacters) << "name";
        QTest::newRow("unknown") << "XX000" << "" << int(ErrorCode::Internal) << "";
    }

    // Every code of issue #10 has its own sentence: none is another's, none is the generic one.
    void eachRefusalHasItsOwnSentence()
    {
        const ErrorCode codes[] = {ErrorCode::IdempotencyKeyReused, ErrorCode::BookingRateExceeded,
                                   ErrorCode::CustomerLimitExceeded, ErrorCode::OutsideCheckInWindow,
                                   ErrorCode::TooManyLookups, ErrorCode::HiddenCharacters, ErrorCode::ReferenceInvalid,
                                   ErrorCode::ServerFull, ErrorCode::LoginConnectionLimit, ErrorCode::ConnectionBudgetFull,
                                   ErrorCode::MigrationLockTimeout, ErrorCode::CannotConnect, ErrorCode::Internal};
        QSet<QString> sentences;
        for (ErrorCode code : codes)
            sentences.insert(Error(code).message());
        QCOMPARE(sentences.size(), int(std::size(codes)));
    }

    // libpq gives a refused connection no SQLSTATE: the server's sentence says which refusal it was.
    void refusedConnectionsSayWhy()
    {
        const QSqlError full(QStringLiteral("QPSQL: Unable to connect"), QStringLiteral("FATAL:  sorry, too many clients already"),
                             QSqlError::ConnectionError);
        QCOMPARE(Error::fromSql(full).code(), ErrorCode::ServerFull);
        const QSqlError reserved(QStringLiteral("QPSQL: Unable to connect"),
                                 QStringLiteral("FATAL:  remaining connection slots are reserved for non-replication superuser connections"),
                                 QSqlError::ConnectionError);
        QCOMPARE(Error::fromSql(reserved).code(), ErrorCode::ServerFull);
        const QSqlError login(QStringLiteral("QPSQL: Unable to connect"), QStringLiteral("FATAL:  too many connections for role \"kiosk01\""),
                              QSqlError::ConnectionError);
        QCOMPARE(Error::fromSql(login).code(), ErrorCode::LoginConnectionLimit);
        QCOMPARE(Error::fromSql(login).sqlState(), QStringLiteral("53300"));
        const QSqlError password(QStringLiteral("QPSQL: Unable to connect"),
                                 QStringLiteral("FATAL:  password authentication failed for user \"kiosk01\""), QSqlError::ConnectionError);
        QCOMPARE(Error::fromSql(password).code(), ErrorCode::AuthenticationFailed);
    }

    void hiddenCharacters()
    {
        for (char16_t c : {u'\u202A', u'\u202B', u'\u202C', u'\u202D', u'\u202E', u'\u2066', u'\u2067', u'\u2068', u'\u2069',
                           u'\u2060', u'\uFEFF', u'\u0001', u'\u001F', u'\u007F', u'\u0085', u'\u009F'}) {
            const QString text = QStringLiteral("ab") + QChar(c) + QStringLiteral("cd");
            QVERIFY2(Validation::hasHiddenCharacters(text, true), qPrintable(QString::number(c, 16)));
        }
        for (char16_t c : {u'\u200B', u'\u200C', u'\u200D', u'\u0E48', u'\u00E9'})
            QVERIFY(!Validation::hasHiddenCharacters(QStringLiteral("ab") + QChar(c) + QStringLiteral("cd"), false));
        QVERIFY(!Validation::hasHiddenCharacters(QStringLiteral("a\nb\tc"), true));
        QVERIFY(Validation::hasHiddenCharacters(QStringLiteral("a\nb"), false));
        QCOMPARE(Validation::checkCustomerName(QStringLiteral("Eve\u202E"))->code(), ErrorCode::HiddenCharacters);
        QVERIFY(Validation::checkStaffFullName(QStringLiteral("Kiosk \u2066one")).has_value());
    }

    void bookingReference()
    {
        QCOMPARE(Validation::normalizeBookingReference(QStringLiteral(" k7qm-2xpa ")), QStringLiteral("K7QM2XPA"));
        QVERIFY(Validation::isWellFormedBookingReference(QStringLiteral("K7QM2XPA")));
        for (const char *bad : {"K7QM2XP", "K7QM2XPAB", "K0QM2XPA", "KOQM2XPA", "K1QM2XPA", "KIQM2XPA", "#123", "12345678"})
            QVERIFY2(!Validation::isWellFormedBookingReference(QLatin1String(bad)), bad);
    }

    void loginName()
    {
        QVERIFY(Validation::isValidLoginName(QStringLiteral("kiosk01")));
        QVERIFY(Validation::isValidLoginName(QStringLiteral("desk_front")));
        for (const char *bad : {"current_user", "session_user", "current_role", "all", "public", "none", "replication",
                                "user", "select", "postgres", "pg_monitor", "marquee_admin", "ab", "Kiosk", "1kiosk"})
            QVERIFY2(!Validation::isValidLoginName(QLatin1String(bad)), bad);
    }
    void errorMapping()
    {
        QFETCH(QString, state);
        QFETCH(QString, text);
        QFETCH(int, code);
        QFETCH(QString, field);
        const Error error = Error::fromSqlState(state, text);
        QCOMPARE(int(error.code()), code);
        QCOMPARE(error.field(), field);
        QCOMPARE(error.sqlState(), state);
        QVERIFY(!error.message().isEmpty());
        // A person never reads SQL.
        QVERIFY(!error.message().contains(QStringLiteral("violates")));
        QVERIFY(!error.message().contains(state));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"

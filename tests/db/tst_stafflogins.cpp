// Staff logins and connection budgets (issue #10, points 2, 9 and 12). An admin could reset another
// admin's password and sign in as them; create_staff_login took names such as current_user and all; a
// kiosk login opened 97 connections in 2 s and then no admin could connect; and the README said not even
// the schema owner can change audit entries. Here, as the logins with their passwords.

#include "database/connection.h"
#include "domain/session.h"
#include "session/terminalsession.h"
#include "sqlsession.h"
#include "staff/staffrepository.h"
#include "testdatabase.h"
#include "validation/validation.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest/QtTest>

#include <memory>
#include <vector>

using namespace Marquee;
using Marquee::Test::SqlSession;

class TestStaffLogins : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("stafflogins")};
    std::unique_ptr<SqlSession> m_super;
    const QString m_password = QStringLiteral("staff-password-1");
    // Roles are cluster-wide: every name this test makes starts with this.
    QString m_prefix;

    QString name(const QString &what) const { return m_prefix + what; }

    ConnectionProfile as(const QString &login, const QString &password = QString()) const
    {
        return m_database.profileFor(login, password.isEmpty() ? m_password : password);
    }

    QString verifierOf(const QString &login) const
    {
        return m_super->value(QStringLiteral("SELECT rolpassword FROM pg_catalog.pg_authid WHERE rolname = '%1'").arg(login)).toString();
    }

    bool exists(const QString &login) const
    {
        return m_super->value(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = '%1'").arg(login)).toInt() == 1;
    }

    // Made by the superuser (the schema owner here) through the function, as README's first admin is.
    bool createByOwner(const QString &login, const QString &group)
    {
        m_database.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
        return m_super->stateOf(QStringLiteral("SELECT marquee.create_staff_login('%1', '%2', '%3')").arg(login, m_password, group)).isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        m_super = std::make_unique<SqlSession>(m_database.superuserProfile(), QStringLiteral("super"));
        m_prefix = QStringLiteral("tstaff_");
        for (const QString &login : {name(QStringLiteral("alice")), name(QStringLiteral("bob")), name(QStringLiteral("kiosk")),
                                     name(QStringLiteral("budget")), name(QStringLiteral("changed"))})
            QVERIFY(m_database.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login)));
        QVERIFY(createByOwner(name(QStringLiteral("alice")), QStringLiteral("marquee_admin")));
    }

    void reservedWordsAreRefused()
    {
        SqlSession alice(as(name(QStringLiteral("alice"))), QStringLiteral("alice"));
        QVERIFY(alice.isOpen());
        const QStringList words = {QStringLiteral("current_user"), QStringLiteral("session_user"), QStringLiteral("current_role"),
                                   QStringLiteral("all"), QStringLiteral("public"), QStringLiteral("none"), QStringLiteral("replication"),
                                   QStringLiteral("user"), QStringLiteral("select"), QStringLiteral("sameuser"), QStringLiteral("samerole"),
                                   QStringLiteral("postgres"), QStringLiteral("pg_monitor"), QStringLiteral("marquee_kiosk2")};
        for (const QString &word : words) {
            const bool existedBefore = exists(word);
            QCOMPARE(alice.stateOf(QStringLiteral("SELECT marquee.create_staff_login('%1', 'password-123', 'marquee_kiosk')").arg(word)),
                     QStringLiteral("MQ010"));
            QCOMPARE(exists(word), existedBefore);
            QVERIFY2(!Validation::isValidLoginName(word), qPrintable(word));
        }
        auto refused = StaffRepository(alice.db()).create(QStringLiteral("current_user"), m_password, StaffGroup::Kiosk);
        QCOMPARE(refused.error().code(), ErrorCode::InvalidStaffLogin);
        QVERIFY(refused.error().message().contains(QStringLiteral("reserved")));
        QCOMPARE(m_super->value(QStringLiteral("SELECT count(*) FROM marquee.staff_logins")).toInt(), 1);
    }

    void onlyTheOwnerChangesAnAdminLogin()
    {
        SqlSession alice(as(name(QStringLiteral("alice"))), QStringLiteral("alice"));
        StaffRepository staff(alice.db());
        // An admin may still create admins, and manage the logins of the other groups.
        QVERIFY(staff.create(name(QStringLiteral("bob")), m_password, StaffGroup::Admin, QStringLiteral("Bob")).ok());
        QVERIFY(staff.create(name(QStringLiteral("kiosk")), m_password, StaffGroup::Kiosk).ok());
        QVERIFY(staff.resetPassword(name(QStringLiteral("kiosk")), QStringLiteral("kiosk-password-2")).ok());
        QVERIFY(staff.setEnabled(name(QStringLiteral("kiosk")), false).ok());
        QVERIFY(staff.setEnabled(name(QStringLiteral("kiosk")), true).ok());

        // The attack: reset another admin's password and sign in as them.
        const QString bobBefore = verifierOf(name(QStringLiteral("bob")));
        QCOMPARE(alice.stateOf(QStringLiteral("SELECT marquee.reset_staff_password('%1', 'alice-knows-it')").arg(name(QStringLiteral("bob")))),
                 QStringLiteral("42501"));
        QCOMPARE(alice.stateOf(QStringLiteral("SELECT marquee.set_staff_login_enabled('%1', false)").arg(name(QStringLiteral("bob")))),
                 QStringLiteral("42501"));
        QCOMPARE(staff.resetPassword(name(QStringLiteral("bob")), QStringLiteral("alice-knows-it")).error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(verifierOf(name(QStringLiteral("bob"))), bobBefore);
        QVERIFY(!SqlSession(as(name(QStringLiteral("bob")), QStringLiteral("alice-knows-it")), QStringLiteral("bob")).isOpen());
        QVERIFY(SqlSession(as(name(QStringLiteral("bob"))), QStringLiteral("bob")).isOpen());
        // Not herself either: an admin's own login belongs to the owner too.
        QCOMPARE(alice.stateOf(QStringLiteral("SELECT marquee.set_staff_login_enabled('%1', false)").arg(name(QStringLiteral("alice")))),
                 QStringLiteral("42501"));

        // The schema owner may.
        QCOMPARE(m_super->stateOf(QStringLiteral("SELECT marquee.reset_staff_password('%1', 'bobs-new-password')").arg(name(QStringLiteral("bob")))),
                 QString());
        QVERIFY(SqlSession(as(name(QStringLiteral("bob")), QStringLiteral("bobs-new-password")), QStringLiteral("bob")).isOpen());
    }

    // A login the DBA changed after it was made (a second group, CREATEROLE, SUPERUSER, BYPASSRLS) is no
    // longer the functions' to touch, whatever staff_logins says.
    void rolesThatChangedAreNotTouched()
    {
        const QString login = name(QStringLiteral("changed"));
        QVERIFY(createByOwner(login, QStringLiteral("marquee_kiosk")));
        SqlSession alice(as(name(QStringLiteral("alice"))), QStringLiteral("alice"));
        const QStringList changes = {QStringLiteral("GRANT marquee_box_office TO %1"), QStringLiteral("ALTER ROLE %1 CREATEROLE"),
                                     QStringLiteral("ALTER ROLE %1 BYPASSRLS"), QStringLiteral("ALTER ROLE %1 SUPERUSER")};
        const QStringList undo = {QStringLiteral("REVOKE marquee_box_office FROM %1"), QStringLiteral("ALTER ROLE %1 NOCREATEROLE"),
                                  QStringLiteral("ALTER ROLE %1 NOBYPASSRLS"), QStringLiteral("ALTER ROLE %1 NOSUPERUSER")};
        for (int i = 0; i < changes.size(); ++i) {
            QVERIFY(m_database.exec(changes.at(i).arg(login)));
            const QString before = verifierOf(login);
            QCOMPARE(alice.stateOf(QStringLiteral("SELECT marquee.reset_staff_password('%1', 'taken-over-1')").arg(login)),
                     QStringLiteral("42501"));
            QCOMPARE(alice.stateOf(QStringLiteral("SELECT marquee.set_staff_login_enabled('%1', false)").arg(login)),
                     QStringLiteral("42501"));
            // Not even the owner's call goes through: the DBA changed the role, the DBA changes it back.
            QCOMPARE(m_super->stateOf(QStringLiteral("SELECT marquee.reset_staff_password('%1', 'taken-over-1')").arg(login)),
                     QStringLiteral("42501"));
            QCOMPARE(verifierOf(login), before);
            QVERIFY(m_super->value(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(login)).toBool());
            QVERIFY(m_database.exec(undo.at(i).arg(login)));
        }
        QCOMPARE(alice.stateOf(QStringLiteral("SELECT marquee.reset_staff_password('%1', 'fine-again-1')").arg(login)), QString());
    }

    void aLoginGetsOneTerminalsConnections()
    {
        const QString login = name(QStringLiteral("kiosk"));
        // A kiosk terminal: the listener and one worker, and the sign-in check (migrations/0040).
        QCOMPARE(m_super->value(QStringLiteral("SELECT rolconnlimit FROM pg_roles WHERE rolname = '%1'").arg(login)).toInt(),
                 TerminalSession::connectionCount(StaffGroup::Kiosk) + 1);
        QCOMPARE(TerminalSession::connectionCount(StaffGroup::Kiosk) + 1, 3);
        const ConnectionProfile profile = as(login, QStringLiteral("kiosk-password-2"));
        std::vector<std::unique_ptr<SqlSession>> sessions;
        for (int i = 0; i < 3; ++i) {
            sessions.push_back(std::make_unique<SqlSession>(profile, QStringLiteral("k%1").arg(i)));
            QVERIFY2(sessions.back()->isOpen(), qPrintable(sessions.back()->openError().detail()));
        }
        // It cannot raise its own limit.
        QCOMPARE(sessions.front()->stateOf(QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT -1").arg(login)), QStringLiteral("42501"));
        // The fourth is refused, in its own words (not "cannot reach the server").
        SqlSession fourth(profile, QStringLiteral("k4"));
        QVERIFY(!fourth.isOpen());
        QCOMPARE(fourth.openError().code(), ErrorCode::LoginConnectionLimit);
        QVERIFY(fourth.openError().message() != Error(ErrorCode::CannotConnect).message());
        // An admin still gets in.
        QVERIFY(SqlSession(as(name(QStringLiteral("alice"))), QStringLiteral("alice")).isOpen());

        // A later change of the terminal: the count changes in one place and every login follows.
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.terminal_connections SET connections = 2 WHERE group_name = 'marquee_kiosk'")));
        QVERIFY(m_super->value(QStringLiteral("SELECT marquee.apply_connection_limits()")).toInt() >= 3);
        QCOMPARE(m_super->value(QStringLiteral("SELECT rolconnlimit FROM pg_roles WHERE rolname = '%1'").arg(login)).toInt(), 2);
        QCOMPARE(m_super->value(QStringLiteral("SELECT rolconnlimit FROM pg_roles WHERE rolname = '%1'").arg(name(QStringLiteral("alice")))).toInt(), 4);
        QCOMPARE(sessions.front()->stateOf(QStringLiteral("SELECT marquee.apply_connection_limits()")), QStringLiteral("42501"));
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.terminal_connections SET connections = 3 WHERE group_name = 'marquee_kiosk'")));
        QVERIFY(m_super->value(QStringLiteral("SELECT marquee.apply_connection_limits()")).toInt() >= 3);
    }

    // All logins' limits together stay within max_connections less the reserves, so admins keep a way in
    // when every kiosk has used every slot.
    void theBudgetIsCheckedWhenALoginIsMade()
    {
        const int budget = m_super->value(QStringLiteral("SELECT budget FROM marquee.connection_budget()")).toInt();
        const int promised = m_super->value(QStringLiteral("SELECT promised FROM marquee.connection_budget()")).toInt();
        QCOMPARE(promised, m_super->value(QStringLiteral("SELECT sum(c.connections) FROM marquee.staff_logins s JOIN marquee.terminal_connections c"
                                                         " ON c.group_name = marquee.manageable_group(s.login)")).toInt());
        // Leave room for less than one more kiosk login (3 connections).
        const int reserve = 5 + (budget - promised) - 2;
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = '%1' WHERE key = 'connection_reserve'").arg(reserve)));
        SqlSession alice(as(name(QStringLiteral("alice"))), QStringLiteral("alice"));
        QCOMPARE(alice.stateOf(QStringLiteral("SELECT marquee.create_staff_login('%1', '%2', 'marquee_kiosk')")
                                   .arg(name(QStringLiteral("budget")), m_password)),
                 QStringLiteral("53400"));
        QVERIFY(!exists(name(QStringLiteral("budget"))));
        auto refused = StaffRepository(alice.db()).create(name(QStringLiteral("budget")), m_password, StaffGroup::Kiosk);
        QCOMPARE(refused.error().code(), ErrorCode::ConnectionBudgetFull);
        QVERIFY(refused.error().message().contains(QStringLiteral("max_connections")));
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = '5' WHERE key = 'connection_reserve'")));
        QVERIFY(StaffRepository(alice.db()).create(name(QStringLiteral("budget")), m_password, StaffGroup::Kiosk).ok());
    }

    // README tells the truth: the schema owner (and a superuser) can switch the audit log's triggers off
    // and delete entries; no admin can.
    void theOwnerCanRewriteTheAuditLogAnAdminCannot()
    {
        QCOMPARE(m_super->stateOf(QStringLiteral("DELETE FROM marquee.audit_log")), QStringLiteral("42501"));
        QCOMPARE(m_super->stateOf(QStringLiteral("BEGIN")), QString());
        QCOMPARE(m_super->stateOf(QStringLiteral("ALTER TABLE marquee.audit_log DISABLE TRIGGER audit_log_append_only")), QString());
        QVERIFY(m_super->value(QStringLiteral("WITH gone AS (DELETE FROM marquee.audit_log RETURNING 1) SELECT count(*) FROM gone")).toInt() > 0);
        QCOMPARE(m_super->stateOf(QStringLiteral("ROLLBACK")), QString());
        QVERIFY(m_super->value(QStringLiteral("SELECT count(*) FROM marquee.audit_log")).toInt() > 0);
        SqlSession alice(as(name(QStringLiteral("alice"))), QStringLiteral("alice"));
        QCOMPARE(alice.stateOf(QStringLiteral("ALTER TABLE marquee.audit_log DISABLE TRIGGER audit_log_append_only")), QStringLiteral("42501"));
        QCOMPARE(alice.stateOf(QStringLiteral("DELETE FROM marquee.audit_log")), QStringLiteral("42501"));
    }

    void cleanupTestCase()
    {
        m_super.reset();
        m_database.terminateSessions();
        for (const QString &login : {name(QStringLiteral("alice")), name(QStringLiteral("bob")), name(QStringLiteral("kiosk")),
                                     name(QStringLiteral("budget")), name(QStringLiteral("changed"))})
            m_database.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    }
};

QTEST_GUILESS_MAIN(TestStaffLogins)
#include "tst_stafflogins.moc"

#pragma once

#include "session/connectionprofile.h"

#include <QSqlDatabase>
#include <QString>

namespace Marquee::Test {

// A database of its own for one test executable, in the throwaway server the CTest fixture started
// (MARQUEE_TEST_PGHOST). Created fresh (dropped first if a previous run left it), migrated, and
// reachable as the server's superuser; logins of each Marquee group can be made on demand.
class TestDatabase
{
public:
    // `name` becomes part of the database name; use the test's name.
    explicit TestDatabase(const QString &name, bool migrate = true);
    ~TestDatabase();

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    QString databaseName() const { return m_databaseName; }

    // The superuser's profile for this database.
    ConnectionProfile superuserProfile() const;
    // A profile for another login of this database.
    ConnectionProfile profileFor(const QString &login, const QString &password) const;
    // A libpq string for the command line (--db).
    QString connInfo() const;

    // Opens a connection in the calling thread (the superuser unless a profile is given).
    QSqlDatabase open(const QString &connectionName) const;
    QSqlDatabase open(const QString &connectionName, const ConnectionProfile &profile) const;

    // Creates (or re-creates) a LOGIN role in `group` ("marquee_kiosk", ...) with this password.
    // Roles are cluster-wide, so the name should be unique to the test. A box-office login gets an open shift
    // (float 0) in this database, as a desk opens one before its first cash sale (MQ017 otherwise): tests
    // about shifts close it with closeShiftOf().
    bool createLogin(const QString &login, const QString &password, const QString &group) const;
    bool openShiftFor(const QString &login) const;
    // Force-closes the login's open shift (as the owner; recorded as forced), if it has one.
    bool closeShiftOf(const QString &login) const;

    // A login of `group` ("marquee_kiosk", "marquee_box_office", "marquee_admin") made for this test
    // database, with a random password, and the profile a terminal of that group would use. The server
    // checks the password (SCRAM-SHA-256; only the setup superuser connects by trust). `suffix` tells
    // several logins of one group apart; the same group and suffix give the same login.
    ConnectionProfile loginProfile(const QString &group, const QString &suffix = QString()) const;

    // Lifts the kiosk's caps on hoarding (6 bookings a minute per login, 10 tickets per customer and
    // event: migrations/0006) in this database, for tests that book faster than a kiosk may and are
    // not about the caps themselves (tst_limits is).
    bool liftBookingLimits() const;

    // Runs one statement as the superuser; fails the test on error. For setup only.
    bool exec(const QString &sql) const;

    // Terminates every other session of this database whose application_name matches.
    int terminateSessions(const QString &applicationNameLike = QStringLiteral("%")) const;

    static QString socketDirectory();
    static QString superuserName();

private:
    QString m_databaseName;
    QString m_adminConnection;
    bool m_valid = false;
    QString m_error;
};

} // namespace Marquee::Test

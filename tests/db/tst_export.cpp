// The CSV export is read back (issue #11, point 7): UTF-8 with a byte-order mark (Thai names survive a
// spreadsheet), RFC 4180 quoting (commas, quotes, line breaks), cells that a spreadsheet would run as formulas
// (=, +, -, @, tab, carriage return first) neutralised with a leading apostrophe, every booking's status as the
// database reads it now (a reservation, an expired one, a refund due), and times in the venue's zone with their
// offset. Runs with TZ=America/New_York: the file must not follow the terminal's zone.

#include "booking/bookingexport.h"
#include "booking/bookingservice.h"
#include "session/terminalsession.h"
#include "sqlsession.h"
#include "testdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace Marquee;
using Marquee::Test::SqlSession;

namespace {

// RFC 4180, read the plain way: fields split on commas outside quotes, "" inside quotes is one quote.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase m_database{QStringLiteral("export")};
    std::unique_ptr<SqlSession> m_super;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_database.liftBookingLimits());
        m_super = std::make_unique<SqlSession>(m_database.superuserProfile(), QStringLiteral("super"));
        QVERIFY(m_database.exec(QStringLiteral("UPDATE marquee.settings SET value = 'Asia/Bangkok' WHERE key = 'venue_time_zone'")));
    }

    void theFileReadsBackAsWritten()
    {
        const qint64 event = m_super->value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
            "VALUES ('Export Night', 'Hall', now() + interval '9 days', 100, 120.50) RETURNING id")).toLongLong();
        const QStringList names = {QStringLiteral("=1+1"), QStringLiteral("สมชาย ใจดี"), QStringLiteral("Smith, \"Jo\""),
                                   QStringLiteral("@SUM(A1)"), QStringLiteral("-2+3"), QStringLiteral("Walk-in")};
        SqlSession desk(m_database.loginProfile(QStringLiteral("marquee_box_office")), QStringLiteral("desk"));
        for (int i = 0; i < names.size(); ++i) {
            const QString phone = i == names.size() - 1 ? QStringLiteral("NULL") : QStringLiteral("'+66 81 700 000%1'").arg(i);
            QString name = names.at(i);
            name.replace(QLatin1Char('\''), QLatin1String("''"));
            QVERIFY(desk.stateOf(QStringLiteral("SELECT * FROM marquee.book_tickets(%1, 1, '%2', %3, gen_random_uuid(), 'cash')")
                                     .arg(event).arg(name, phone)).isEmpty());
        }
        // A reservation from a kiosk, shown as such.
        SqlSession terminal(m_database.loginProfile(QStringLiteral("marquee_kiosk")), QStringLiteral("kiosk"));
        QVERIFY(terminal.stateOf(QStringLiteral("SELECT * FROM marquee.book_tickets(%1, 2, 'Reserved One', '0817000009', "
                                                "gen_random_uuid(), 'card')").arg(event)).isEmpty());

        SessionInfo info;
        info.login = QStringLiteral("admin");
        info.group = StaffGroup::Admin;
        TerminalSession admin(m_database.loginProfile(QStringLiteral("marquee_admin")), info);
        const QString fileName = m_dir.filePath(QStringLiteral("bookings.csv"));
        QObject owner;
        BookingExport *exporter = admin.bookings().exportToCsv(event, fileName, &owner);
        exporter->setChunkSize(3);
        QSignalSpy finished(exporter, &BookingExport::finished);
        QSignalSpy progressed(exporter, &BookingExport::progressed);
        exporter->start();
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(progressed.first().at(1).toInt(), names.size() + 1);

        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.size(), 1 + names.size() + 1);
        const QStringList header = rows.first();
        QCOMPARE(header.first(), QStringLiteral("booking_id"));
        const int name = int(header.indexOf(QStringLiteral("customer_name")));
        const int phone = int(header.indexOf(QStringLiteral("customer_phone")));
        const int status = int(header.indexOf(QStringLiteral("status")));
        const int bookedAt = int(header.indexOf(QStringLiteral("booked_at")));
        const int expiresAt = int(header.indexOf(QStringLiteral("expires_at")));
        QVERIFY(name >= 0 && phone >= 0 && status >= 0 && bookedAt >= 0 && expiresAt >= 0);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        QCOMPARE(rows.at(1).at(name), QStringLiteral("'=1+1"));
        QCOMPARE(rows.at(2).at(name), QStringLiteral("สมชาย ใจดี"));
        QCOMPARE(rows.at(3).at(name), QStringLiteral("Smith, \"Jo\""));
        QCOMPARE(rows.at(4).at(name), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(rows.at(5).at(name), QStringLiteral("'-2+3"));
        // A phone starts with + too: it stays text, not a number or a formula.
        QCOMPARE(rows.at(1).at(phone), QStringLiteral("'+66817000000"));
        QCOMPARE(rows.at(6).at(name), QStringLiteral("Walk-in"));
        QVERIFY(rows.at(6).at(phone).isEmpty());
        QCOMPARE(rows.at(1).at(status), QStringLiteral("confirmed"));
        QCOMPARE(rows.at(7).at(status), QStringLiteral("reserved"));
        QVERIFY(!rows.at(7).at(expiresAt).isEmpty());
        // The venue's time, with its offset, whatever TZ says.
        QVERIFY2(rows.at(1).at(bookedAt).endsWith(QLatin1String("+07:00")), qPrintable(rows.at(1).at(bookedAt)));
        QVERIFY(QDateTime::fromString(rows.at(1).at(bookedAt), Qt::ISODate).isValid());

        // The line writer itself: tab and carriage return first are neutralised too, and quoted.
        QCOMPARE(BookingExport::csvLine({QStringLiteral("\tx"), QStringLiteral("\ry"), QStringLiteral("a\nb"), QString()}),
                 QStringLiteral("'\tx,\"'\ry\",\"a\nb\",\r\n"));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"

// An event's ticket types in the admin's form (issue #14 §1), against the real server as an admin login: the
// types are listed, a new one is added and stored, a cell that would not be stored is refused with its sentence
// and nothing changes, and the database's refusals (the last active type, a quota below what is taken) come back
// as sentences while the other rows are still saved.

#include "domain/session.h"
#include "session/terminalsession.h"
#include "sqlsession.h"
#include "testdatabase.h"
#include "tickettypes/tickettypeseditor.h"
#include "tickettypes/tickettypetablemodel.h"

#include <QSignalSpy>
#include <QtTest/QtTest>

using namespace Marquee;
using Marquee::Test::SqlSession;

class TestTicketTypesEditor : public QObject
{
    Q_OBJECT

    Test::TestDatabase m_database{QStringLiteral("tickettypeseditor")};
    std::unique_ptr<SqlSession> m_super;

    qint64 createEvent()
    {
        return m_super->value(QStringLiteral(
            "INSERT INTO marquee.events (title, venue, starts_at, capacity, price) "
            "VALUES ('Types ' || gen_random_uuid(), 'Hall', now() + interval '3 days', 100, 300) RETURNING id")).toLongLong();
    }

    static SessionInfo admin()
    {
        SessionInfo info;
        info.login = QStringLiteral("admin");
        info.group = StaffGroup::Admin;
        return info;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.error()));
        m_super = std::make_unique<SqlSession>(m_database.superuserProfile(), QStringLiteral("super"));
    }

    void addEditAndSave()
    {
        const qint64 event = createEvent();
        TerminalSession session(m_database.loginProfile(QStringLiteral("marquee_admin")), admin());
        TicketTypesEditor editor(session);
        QSignalSpy loaded(&editor, &TicketTypesEditor::loaded);
        editor.setEvent(event);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        TicketTypeTableModel *model = editor.model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->data(model->index(0, TicketTypeTableModel::Name)).toString(), QStringLiteral("Standard"));

        editor.addType();
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(model->setData(model->index(1, TicketTypeTableModel::Name), QStringLiteral("Child")));
        QVERIFY(model->setData(model->index(1, TicketTypeTableModel::Price), QStringLiteral("150.50")));
        QVERIFY(model->setData(model->index(1, TicketTypeTableModel::Quota), QStringLiteral("20")));
        QVERIFY(model->setData(model->index(1, TicketTypeTableModel::BoxOfficeOnly), Qt::Checked, Qt::CheckStateRole));
        // Refused at once, with a sentence, and nothing changes.
        QSignalSpy rejected(model, &TicketTypeTableModel::rejected);
        QVERIFY(!model->setData(model->index(1, TicketTypeTableModel::Price), QStringLiteral("12.345")));
        QVERIFY(!model->setData(model->index(1, TicketTypeTableModel::Price), QStringLiteral("-1")));
        QVERIFY(!model->setData(model->index(1, TicketTypeTableModel::Name), QStringLiteral("  ")));
        QVERIFY(!model->setData(model->index(1, TicketTypeTableModel::Quota), QStringLiteral("-3")));
        QCOMPARE(rejected.count(), 4);
        QVERIFY(!rejected.first().at(0).toString().isEmpty());
        QCOMPARE(model->data(model->index(1, TicketTypeTableModel::Price), Qt::EditRole).toString(), QStringLiteral("150.50"));

        QSignalSpy saved(&editor, &TicketTypesEditor::saved);
        editor.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QVERIFY(saved.first().at(0).toBool());
        QCOMPARE(m_super->value(QStringLiteral("SELECT price::text || '/' || quota || '/' || box_office_only FROM marquee.ticket_types "
                                               "WHERE event_id = %1 AND name = 'Child'").arg(event)).toString(),
                 QStringLiteral("150.50/20/true"));

        // The database's refusals: the last type on sale stays on sale; the rest of the rows are still saved.
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);
        QVERIFY(model->setData(model->index(1, TicketTypeTableModel::Active), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(model->setData(model->index(0, TicketTypeTableModel::Active), Qt::Unchecked, Qt::CheckStateRole));
        editor.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 10000);
        QVERIFY(!saved.last().at(0).toBool());
        QCOMPARE(saved.last().at(1).toString(), Error(ErrorCode::LastTicketType).message());
        QCOMPARE(editor.status(), Error(ErrorCode::LastTicketType).message());
        QCOMPARE(m_super->value(QStringLiteral("SELECT count(*) FROM marquee.ticket_types WHERE event_id = %1 AND active").arg(event)).toInt(), 1);
    }
};

QTEST_MAIN(TestTicketTypesEditor)
#include "tst_tickettypeseditor.moc"

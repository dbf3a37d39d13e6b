// Issue #13 (and the kiosk parts of #11), on the whole kiosk against the real server through a kiosk login's own
// session: a purchase with key events only; the accessible tree a screen reader walks, page by page (names,
// roles, states, actions); speech (what is said, as text: no loudspeaker needed) and Qt's flite engine itself;
// "are you still there?" with more time; larger text and high contrast; the reset to the venue's default
// language; the on-screen keypad; mouse-drag scrolling.
#include "booking/bookingservice.h"
#include "events/eventrepository.h"
#include "kiosk/kioskeventsmodel.h"
#include "kiosk/kioskkeypad.h"
#include "kiosk/kioskspeech.h"
#include "kiosk/kioskstilltheredialog.h"
#include "kiosk/kiosktext.h"
#include "kiosk/ticketcodespanel.h"
#include "kiosk/kioskview.h"
#include "models/eventfiltermodel.h"
#include "models/eventtablemodel.h"
#include "session/terminalsession.h"
#include "testdatabase.h"
#include "validation/validation.h"
#include "venue/venueformat.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextToSpeech>
#include <QtTest/QtTest>

#include <memory>

using namespace Marquee;

namespace {

const QString AdminConnection = QStringLiteral("access-admin");
const QString CheckConnection = QStringLiteral("access-check");

template<typename T>
T *child(const QWidget &view, const char *name)
{
    T *widget = view.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

QAccessibleInterface *accessible(QObject *object)
{
    return QAccessible::queryAccessibleInterface(object);
}

// Every interface under root that is not invisible, depth first, as a screen reader's review walks it.
void walk(QAccessibleInterface *root, QList<QAccessibleInterface *> &into)
{
    if (!root || root->state().invisible)
        return;
    into.append(root);
    for (int i = 0; i < root->childCount(); ++i)
        walk(root->child(i), into);
}

QAccessibleInterface *findByName(QAccessibleInterface *root, const QString &name, QAccessible::Role role)
{
    QList<QAccessibleInterface *> all;
    walk(root, all);
    for (QAccessibleInterface *iface : all) {
        if (iface->role() == role && iface->text(QAccessible::Name) == name)
            return iface;
    }
    return nullptr;
}

// The key goes where a keyboard's would: to the widget with the focus.
void key(int key, const QString &text = QString())
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the focus");
    QTest::keyClick(target, Qt::Key(key), Qt::NoModifier);
    Q_UNUSED(text)
}

void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the focus");
    QTest::keyClicks(target, text);
}

// Records the accessibility events the kiosk sends (in place of a platform bridge).
QList<QPair<QAccessible::Event, QObject *>> g_events;
void recordEvent(QAccessibleEvent *event)
{
    g_events.append({event->type(), event->object()});
}

// The controls a screen reader would reach on screen but could not name.
QStringList unnamedControls(QAccessibleInterface *root)
{
    static const QList<QAccessible::Role> controls = {QAccessible::Button, QAccessible::CheckBox, QAccessible::RadioButton,
                                                      QAccessible::EditableText, QAccessible::SpinBox, QAccessible::List,
                                                      QAccessible::ListItem, QAccessible::Heading};
    QList<QAccessibleInterface *> all;
    walk(root, all);
    QStringList unnamed;
    for (QAccessibleInterface *iface : std::as_const(all)) {
        if (controls.contains(iface->role()) && iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 %2 %3 in %4")
                           .arg(int(iface->role()))
                           .arg(iface->object() ? QString::fromLatin1(iface->object()->metaObject()->className()) : QString(),
                                iface->object() ? iface->object()->objectName() : QString(),
                                iface->parent() && iface->parent()->object() ? iface->parent()->object()->objectName() : QString());
    }
    return unnamed;
}

} // namespace

class TestKioskAccess : public QObject
{
    Q_OBJECT

private:
    qint64 createEvent(const QString &title, int capacity, const QString &description = QString())
    {
        EventDraft draft;
        draft.title = title;
        draft.description = description;
        draft.venue = QStringLiteral("River Stage");
        draft.startsAt = QDateTime::currentDateTimeUtc().addDays(5);
        draft.capacity = capacity;
        draft.price = Money::fromMinorUnits(45000);
        draft.maxTicketsPerBooking = 6;
        EventRepository events(QSqlDatabase::database(AdminConnection));
        auto created = events.create(draft);
        if (!created) {
            qWarning() << "create event failed" << created.error().detail();
            return 0;
        }
        return created->id;
    }

    void openEvents()
    {
        m_view->resetForNextCustomer();
        QSignalSpy loaded(m_view->eventFilter(), &EventFilterModel::firstPageLoaded);
        QTest::mouseClick(child<QPushButton>(*m_view, "kioskBuy"), Qt::LeftButton);
        QCOMPARE(m_view->currentPage(), KioskView::Page::Events);
        if (m_view->eventFilter()->isLoading())
            QVERIFY(loaded.wait(5000));
    }

    int rowOf(qint64 eventId) const
    {
        const QAbstractItemModel *model = m_view->listedEvents();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(EventTableModel::EventIdRole).toLongLong() == eventId)
                return row;
        }
        return -1;
    }

    std::unique_ptr<Test::TestDatabase> m_database;
    std::unique_ptr<TerminalSession> m_session;
    std::unique_ptr<KioskView> m_view;
    qint64 m_open = 0;
    qint64 m_soldOut = 0;

private slots:
    void initTestCase()
    {
        m_database = std::make_unique<Test::TestDatabase>(QStringLiteral("tst_kioskaccess"));
        QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
        QVERIFY(m_database->liftBookingLimits());
        QVERIFY(m_database->open(CheckConnection).isOpen());
        QVERIFY(m_database->open(AdminConnection, m_database->loginProfile(QStringLiteral("marquee_admin"))).isOpen());
        // The venue's clock and currency (the test runs in another zone: TZ in tests/CMakeLists.txt), set by an admin.
        {
            QSqlQuery q(QSqlDatabase::database(AdminConnection));
            QVERIFY2(q.exec(QStringLiteral("SELECT marquee.set_setting('venue_time_zone', 'Asia/Bangkok'), "
                                           "marquee.set_setting('currency', 'THB')")),
                     qPrintable(q.lastError().text()));
        }

        m_open = createEvent(QStringLiteral("Access Evening <b>x</b>"), 40, QStringLiteral("An evening of <img src=x> songs."));
        m_soldOut = createEvent(QStringLiteral("Access Sold Out"), 1);
        QVERIFY(m_open > 0 && m_soldOut > 0);
        {
            // Sell the one seat from the desk, as a venue would.
            QSqlDatabase desk = m_database->open(QStringLiteral("access-desk"),
                                                 m_database->loginProfile(QStringLiteral("marquee_box_office")));
            QSqlQuery q(desk);
            QVERIFY2(q.exec(QStringLiteral("SELECT * FROM marquee.book_tickets(%1, 1, 'Desk Buyer', '0800000009', gen_random_uuid(), 'cash')")
                                .arg(m_soldOut)),
                     qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("access-desk"));

        SessionInfo info;
        info.group = StaffGroup::Kiosk;
        const ConnectionProfile profile = m_database->loginProfile(QStringLiteral("marquee_kiosk"));
        info.login = profile.user;
        m_session = std::make_unique<TerminalSession>(profile, info);
        m_session->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->venueSettingsLoaded(), 5000);
        QCOMPARE(m_session->venueSettings().timeZoneId, QStringLiteral("Asia/Bangkok"));

        // The whole kiosk speaks as text only (what is said is what is tested); Qt's flite engine is tested on its
        // own below.
        qputenv("MARQUEE_KIOSK_SPEECH_ENGINE", "none");
        QAccessible::installUpdateHandler(&recordEvent);
        QAccessible::setActive(true);
        m_view = std::make_unique<KioskView>(m_session.get());
        m_view->resize(1366, 768);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    }

    void cleanupTestCase()
    {
        QAccessible::installUpdateHandler(nullptr);
        m_view.reset();
        m_session.reset();
        for (const QString &name : {CheckConnection, AdminConnection}) {
            QSqlDatabase::database(name).close();
            QSqlDatabase::removeDatabase(name);
        }
        m_database.reset();
    }

    // §1 and §6: from the start page to the confirmation and back, with key events only.
    void wholePurchaseWithTheKeyboardAlone()
    {
        m_view->resetForNextCustomer();
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(*m_view, "kioskBuy"));
        QSignalSpy loaded(m_view->eventFilter(), &EventFilterModel::firstPageLoaded);
        key(Qt::Key_Return);
        QCOMPARE(m_view->currentPage(), KioskView::Page::Events);
        QVERIFY(loaded.wait(5000));
        auto *list = child<QListView>(*m_view, "kioskEventList");
        QCOMPARE(QApplication::focusWidget(), list);
        const int row = rowOf(m_open);
        QVERIFY(row >= 0);
        // Arrows move through the events (the sold-out one is passed by: it cannot be chosen).
        for (int i = 0; i < 20 && list->currentIndex().row() != row; ++i)
            key(list->currentIndex().row() < row ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(list->currentIndex().row(), row);
        key(Qt::Key_Return);
        QCOMPARE(m_view->currentPage(), KioskView::Page::Event);

        auto *quantity = child<QSpinBox>(*m_view, "kioskQuantity");
        QCOMPARE(QApplication::focusWidget(), quantity);
        key(Qt::Key_Plus);
        key(Qt::Key_Up);
        QCOMPARE(m_view->flow()->order().quantity, 3);
        key(Qt::Key_Minus);
        QCOMPARE(m_view->flow()->order().quantity, 2);
        type(QStringLiteral("9")); // typed digits change nothing: the number is only stepped
        QCOMPARE(m_view->flow()->order().quantity, 2);
        key(Qt::Key_Escape); // Back ...
        QCOMPARE(m_view->currentPage(), KioskView::Page::Events);
        key(Qt::Key_Return); // ... and the same event again keeps its number
        QCOMPARE(m_view->currentPage(), KioskView::Page::Event);
        QCOMPARE(m_view->flow()->order().quantity, 2);
        key(Qt::Key_Return);
        QCOMPARE(m_view->currentPage(), KioskView::Page::Details);

        QCOMPARE(QApplication::focusWidget(), child<QWidget>(*m_view, "kioskName"));
        type(QStringLiteral("Kim Keyboard"));
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(*m_view, "kioskPhone"));
        type(QStringLiteral("0812345670"));
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(*m_view, "kioskConfirm"));
        key(Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->currentPage(), KioskView::Page::Confirmation, 10000);

        // §11.1: a reservation, said plainly: pay at the box office before HH:MM, venue time and currency.
        const BookingConfirmation booked = *m_view->lastConfirmation();
        QVERIFY(booked.isReservation());
        const QString payBefore = child<QLabel>(*m_view, "kioskPayBefore")->text();
        const QDateTime venueExpiry = booked.expiresAt.toTimeZone(QTimeZone("Asia/Bangkok"));
        QVERIFY2(payBefore.contains(venueExpiry.toString(QStringLiteral("HH:mm"))), qPrintable(payBefore));
        QVERIFY2(payBefore.contains(QStringLiteral("box office")), qPrintable(payBefore));
        const VenueFormat venue(m_session->venueSettings(), QLocale());
        QVERIFY2(payBefore.contains(venue.money(Money::fromMinorUnits(90000))), qPrintable(payBefore));
        QVERIFY(venue.money(Money::fromMinorUnits(90000)).contains(QString::fromUtf8("\xe0\xb8\xbf"))); // THB
        QVERIFY(payBefore.contains(QStringLiteral("lapses")));
        QVERIFY(child<QLabel>(*m_view, "kioskPayBefore")->isVisible());
        // Text is text: the title is shown as written.
        QVERIFY(child<QLabel>(*m_view, "kioskConfirmationDetails")->text().contains(QStringLiteral("<b>x</b>")));
        QCOMPARE(child<QLabel>(*m_view, "kioskConfirmationDetails")->textFormat(), Qt::PlainText);

        QCOMPARE(QApplication::focusWidget(), child<QWidget>(*m_view, "kioskDone"));
        key(Qt::Key_Return);
        QCOMPARE(m_view->currentPage(), KioskView::Page::Start);
        QSqlQuery q(QSqlDatabase::database(CheckConnection));
        QVERIFY(q.exec(QStringLiteral("SELECT status, quantity FROM marquee.bookings WHERE reference = '%1'").arg(booked.reference)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("reserved"));
        QCOMPARE(q.value(1).toInt(), 2);
    }

    // §1: every control of every page is in the tab chain, and the focus shows (the stylesheet's focus ring).
    void everyControlIsReachedByTab()
    {
        m_view->resetForNextCustomer();
        QSet<QString> reached;
        QWidget *first = QApplication::focusWidget();
        for (int i = 0; i < 30; ++i) {
            reached.insert(QApplication::focusWidget()->objectName());
            key(Qt::Key_Tab);
            if (QApplication::focusWidget() == first)
                break;
        }
        for (const char *name : {"kioskBuy", "kioskFindBooking", "kioskEnglish", "kioskSpeech", "kioskLargerText",
                                 "kioskHighContrast", "kioskMoreTime", "kioskStaff"})
            QVERIFY2(reached.contains(QString::fromLatin1(name)), name);
        QVERIFY(m_view->styleSheet().contains(QStringLiteral("QPushButton:focus")));
        QVERIFY(m_view->styleSheet().contains(QStringLiteral("QLineEdit:focus")));
    }

    // §2: what a screen reader finds on each page.
    void theAccessibleTreeOnEachPage()
    {
        m_view->resetForNextCustomer();
        QAccessibleInterface *root = accessible(m_view.get());
        QVERIFY(root);
        // Start: headings, buttons, radio buttons for the language, check boxes for the options.
        QVERIFY(findByName(root, QStringLiteral("Welcome"), QAccessible::Heading));
        QVERIFY(findByName(root, QStringLiteral("Buy tickets"), QAccessible::Button));
        QAccessibleInterface *english = findByName(root, QStringLiteral("English"), QAccessible::RadioButton);
        QVERIFY(english);
        QVERIFY(english->state().checked);
        QAccessibleInterface *speech = findByName(root, QStringLiteral("Speech"), QAccessible::CheckBox);
        QVERIFY(speech);
        QVERIFY(!speech->text(QAccessible::Description).isEmpty());
        QVERIFY(findByName(root, QStringLiteral("Staff only: leave the kiosk"), QAccessible::Button));

        // Events: one item per event, named by the whole sentence; sold-out items disabled; nothing else.
        openEvents();
        auto *list = child<QListView>(*m_view, "kioskEventList");
        QAccessibleInterface *events = accessible(list);
        QCOMPARE(events->role(), QAccessible::List);
        QCOMPARE(events->text(QAccessible::Name), QStringLiteral("Upcoming events"));
        QCOMPARE(events->childCount(), m_view->listedEvents()->rowCount());
        QAccessibleInterface *open = events->child(rowOf(m_open));
        QCOMPARE(open->role(), QAccessible::ListItem);
        const QString name = open->text(QAccessible::Name);
        QVERIFY2(name.startsWith(QStringLiteral("Access Evening <b>x</b>, River Stage, ")), qPrintable(name));
        const VenueFormat venue(m_session->venueSettings(), QLocale());
        QVERIFY2(name.contains(venue.money(Money::fromMinorUnits(45000)) + QStringLiteral(" per ticket")), qPrintable(name));
        // The date and time are the venue's (Asia/Bangkok), not the test machine's (America/New_York).
        const Event *event = m_view->events()->eventById(m_open);
        QVERIFY(name.contains(event->startsAt.toTimeZone(QTimeZone("Asia/Bangkok")).toString(QStringLiteral("HH:mm"))));
        QVERIFY2(name.endsWith(QStringLiteral("%1 seats left").arg(m_view->events()->eventById(m_open)->remaining())),
                 qPrintable(name));
        QVERIFY(!open->state().disabled);
        QAccessibleInterface *soldOut = events->child(rowOf(m_soldOut));
        QVERIFY2(soldOut->text(QAccessible::Name).endsWith(QStringLiteral("sold out")), qPrintable(soldOut->text(QAccessible::Name)));
        QVERIFY(soldOut->state().disabled);
        QVERIFY(soldOut->actionInterface()->actionNames().isEmpty());
        QCOMPARE(events->indexOfChild(open), rowOf(m_open));
        QVERIFY(findByName(root, QStringLiteral("Search by event or venue"), QAccessible::EditableText));
        QVERIFY(findByName(root, QStringLiteral("Choose an event"), QAccessible::Heading));
        QVERIFY(findByName(root, QStringLiteral("Today"), QAccessible::RadioButton));
        // The focus event names the event the keyboard is on.
        list->setFocus();
        g_events.clear();
        list->setCurrentIndex(m_view->listedEvents()->index(rowOf(m_open), 0));
        QCOMPARE(events->focusChild()->text(QAccessible::Name), name);
        // Pressing the item (AT-SPI's "click") opens the event, as a tap does.
        open->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(m_view->currentPage(), KioskView::Page::Event);

        // Event: the number of tickets is a spin button with Fewer/More; its actions change the order.
        auto *quantity = child<QSpinBox>(*m_view, "kioskQuantity");
        QAccessibleInterface *spin = accessible(quantity);
        QCOMPARE(spin->role(), QAccessible::SpinBox);
        QCOMPARE(spin->text(QAccessible::Name), QStringLiteral("Number of tickets"));
        QVERIFY(spin->valueInterface());
        QCOMPARE(spin->valueInterface()->minimumValue().toInt(), 1);
        QCOMPARE(spin->valueInterface()->maximumValue().toInt(), 6);
        spin->valueInterface()->setCurrentValue(3);
        QCOMPARE(m_view->flow()->order().quantity, 3);
        spin->valueInterface()->setCurrentValue(1);
        QCOMPARE(m_view->flow()->order().quantity, 1);
        QAccessibleInterface *more = findByName(root, QStringLiteral("More tickets"), QAccessible::Button);
        QVERIFY(more);
        QVERIFY(findByName(root, QStringLiteral("Fewer tickets"), QAccessible::Button));
        more->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QTRY_COMPARE(m_view->flow()->order().quantity, 2);
        // The description, as plain text.
        auto *description = child<QLabel>(*m_view, "kioskEventDescription");
        QCOMPARE(description->text(), QStringLiteral("An evening of <img src=x> songs."));
        QCOMPARE(description->textFormat(), Qt::PlainText);
        QVERIFY(description->isVisible());

        // Details: named fields; a refusal is announced (an alert) and describes its field.
        QTest::mouseClick(child<QPushButton>(*m_view, "kioskNext"), Qt::LeftButton);
        QCOMPARE(m_view->currentPage(), KioskView::Page::Details);
        auto *phone = child<QLineEdit>(*m_view, "kioskPhone");
        QAccessibleInterface *phoneField = findByName(root, QStringLiteral("Your phone number"), QAccessible::EditableText);
        QVERIFY(phoneField);
        QTest::keyClicks(child<QLineEdit>(*m_view, "kioskName"), QStringLiteral("Ann"));
        QTest::keyClicks(phone, QStringLiteral("12ab"));
        g_events.clear();
        QTest::mouseClick(child<QPushButton>(*m_view, "kioskConfirm"), Qt::LeftButton);
        auto *phoneError = child<QLabel>(*m_view, "kioskPhoneError");
        QVERIFY(phoneError->isVisible());
        bool alerted = false;
        for (const auto &[type, object] : std::as_const(g_events))
            alerted = alerted || (type == QAccessible::Alert && object == phoneError);
        // Offscreen Qt has no accessibility bridge, so QAccessible::isActive() is false and Qt delivers no event
        // to anyone: the alert itself is checked on the real AT-SPI bridge by scripts/kiosk-atspi-check.sh.
        if (QAccessible::isActive())
            QVERIFY(alerted);
        QAccessibleInterface *errorIface = accessible(phoneError);
        QCOMPARE(errorIface->role(), QAccessible::AlertMessage);
        QCOMPARE(errorIface->text(QAccessible::Name), phoneError->text());
        QCOMPARE(phoneField->text(QAccessible::Description), phoneError->text());
        const auto related = errorIface->relations(QAccessible::Labelled);
        QVERIFY(!related.isEmpty());
        QCOMPARE(related.first().first->object(), phone);
        // Typing again takes the refusal away, from the screen and from the field's description.
        const QString refusal = phoneError->text();
        QTest::keyClick(phone, Qt::Key_Backspace);
        QVERIFY(!phoneError->isVisible());
        QVERIFY(phone->accessibleDescription().isEmpty());
        QVERIFY(phoneField->text(QAccessible::Description).isEmpty());
    }

    // §2: on every page, every control on screen has a name (and a role, and the hidden pages are not on screen).
    void everyControlOnEveryPageHasAName()
    {
        QAccessibleInterface *root = accessible(m_view.get());
        m_view->resetForNextCustomer();
        QVERIFY2(unnamedControls(root).isEmpty(), qPrintable(unnamedControls(root).join(QLatin1Char(','))));
        openEvents();
        QVERIFY2(unnamedControls(root).isEmpty(), qPrintable(unnamedControls(root).join(QLatin1Char(','))));
        m_view->chooseEvent(m_open);
        QCOMPARE(m_view->currentPage(), KioskView::Page::Event);
        QVERIFY2(unnamedControls(root).isEmpty(), qPrintable(unnamedControls(root).join(QLatin1Char(','))));
        // Only the page on screen is: the events page's list is not reachable from the event page.
        QList<QAccessibleInterface *> all;
        walk(root, all);
        for (QAccessibleInterface *iface : std::as_const(all))
            QVERIFY(iface->role() != QAccessible::List);
        QTest::mouseClick(child<QPushButton>(*m_view, "kioskNext"), Qt::LeftButton);
        QCOMPARE(m_view->currentPage(), KioskView::Page::Details);
        QVERIFY2(unnamedControls(root).isEmpty(), qPrintable(unnamedControls(root).join(QLatin1Char(','))));
        m_view->resetForNextCustomer();
        QTest::mouseClick(child<QPushButton>(*m_view, "kioskFindBooking"), Qt::LeftButton);
        QVERIFY2(unnamedControls(root).isEmpty(), qPrintable(unnamedControls(root).join(QLatin1Char(','))));
        m_view->resetForNextCustomer();
    }

    // §2: a language chosen through the accessibility action switches the kiosk, as a tap does.
    void languageByAccessibilityAction()
    {
        m_view->resetForNextCustomer();
        QSignalSpy language(m_view.get(), &KioskView::languageRequested);
        QAccessibleInterface *thai = accessible(child<QRadioButton>(*m_view, "kioskThai"));
        QCOMPARE(thai->role(), QAccessible::RadioButton);
        thai->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
        QTRY_COMPARE(language.count(), 1);
        QCOMPARE(language.at(0).at(0).toString(), QStringLiteral("th"));
    }

    // §3: speech says each page's heading and summary, the focused item, errors, the reference (as text).
    void speechSaysWhatMatters()
    {
        m_view->resetForNextCustomer();
        KioskSpeech *speech = m_view->speech();
        QSignalSpy spoken(speech, &KioskSpeech::spoken);
        QVERIFY(!speech->isEnabled());
        // The Speech option on the start page, by keyboard.
        auto *option = child<QCheckBox>(*m_view, "kioskSpeech");
        option->setFocus(Qt::TabFocusReason);
        key(Qt::Key_Space);
        QVERIFY(speech->isEnabled());
        QVERIFY(m_view->flow()->assistance().speech);
        QVERIFY(child<QWidget>(*m_view, "kioskSpeechBar")->isVisible());
        QVERIFY(!spoken.isEmpty());
        QVERIFY(spoken.last().at(0).toString().startsWith(QStringLiteral("Speech is on")));
        // Accessibility mode: more time.
        QCOMPARE(m_view->flow()->effectiveIdleTimeout(), 2 * m_view->flow()->idleTimeout());

        spoken.clear();
        QSignalSpy loaded(m_view->eventFilter(), &EventFilterModel::firstPageLoaded);
        QTest::mouseClick(child<QPushButton>(*m_view, "kioskBuy"), Qt::LeftButton);
        if (m_view->eventFilter()->isLoading())
            QVERIFY(loaded.wait(5000));
        QVERIFY(!spoken.isEmpty());
        QVERIFY2(spoken.first().at(0).toString().startsWith(QStringLiteral("Choose an event")),
                 qPrintable(spoken.first().at(0).toString()));
        // The focused event: its whole sentence.
        auto *list = child<QListView>(*m_view, "kioskEventList");
        spoken.clear();
        list->setCurrentIndex(m_view->listedEvents()->index(rowOf(m_open), 0));
        QVERIFY(!spoken.isEmpty());
        QVERIFY2(spoken.last().at(0).toString().contains(QStringLiteral("Access Evening")), qPrintable(spoken.last().at(0).toString()));
        QVERIFY(spoken.last().at(0).toString().contains(QStringLiteral("seats left")));
        key(Qt::Key_Return);
        QCOMPARE(m_view->currentPage(), KioskView::Page::Event);
        const QString eventPage = spoken.last().at(0).toString();
        QVERIFY2(eventPage.contains(QStringLiteral("Number of tickets")), qPrintable(eventPage));
        QVERIFY(eventPage.contains(QString::fromUtf8("\xe0\xb8\xbf")));
        // Repeat says the page again; Stop interrupts; rate and volume stay within their range.
        spoken.clear();
        QTest::mouseClick(child<QPushButton>(*m_view, "kioskSpeechRepeat"), Qt::LeftButton);
        QCOMPARE(spoken.count(), 1);
        QVERIFY(eventPage.startsWith(spoken.last().at(0).toString()));
        QSignalSpy stopped(speech, &KioskSpeech::stopped);
        QTest::mouseClick(child<QPushButton>(*m_view, "kioskSpeechStop"), Qt::LeftButton);
        QCOMPARE(stopped.count(), 1);
        for (int i = 0; i < 10; ++i)
            QTest::mouseClick(child<QPushButton>(*m_view, "kioskSpeechFaster"), Qt::LeftButton);
        QCOMPARE(speech->rate(), 1.0);
        QTest::mouseClick(child<QPushButton>(*m_view, "kioskSpeechSlower"), Qt::LeftButton);
        QCOMPARE(speech->rate(), 1.0 - KioskSpeech::RateStep);
        const double volume = speech->volume();
        QTest::mouseClick(child<QPushButton>(*m_view, "kioskSpeechQuieter"), Qt::LeftButton);
        QVERIFY(speech->volume() < volume);

        // An error is spoken.
        QTest::mouseClick(child<QPushButton>(*m_view, "kioskNext"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(*m_view, "kioskName"), QStringLiteral("Sam Speech"));
        QTest::keyClicks(child<QLineEdit>(*m_view, "kioskPhone"), QStringLiteral("12ab"));
        spoken.clear();
        QTest::mouseClick(child<QPushButton>(*m_view, "kioskConfirm"), Qt::LeftButton);
        QVERIFY(!spoken.isEmpty());
        // Said as the refusal, and again with the field the focus went back to (whose description it now is).
        bool saidRefusal = false;
        for (const auto &said : std::as_const(spoken))
            saidRefusal = saidRefusal || said.at(0).toString() == child<QLabel>(*m_view, "kioskPhoneError")->text();
        QVERIFY(saidRefusal);
        QVERIFY(spoken.last().at(0).toString().contains(child<QLabel>(*m_view, "kioskPhoneError")->text()));

        // The confirmation, with the reference one character at a time.
        auto *phone = child<QLineEdit>(*m_view, "kioskPhone");
        phone->clear();
        QTest::keyClicks(phone, QStringLiteral("0812345671"));
        spoken.clear();
        QTest::mouseClick(child<QPushButton>(*m_view, "kioskConfirm"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->currentPage(), KioskView::Page::Confirmation, 10000);
        const QString reference = m_view->lastConfirmation()->reference;
        QStringList letters;
        for (const QChar c : reference)
            letters << QString(c);
        const QString confirmation = spoken.last().at(0).toString();
        QVERIFY2(confirmation.contains(letters.join(QLatin1Char(' '))), qPrintable(confirmation));
        QVERIFY(confirmation.contains(QStringLiteral("box office")));

        // The next customer starts without speech.
        m_view->resetForNextCustomer();
        QVERIFY(!speech->isEnabled());
        QVERIFY(!child<QWidget>(*m_view, "kioskSpeechBar")->isVisible());
    }

    // §3 with Qt's own engine: flite loads offscreen and takes the rate, volume and an English voice. (Whether
    // sound comes out needs a headphone; what is said is tested above, as text.)
    void fliteEngineLoads()
    {
        qputenv("MARQUEE_KIOSK_SPEECH_ENGINE", "");
        if (!QTextToSpeech::availableEngines().contains(QStringLiteral("flite")))
            QFAIL("the flite engine is not installed (qt6-speech-flite-plugin)");
        KioskSpeech speech;
        speech.setEngineName(QStringLiteral("flite"));
        speech.setRate(0.5);
        speech.setVolume(0.6);
        speech.setEnabled(true);
        QVERIFY(speech.engine());
        QCOMPARE(speech.engine()->engine(), QStringLiteral("flite"));
        QVERIFY2(speech.engine()->state() != QTextToSpeech::Error, qPrintable(speech.engineProblem()));
        QCOMPARE(speech.engine()->rate(), 0.5);
        QCOMPARE(speech.engine()->volume(), 0.6);
        bool english = false;
        for (const QLocale &locale : speech.engine()->availableLocales())
            english = english || locale.language() == QLocale::English;
        QVERIFY(english);
        QVERIFY(!speech.engine()->availableVoices().isEmpty());
        QSignalSpy spoken(&speech, &KioskSpeech::spoken);
        speech.say(QStringLiteral("Welcome."));
        QCOMPARE(spoken.count(), 1);
        // Synthesis runs on flite's own thread; without a sound device it ends in an error state, never hangs.
        QTRY_VERIFY_WITH_TIMEOUT(speech.engine()->state() != QTextToSpeech::Speaking, 15000);
        qInfo() << "flite after one sentence:" << speech.engine()->state() << speech.engine()->errorString();
    }

    // §4: a warning by sight (and sound) before the idle reset, with more time; the reset forgets everything.
    void stillThereWarnsAndOffersMoreTime()
    {
        openEvents();
        QTest::keyClicks(child<QLineEdit>(*m_view, "kioskSearch"), QStringLiteral("Access"));
        m_view->setIdleTimeout(300);
        m_view->setWarningTime(1500);
        KioskStillThereDialog *dialog = m_view->stillThereDialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 3000);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("kioskStillThereCountdown"))->text().contains(QStringLiteral("seconds left")));
        QCOMPARE(m_view->currentPage(), KioskView::Page::Events);
        // Enter answers it: More time has the focus.
        QCOMPARE(QApplication::focusWidget(), dialog->findChild<QWidget *>(QStringLiteral("kioskStillThereMoreTime")));
        key(Qt::Key_Return);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(m_view->currentPage(), KioskView::Page::Events);
        QCOMPARE(child<QLineEdit>(*m_view, "kioskSearch")->text(), QStringLiteral("Access"));
        // Unanswered, it starts over.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->currentPage(), KioskView::Page::Start, 4000);
        QVERIFY(!dialog->isVisible());
        QVERIFY(child<QLineEdit>(*m_view, "kioskSearch")->text().isEmpty());
        m_view->setIdleTimeout(KioskFlow::DefaultIdleTimeoutMs);
        m_view->setWarningTime(KioskFlow::DefaultWarningMs);
    }

    // §5 and #11: larger text and high contrast restyle the kiosk; the reset returns to the default language and look.
    void largerTextHighContrastAndTheReset()
    {
        m_view->resetForNextCustomer();
        const QString normal = m_view->styleSheet();
        QVERIFY(normal.contains(QStringLiteral("font-size: 15pt")));
        child<QCheckBox>(*m_view, "kioskLargerText")->click();
        QVERIFY(m_view->styleSheet().contains(QStringLiteral("font-size: 22.5pt"))); // 150 %
        child<QCheckBox>(*m_view, "kioskHighContrast")->click();
        QVERIFY(m_view->styleSheet().contains(QStringLiteral("QWidget#kioskRoot { background: #000000; }")));
        QVERIFY(m_view->flow()->assistance().highContrast);

        // A customer who switched to Thai: the next one gets the kiosk's own language again.
        QCOMPARE(m_view->defaultLanguage(), QStringLiteral("en"));
        QSignalSpy language(m_view.get(), &KioskView::languageRequested);
        QLocale::setDefault(QLocale(QLocale::Thai, QLocale::Thailand));
        m_view->resetForNextCustomer();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(language.count(), 1);
        QCOMPARE(language.at(0).at(0).toString(), QStringLiteral("en"));
        QCOMPARE(m_view->styleSheet(), normal);
        QVERIFY(!child<QCheckBox>(*m_view, "kioskHighContrast")->isChecked());
    }

    // #11: the on-screen keypad types into the focused field; digits for a phone.
    void keypadTypesIntoTheField()
    {
        m_view->activateWindow(); // the question of the test before was a window of its own
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        openEvents();
        m_view->chooseEvent(m_open);
        QTest::mouseClick(child<QPushButton>(*m_view, "kioskNext"), Qt::LeftButton);
        QCOMPARE(m_view->currentPage(), KioskView::Page::Details);
        KioskKeypad *keypad = m_view->keypad();
        QTRY_VERIFY(keypad->isVisible());
        auto *name = child<QLineEdit>(*m_view, "kioskName");
        QCOMPARE(keypad->target(), name);
        QCOMPARE(keypad->layout(), KioskKeypad::Layout::Latin);
        // A capital to start a word, small letters after it (the shift comes on by itself, and goes).
        QVERIFY(!keypad->key(QStringLiteral("a")));
        for (const QString &letter : {QStringLiteral("A"), QStringLiteral("n"), QStringLiteral("n")})
            QTest::mouseClick(keypad->key(letter), Qt::LeftButton);
        QCOMPARE(name->text(), QStringLiteral("Ann"));
        QCOMPARE(QApplication::focusWidget(), name); // the keys took no focus
        // Thai letters, then back.
        QTest::mouseClick(keypad->key(QStringLiteral("kioskKeyScript")), Qt::LeftButton);
        QCOMPARE(keypad->layout(), KioskKeypad::Layout::Thai);
        QTest::mouseClick(keypad->key(QStringLiteral("kioskKeySpace")), Qt::LeftButton);
        QTest::mouseClick(keypad->key(QString::fromUtf8("\xe0\xb8\x81")), Qt::LeftButton); // ก
        QCOMPARE(name->text(), QStringLiteral("Ann ") + QString::fromUtf8("\xe0\xb8\x81"));
        QTest::mouseClick(keypad->key(QStringLiteral("kioskKeyBackspace")), Qt::LeftButton);
        QCOMPARE(name->text(), QStringLiteral("Ann "));
        // Next goes on to the phone, whose keypad has digits.
        QTest::mouseClick(keypad->key(QStringLiteral("kioskKeyEnter")), Qt::LeftButton);
        auto *phone = child<QLineEdit>(*m_view, "kioskPhone");
        QCOMPARE(QApplication::focusWidget(), phone);
        QCOMPARE(keypad->layout(), KioskKeypad::Layout::Digits);
        for (const QChar digit : QStringLiteral("0812"))
            QTest::mouseClick(keypad->key(QString(digit)), Qt::LeftButton);
        QCOMPARE(phone->text(), QStringLiteral("0812"));
        QVERIFY(!keypad->key(QStringLiteral("A")));
        m_view->resetForNextCustomer();
        QVERIFY(!keypad->isVisible());
    }

    // #11: the kiosk's look-up of a booking whose event was cancelled says "refund at the box office" and shows
    // no QR code that would look valid; a reservation still to pay says by when.
    void findMyBookingSaysWhatTheBookingIsNow()
    {
        const qint64 eventId = createEvent(QStringLiteral("Access Cancelled Show"), 10);
        BookingRequest request;
        request.eventId = eventId;
        request.quantity = 1;
        request.customerName = QStringLiteral("Finder");
        request.customerPhone = QStringLiteral("0815550001");
        const auto booked = m_session->bookings().book(request).wait(10000);
        QVERIFY(booked.ok());
        QVERIFY(booked->isReservation());

        auto find = [this, &booked] {
            m_view->resetForNextCustomer();
            QTest::mouseClick(child<QPushButton>(*m_view, "kioskFindBooking"), Qt::LeftButton);
            QCOMPARE(m_view->currentPage(), KioskView::Page::FindBooking);
            QCOMPARE(QApplication::focusWidget(), child<QWidget>(*m_view, "kioskFindPhone"));
            type(QStringLiteral("0815550001"));
            key(Qt::Key_Return); // on to the reference
            type(booked->reference);
            key(Qt::Key_Return); // and Find
            QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(*m_view, "kioskFindResult")->isVisible(), 10000);
        };
        find();
        auto *state = child<QLabel>(*m_view, "kioskFoundCancelled");
        QVERIFY2(state->text().contains(QStringLiteral("box office")), qPrintable(state->text()));
        QVERIFY(state->text().contains(KioskText::clock(VenueFormat(m_session->venueSettings(), QLocale()), booked->expiresAt)));
        QCOMPARE(child<TicketCodesPanel>(*m_view, "kioskFoundTickets")->codes(), booked->ticketCodes);

        QSqlQuery q(QSqlDatabase::database(AdminConnection));
        QVERIFY2(q.exec(QStringLiteral("UPDATE marquee.events SET status = 'cancelled' WHERE id = %1").arg(eventId)),
                 qPrintable(q.lastError().text()));
        find();
        QVERIFY2(state->text().contains(QStringLiteral("cancelled")), qPrintable(state->text()));
        QVERIFY(state->text().contains(QStringLiteral("refund at the box office")));
        QVERIFY(state->isVisible());
        QVERIFY(child<TicketCodesPanel>(*m_view, "kioskFoundTickets")->codes().isEmpty());
        m_view->resetForNextCustomer();
    }

    // #11: a mouse drag scrolls the list (a touch screen that sends mouse events), as a finger's flick does.
    void mouseDragScrollsTheList()
    {
        for (int i = 0; i < 8; ++i)
            QVERIFY(createEvent(QStringLiteral("Access Scroll %1").arg(i), 10) > 0);
        openEvents();
        auto *list = child<QListView>(*m_view, "kioskEventList");
        QTRY_VERIFY(list->verticalScrollBar()->maximum() > 0);
        QWidget *viewport = list->viewport();
        const QPoint start(viewport->width() / 2, viewport->height() - 20);
        QTest::mousePress(viewport, Qt::LeftButton, {}, start);
        for (int step = 1; step <= 12; ++step) {
            QTest::qWait(16);
            QTest::mouseMove(viewport, start - QPoint(0, step * 25));
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, start - QPoint(0, 300));
        QTRY_VERIFY_WITH_TIMEOUT(list->verticalScrollBar()->value() > 0, 3000);
        QCOMPARE(m_view->currentPage(), KioskView::Page::Events); // a drag chooses nothing
    }
};

QTEST_MAIN(TestKioskAccess)
#include "tst_kioskaccess.moc"

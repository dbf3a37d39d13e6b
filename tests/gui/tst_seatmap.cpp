#include "seating/seatingplangenerator.h"
#include "seating/seatingplanreader.h"
#include "seating/seatstates.h"
#include "seating/seatitem.h"
#include "seating/seatmap.h"
#include "seating/seatmaplegend.h"
#include "seating/seatmaplook.h"
#include "seating/seatmapview.h"
#include "seating/seatsymbol.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QToolButton>
#include <QWheelEvent>
#include <QtTest/QtTest>

using namespace Marquee;

// The seat map offscreen: a click selects a seat and a second one puts it back, a finger near a seat is enough, a
// seat that is not free is not taken, a state that changes elsewhere repaints that seat without anything being
// reloaded, the legend lists every state, and every seat has a name a screen reader can say.
class TestSeatMap : public QObject
{
    Q_OBJECT

    static SeatingPlan smallHall()
    {
        SeatingPlanLayout layout;
        layout.name = QStringLiteral("Studio");
        layout.blocks = {{QStringLiteral("Stalls"), QString(), 4, 8}, {QStringLiteral("Balcony"), QString(), 2, 6}};
        layout.aisleEvery = 4;
        SeatingPlan plan = SeatingPlanGenerator(layout).plan();
        plan.setAccessibility({QStringLiteral("stalls-D-1")}, {QStringLiteral("stalls-D-2")}, {});
        return plan;
    }

    static QHash<QString, SeatState> allFree(const SeatingPlan &plan)
    {
        QHash<QString, SeatState> states;
        for (const PlacedSeat &seat : plan.placedSeats())
            states.insert(seat.guid, SeatState::Free);
        return states;
    }

    struct Fixture
    {
        SeatStates states;
        SeatMap map;
        explicit Fixture(const SeatMapLook &look = SeatMapLook::desk()) : map(look) {}
    };

    static std::unique_ptr<Fixture> shown(const SeatingPlan &plan, const SeatMapLook &look = SeatMapLook::desk())
    {
        auto f = std::make_unique<Fixture>(look);
        f->states.replace(allFree(plan));
        f->map.setPlan(plan);
        f->map.setStates(&f->states);
        f->map.resize(900, 650);
        f->map.show();
        if (!QTest::qWaitForWindowExposed(&f->map))
            return nullptr;
        return f;
    }

    static QPoint onScreen(SeatMap &map, const QString &guid, const QPointF &offset = QPointF())
    {
        return map.view()->mapFromScene(map.seatItem(guid)->pos() + offset);
    }

    // The colour inside a seat, above its centre where no state's mark is drawn.
    static QColor pixelAt(SeatMap &map, const QString &guid)
    {
        const QImage image = map.view()->viewport()->grab().toImage();
        const qreal radius = map.seatItem(guid)->seat().radius;
        return image.pixelColor(onScreen(map, guid, QPointF(0, -0.7 * radius)));
    }

    // A symbol's pattern without its colours: background, the symbol's main colour, anything else (its marks and
    // outline).
    static QVector<int> patternOf(SeatSymbol::Meaning meaning)
    {
        const QImage image = SeatSymbol::legendPixmap(meaning, 20, 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
        QHash<QRgb, int> counts;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qAlpha(image.pixel(x, y)) == 255)
                    ++counts[image.pixel(x, y)];
            }
        }
        QRgb main = 0;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            if (it.value() > counts.value(main))
                main = it.key();
        }
        QVector<int> pattern;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                if (qAlpha(p) < 128)
                    pattern << 0;
                else
                    pattern << (qAbs(qGray(p) - qGray(main)) + qAbs(qRed(p) - qRed(main)) + qAbs(qBlue(p) - qBlue(main)) > 90 ? 2 : 1);
            }
        }
        return pattern;
    }

private slots:
    void clickingASeatSelectsItAndAgainPutsItBack()
    {
        auto f = shown(smallHall());
        QVERIFY(f);
        QSignalSpy changed(&f->map, &SeatMap::selectionChanged);
        const QString guid = QStringLiteral("stalls-B-3");
        QTest::mouseClick(f->map.view()->viewport(), Qt::LeftButton, {}, onScreen(f->map, guid));
        QCOMPARE(f->map.selection(), QStringList{guid});
        QVERIFY(f->map.seatItem(guid)->isInSelection());
        QCOMPARE(changed.count(), 1);
        QTest::mouseClick(f->map.view()->viewport(), Qt::LeftButton, {}, onScreen(f->map, QStringLiteral("stalls-B-4")));
        QCOMPARE(f->map.selection(), (QStringList{guid, QStringLiteral("stalls-B-4")}));
        QTest::mouseClick(f->map.view()->viewport(), Qt::LeftButton, {}, onScreen(f->map, guid));
        QCOMPARE(f->map.selection(), QStringList{QStringLiteral("stalls-B-4")});
        QVERIFY(!f->map.seatItem(guid)->isInSelection());
    }

    void aTapNearASeatIsEnoughOnTouch()
    {
        auto f = shown(smallHall(), SeatMapLook::touch());
        QVERIFY(f);
        const QString guid = QStringLiteral("balcony-A-1");
        SeatItem *seat = f->map.seatItem(guid);
        // Just outside the drawn circle, to the left (no other seat is there).
        const qreal scale = f->map.view()->scale();
        const QPointF beside(-(seat->seat().radius + 12 / scale), 0);
        QTest::mouseClick(f->map.view()->viewport(), Qt::LeftButton, {}, onScreen(f->map, guid, beside));
        QCOMPARE(f->map.selection(), QStringList{guid});
    }

    void draggingPansAndDoesNotSelect()
    {
        auto f = shown(smallHall());
        QVERIFY(f);
        f->map.view()->zoomIn();
        f->map.view()->zoomIn();
        QWidget *viewport = f->map.view()->viewport();
        const QPoint start = onScreen(f->map, QStringLiteral("stalls-B-3"));
        const QPointF before = f->map.view()->mapToScene(viewport->rect().center());
        QTest::mousePress(viewport, Qt::LeftButton, {}, start);
        for (int i = 1; i <= 10; ++i) {
            QMouseEvent move(QEvent::MouseMove, start + QPoint(i * 8, 0), viewport->mapToGlobal(start + QPoint(i * 8, 0)),
                             Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(viewport, &move);
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(80, 0));
        QVERIFY(f->map.selection().isEmpty());
        const QPointF after = f->map.view()->mapToScene(viewport->rect().center());
        QVERIFY2(after.x() < before.x(), "dragging right shows what is to the left");
    }

    void aSeatThatIsNotFreeIsNotTaken()
    {
        auto f = shown(smallHall());
        QVERIFY(f);
        QSignalSpy refused(&f->map, &SeatMap::seatUnavailable);
        for (SeatState state : {SeatState::Sold, SeatState::Held, SeatState::Blocked, SeatState::Unknown}) {
            f->states.setState(QStringLiteral("stalls-A-2"), state);
            QTest::mouseClick(f->map.view()->viewport(), Qt::LeftButton, {}, onScreen(f->map, QStringLiteral("stalls-A-2")));
            QVERIFY(f->map.selection().isEmpty());
        }
        QCOMPARE(refused.count(), 4);
        // An admin placing house holds may pick blocked seats.
        f->states.setState(QStringLiteral("stalls-A-2"), SeatState::Blocked);
        f->map.setPickableStates({SeatState::Free, SeatState::Blocked});
        f->map.toggle(QStringLiteral("stalls-A-2"));
        QCOMPARE(f->map.selection(), QStringList{QStringLiteral("stalls-A-2")});
    }

    void theSelectionHasALimit()
    {
        auto f = shown(smallHall());
        QVERIFY(f);
        f->map.setSelectionLimit(2);
        f->map.toggle(QStringLiteral("stalls-A-1"));
        f->map.toggle(QStringLiteral("stalls-A-2"));
        QSignalSpy refused(&f->map, &SeatMap::seatUnavailable);
        f->map.toggle(QStringLiteral("stalls-A-3"));
        QCOMPARE(f->map.selection().size(), 2);
        QCOMPARE(refused.count(), 1);
    }

    void aSeatSoldElsewhereTurnsSoldWithoutARefresh()
    {
        auto f = shown(smallHall());
        QVERIFY(f);
        const QString guid = QStringLiteral("stalls-C-5");
        SeatItem *const item = f->map.seatItem(guid);
        f->map.toggle(guid);
        QTRY_COMPARE(pixelAt(f->map, guid), SeatMapLook::selectedFill());
        QSignalSpy changed(&f->map, &SeatMap::selectionChanged);
        // Another terminal sold it: the states say so, nothing else happens.
        f->states.update({{guid, SeatState::Sold}});
        QCOMPARE(item->state(), SeatState::Sold);
        QCOMPARE(f->map.seatItem(guid), item);   // the same item, not a rebuilt map
        QVERIFY(f->map.selection().isEmpty());   // and no longer this person's
        QCOMPARE(changed.count(), 1);
        QTRY_COMPARE(pixelAt(f->map, guid), SeatMapLook::soldFill());
        QVERIFY(f->map.accessibleNameOf(guid).contains(QStringLiteral(", sold")));
        // Its neighbour was not touched.
        QCOMPARE(f->map.seatItem(QStringLiteral("stalls-C-4"))->state(), SeatState::Free);
    }

    void heldStaysInTheSelection()
    {
        // This terminal's own hold reads "held" too: the selection keeps it.
        auto f = shown(smallHall());
        QVERIFY(f);
        f->map.toggle(QStringLiteral("stalls-A-1"));
        f->states.setState(QStringLiteral("stalls-A-1"), SeatState::Held);
        QCOMPARE(f->map.selection(), QStringList{QStringLiteral("stalls-A-1")});
    }

    void theLegendListsEveryState()
    {
        auto f = shown(smallHall());
        QVERIFY(f);
        const QStringList entries = f->map.legend()->entries();
        for (SeatSymbol::Meaning meaning : SeatSymbol::legend())
            QVERIFY2(entries.contains(SeatSymbol::name(meaning)), qPrintable(SeatSymbol::name(meaning)));
        for (const QString &state : {QStringLiteral("Free"), QStringLiteral("Held"), QStringLiteral("Sold"),
                                     QStringLiteral("Blocked"), QStringLiteral("Wheelchair space"), QStringLiteral("Your selection")})
            QVERIFY2(entries.contains(state), qPrintable(state));
        QVERIFY(entries.contains(QStringLiteral("Stalls (free)")));
        QVERIFY(entries.contains(QStringLiteral("Balcony (free)")));
        // Every state the server can send has a legend entry.
        for (SeatState state : {SeatState::Free, SeatState::Held, SeatState::Sold, SeatState::Blocked}) {
            bool listed = false;
            for (SeatSymbol::Meaning meaning : SeatSymbol::legend())
                listed = listed || (SeatSymbol::appearanceOf(meaning).state == state && !SeatSymbol::appearanceOf(meaning).wheelchair
                                    && !SeatSymbol::appearanceOf(meaning).selected);
            QVERIFY(listed);
        }
    }

    void statesDifferByMoreThanColour()
    {
        // Take the colours away: what is left of each symbol (its silhouette and its marks) still differs from
        // every other's in a good part of its pixels.
        const QList<SeatSymbol::Meaning> meanings = SeatSymbol::legend();
        for (int i = 0; i < meanings.size(); ++i) {
            for (int j = i + 1; j < meanings.size(); ++j) {
                const QVector<int> a = patternOf(meanings.at(i));
                const QVector<int> b = patternOf(meanings.at(j));
                QCOMPARE(a.size(), b.size());
                int differ = 0;
                for (int k = 0; k < a.size(); ++k)
                    differ += a.at(k) != b.at(k) ? 1 : 0;
                QVERIFY2(differ > a.size() / 25,
                         qPrintable(SeatSymbol::name(meanings.at(i)) + QStringLiteral(" / ") + SeatSymbol::name(meanings.at(j))
                                    + QStringLiteral(": %1 of %2 pixels differ").arg(differ).arg(a.size())));
            }
        }
    }

    void everySeatHasAName()
    {
        auto f = shown(smallHall());
        QVERIFY(f);
        QCOMPARE(f->map.seatGuids().size(), 4 * 8 + 2 * 6);
        QCOMPARE(f->map.accessibleNameOf(QStringLiteral("stalls-F-1")), QString());
        QCOMPARE(f->map.accessibleNameOf(QStringLiteral("stalls-B-12")), QString());
        QCOMPARE(f->map.accessibleNameOf(QStringLiteral("stalls-B-7")), QStringLiteral("Row B, seat 7, Stalls, free"));
        QCOMPARE(f->map.accessibleNameOf(QStringLiteral("stalls-D-1")),
                 QStringLiteral("Row D, seat 1, Stalls, free, wheelchair space"));
        QCOMPARE(f->map.accessibleNameOf(QStringLiteral("stalls-D-2")),
                 QStringLiteral("Row D, seat 2, Stalls, free, companion seat"));
        f->map.toggle(QStringLiteral("balcony-B-6"));
        QCOMPARE(f->map.accessibleNameOf(QStringLiteral("balcony-B-6")),
                 QStringLiteral("Row B, seat 6, Balcony, free, in your selection"));
        // A category unlike its zone is named too.
        SeatingPlanLayout layout;
        layout.name = QStringLiteral("Hall");
        layout.blocks = {{QStringLiteral("Stalls"), QStringLiteral("Premium"), 1, 2}};
        auto g = shown(SeatingPlanGenerator(layout).plan());
        QVERIFY(g);
        QCOMPARE(g->map.accessibleNameOf(QStringLiteral("stalls-A-2")), QStringLiteral("Row A, seat 2, Stalls, Premium, free"));
        // And a plan's text is never markup in a tooltip.
        QVERIFY(g->map.seatItem(QStringLiteral("stalls-A-2"))->toolTip().contains(QStringLiteral("Row A, seat 2")));
    }

    void zoomButtonsWheelAndFit()
    {
        auto f = shown(smallHall());
        QVERIFY(f);
        SeatMapView *view = f->map.view();
        const qreal fitted = view->scale();
        auto *zoomIn = f->map.findChild<QToolButton *>(QStringLiteral("zoomIn"));
        auto *zoomOut = f->map.findChild<QToolButton *>(QStringLiteral("zoomOut"));
        auto *fit = f->map.findChild<QToolButton *>(QStringLiteral("zoomFit"));
        QVERIFY(zoomIn && zoomOut && fit);
        QVERIFY(!zoomIn->accessibleName().isEmpty());
        zoomIn->click();
        QVERIFY(view->scale() > fitted);
        const qreal in = view->scale();
        zoomOut->click();
        QVERIFY(view->scale() < in);
        QWheelEvent wheel(QPointF(200, 200), view->viewport()->mapToGlobal(QPointF(200, 200)), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->scale() > fitted);
        for (int i = 0; i < 30; ++i)
            zoomIn->click();
        // Never nearer than the look's largest seat.
        QVERIFY(view->scale() * 2 * 10 <= SeatMapLook::desk().largestSeatPixels() + 0.001);
        fit->click();
        QCOMPARE(view->scale(), fitted);
        // Touch buttons are big enough for a finger.
        auto t = shown(smallHall(), SeatMapLook::touch());
        QVERIFY(t);
        QVERIFY(t->map.findChild<QToolButton *>(QStringLiteral("zoomIn"))->width() >= 44);
    }

    void theDemoHallOnScreen()
    {
        QFile file(QStringLiteral(":/seating/demo-hall.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        SeatingPlan plan = SeatingPlanReader::read(file.readAll()).plan();
        plan.setAccessibility({QStringLiteral("stalls-N-1"), QStringLiteral("stalls-N-2"), QStringLiteral("stalls-N-25"),
                               QStringLiteral("stalls-N-26")},
                              {QStringLiteral("stalls-N-3"), QStringLiteral("stalls-N-24")}, {});
        auto f = shown(plan);
        QVERIFY(f);
        f->map.resize(1100, 820);
        // A season's evening: some seats sold, a few held at other terminals, a house hold, a selection.
        QHash<QString, SeatState> states = allFree(plan);
        int n = 0;
        for (const PlacedSeat &seat : plan.placedSeats()) {
            ++n;
            if ((n * 7) % 10 < 4)
                states.insert(seat.guid, SeatState::Sold);
            else if (n % 23 == 0)
                states.insert(seat.guid, SeatState::Held);
        }
        for (const QString &guid : {QStringLiteral("stalls-G-12"), QStringLiteral("stalls-G-13"), QStringLiteral("stalls-G-14"),
                                    QStringLiteral("stalls-G-15")})
            states.insert(guid, SeatState::Blocked);
        for (const QString &guid : {QStringLiteral("stalls-E-6"), QStringLiteral("stalls-E-7")})
            states.insert(guid, SeatState::Free);
        f->states.replace(states);
        f->map.setSelection({QStringLiteral("stalls-E-6"), QStringLiteral("stalls-E-7")});
        QTest::qWait(50);
        const QString out = QProcessEnvironment::systemEnvironment().value(QStringLiteral("MARQUEE_BINARY_DIR"))
            + QStringLiteral("/seatmap-demo.png");
        QVERIFY(f->map.grab().save(out));
        f->map.view()->zoomIn();
        f->map.view()->zoomIn();
        f->map.view()->zoomIn();
        f->map.view()->centerOn(f->map.seatItem(QStringLiteral("stalls-E-7"))->pos());
        QTest::qWait(50);
        QVERIFY(f->map.grab().save(QProcessEnvironment::systemEnvironment().value(QStringLiteral("MARQUEE_BINARY_DIR"))
                                   + QStringLiteral("/seatmap-demo-zoomed.png")));
        // The same evening at a kiosk: the touch look (bigger targets and buttons).
        auto k = shown(plan, SeatMapLook::touch());
        QVERIFY(k);
        k->map.resize(1100, 820);
        k->states.replace(states);
        k->map.setSelection({QStringLiteral("stalls-E-6"), QStringLiteral("stalls-E-7")});
        QTest::qWait(50);
        QVERIFY(k->map.grab().save(QProcessEnvironment::systemEnvironment().value(QStringLiteral("MARQUEE_BINARY_DIR"))
                                   + QStringLiteral("/seatmap-demo-kiosk.png")));
    }
};

QTEST_MAIN(TestSeatMap)
#include "tst_seatmap.moc"

// Issue #13 §5: every colour pair of the kiosk meets WCAG 2.1 AA in both themes — text 4.5:1, controls and the
// focus indicator 3:1 — checked from the stylesheet's own colours (ui/kiosk/kiosk.qss and its two themes), as the
// kiosk resolves them. Also: the stylesheet names no colour of its own, and both themes name every colour it uses.
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QtTest/QtTest>

#include <cmath>

namespace {

QString sourceFile(const QString &relative)
{
    QFile file(qEnvironmentVariable("MARQUEE_SOURCE_DIR") + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QHash<QString, QString> theme(const QString &relative)
{
    QHash<QString, QString> colours;
    const QStringList lines = sourceFile(relative).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        colours.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return colours;
}

// WCAG 2.1 relative luminance and contrast ratio.
double luminance(const QString &hex)
{
    const QColor colour(hex);
    auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue());
}

double contrast(const QString &a, const QString &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

struct Rule
{
    QString selector;
    QString body;
};

QList<Rule> rules(const QString &qss)
{
    QString text = qss;
    QList<Rule> found;
    // Comments are kept inside a body (the "on @name" hints) but dropped between rules.
    static const QRegularExpression rule(QStringLiteral("([^{}]+)\\{([^}]*)\\}"));
    for (auto it = rule.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QString selector = match.captured(1);
        selector.remove(QRegularExpression(QStringLiteral("/\\*.*?\\*/"), QRegularExpression::DotMatchesEverythingOption));
        found.append({selector.simplified(), match.captured(2)});
    }
    return found;
}

QString cssValue(const QString &body, const QString &name)
{
    const QRegularExpression re(QStringLiteral("(?:^|[;{\\s])%1\\s*:\\s*([^;]+)").arg(QRegularExpression::escape(name)));
    const auto match = re.match(body);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

QString colourName(const QString &value)
{
    static const QRegularExpression name(QStringLiteral("@([A-Za-z][A-Za-z0-9]*)"));
    const auto match = name.match(value);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

class TestKioskContrast : public QObject
{
    Q_OBJECT

private:
    QString m_qss;

private slots:
    void initTestCase()
    {
        m_qss = sourceFile(QStringLiteral("ui/kiosk/kiosk.qss"));
        QVERIFY2(!m_qss.isEmpty(), "ui/kiosk/kiosk.qss not found (MARQUEE_SOURCE_DIR)");
    }

    void stylesheetNamesNoColourOfItsOwn()
    {
        QString withoutComments = m_qss;
        withoutComments.remove(QRegularExpression(QStringLiteral("/\\*.*?\\*/"), QRegularExpression::DotMatchesEverythingOption));
        static const QRegularExpression literal(QStringLiteral("#[0-9a-fA-F]{3,8}\\b|\\b(white|black|red|grey|gray)\\b|rgba?\\("));
        QVERIFY2(!literal.match(withoutComments).hasMatch(), qPrintable(literal.match(withoutComments).captured(0)));
    }

    void everyThemeNamesEveryColour_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("standard") << QStringLiteral("ui/kiosk/kiosk-standard.colours");
        QTest::newRow("high contrast") << QStringLiteral("ui/kiosk/kiosk-contrast.colours");
    }
    void everyThemeNamesEveryColour()
    {
        QFETCH(QString, file);
        const auto colours = theme(file);
        QVERIFY(!colours.isEmpty());
        static const QRegularExpression name(QStringLiteral("@([A-Za-z][A-Za-z0-9]*)"));
        for (auto it = name.globalMatch(m_qss); it.hasNext();) {
            const QString used = it.next().captured(1);
            QVERIFY2(colours.contains(used), qPrintable(QStringLiteral("%1 has no %2").arg(file, used)));
            QVERIFY2(QColor(colours.value(used)).isValid(), qPrintable(used));
        }
    }

    // Each rule's text against its own background, or the one its "on @name" comment names, or the page.
    void textMeetsFourAndAHalf_data() { everyThemeNamesEveryColour_data(); }
    void textMeetsFourAndAHalf()
    {
        QFETCH(QString, file);
        const auto colours = theme(file);
        const QString page = colours.value(QStringLiteral("page"));
        int checked = 0;
        for (const Rule &rule : rules(m_qss)) {
            const QString fg = colourName(cssValue(rule.body, QStringLiteral("color")));
            if (fg.isEmpty())
                continue;
            QString bg = colourName(cssValue(rule.body, QStringLiteral("background")));
            static const QRegularExpression on(QStringLiteral("/\\*\\s*on @([A-Za-z0-9]+)"));
            if (bg.isEmpty()) {
                const auto hint = on.match(rule.body);
                bg = hint.hasMatch() ? hint.captured(1) : QStringLiteral("page");
            }
            const double ratio = contrast(colours.value(fg), colours.value(bg));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                                  .arg(rule.selector, fg, bg).arg(ratio, 0, 'f', 2)));
            ++checked;
        }
        QVERIFY(checked > 20);
    }

    // Text drawn by the event cards (the list's qproperty colours) and the pairs no single rule holds: the
    // labels' text on cards and dialogs, an error on a card, the placeholder-free search.
    void cardsAndCrossRulePairs_data() { everyThemeNamesEveryColour_data(); }
    void cardsAndCrossRulePairs()
    {
        QFETCH(QString, file);
        const auto c = theme(file);
        const QList<std::tuple<QString, QString, double>> pairs = {
            {QStringLiteral("text"), QStringLiteral("card"), 4.5},
            {QStringLiteral("softText"), QStringLiteral("card"), 4.5},
            {QStringLiteral("text"), QStringLiteral("chosenCard"), 4.5},
            {QStringLiteral("softText"), QStringLiteral("chosenCard"), 4.5},
            {QStringLiteral("unavailableText"), QStringLiteral("unavailableCard"), 4.5},
            {QStringLiteral("seats"), QStringLiteral("card"), 4.5},
            {QStringLiteral("seats"), QStringLiteral("chosenCard"), 4.5},
            {QStringLiteral("fewSeats"), QStringLiteral("card"), 4.5},
            {QStringLiteral("fewSeats"), QStringLiteral("chosenCard"), 4.5},
            {QStringLiteral("badgeText"), QStringLiteral("badge"), 4.5},
            {QStringLiteral("error"), QStringLiteral("page"), 4.5},
            {QStringLiteral("error"), QStringLiteral("card"), 4.5},
            {QStringLiteral("accent"), QStringLiteral("card"), 4.5},
            {QStringLiteral("text"), QStringLiteral("field"), 4.5},
            {QStringLiteral("text"), QStringLiteral("control"), 4.5},
            {QStringLiteral("text"), QStringLiteral("notice"), 4.5},
            // Controls against what is around them (WCAG 1.4.11): borders, the card edges, the scroll handle.
            {QStringLiteral("controlBorder"), QStringLiteral("page"), 3.0},
            {QStringLiteral("controlBorder"), QStringLiteral("card"), 3.0},
            {QStringLiteral("cardBorder"), QStringLiteral("page"), 3.0},
            {QStringLiteral("chosen"), QStringLiteral("page"), 3.0},
            {QStringLiteral("chosen"), QStringLiteral("chosenCard"), 3.0},
            {QStringLiteral("primaryBorder"), QStringLiteral("page"), 3.0},
            {QStringLiteral("heroBorder"), QStringLiteral("page"), 3.0},
            {QStringLiteral("disabledBorder"), QStringLiteral("page"), 3.0},
            {QStringLiteral("noticeBorder"), QStringLiteral("page"), 3.0},
            {QStringLiteral("trackHandle"), QStringLiteral("track"), 3.0},
            {QStringLiteral("badge"), QStringLiteral("unavailableCard"), 3.0},
            // The focus indicator against the page, the controls it rings and the chosen state it replaces.
            {QStringLiteral("focus"), QStringLiteral("page"), 3.0},
            {QStringLiteral("focus"), QStringLiteral("control"), 3.0},
            {QStringLiteral("focus"), QStringLiteral("controlBorder"), 1.0},
            {QStringLiteral("focus"), QStringLiteral("field"), 3.0},
            {QStringLiteral("focus"), QStringLiteral("primary"), 3.0},
            {QStringLiteral("focus"), QStringLiteral("hero"), 3.0},
            {QStringLiteral("focus"), QStringLiteral("card"), 3.0},
            {QStringLiteral("chosenFocus"), QStringLiteral("chosen"), 3.0},
            {QStringLiteral("chosenFocus"), QStringLiteral("page"), 3.0},
        };
        for (const auto &[fg, bg, minimum] : pairs) {
            QVERIFY2(c.contains(fg) && c.contains(bg), qPrintable(fg + QLatin1Char('/') + bg));
            const double ratio = contrast(c.value(fg), c.value(bg));
            QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1 on %2 is %3:1, needs %4:1")
                                                      .arg(fg, bg).arg(ratio, 0, 'f', 2).arg(minimum)));
        }
    }

    void theRatioIsWcags()
    {
        QCOMPARE(qRound(contrast(QStringLiteral("#000000"), QStringLiteral("#ffffff")) * 10), 210);
        QCOMPARE(qRound(contrast(QStringLiteral("#767676"), QStringLiteral("#ffffff")) * 100), 454);
    }
};

QTEST_GUILESS_MAIN(TestKioskContrast)
#include "tst_kioskcontrast.moc"

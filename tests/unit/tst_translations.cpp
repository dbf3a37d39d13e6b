#include <QtTest/QtTest>

#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// One <message> of a .ts file, as far as a translator's mistakes can show in it.
struct Message
{
    QString context;
    QString source;
    QString comment; // disambiguation: part of the message's identity
    bool numerus = false;
    QString type; // empty when finished
    QStringList translations; // one entry, or one per plural form

    QString key() const { return context + QLatin1String(" | ") + source + QLatin1String(" | ") + comment; }
    QString where() const { return QLatin1Char('[') + context + QLatin1String("] \"") + source + QLatin1Char('"'); }
};

struct Catalogue
{
    QString path;
    QString language;
    QList<Message> messages;
    QString error;
};

QString translationsDir()
{
    return qEnvironmentVariable("MARQUEE_SOURCE_DIR") + QLatin1String("/translations");
}

Catalogue readCatalogue(const QString &fileName)
{
    Catalogue catalogue;
    catalogue.path = translationsDir() + QLatin1Char('/') + fileName;
    QFile file(catalogue.path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = QLatin1String("cannot open ") + catalogue.path + QLatin1String(": ") + file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            catalogue.messages.append(message);
            inMessage = false;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name") && !inMessage) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            inMessage = true;
        } else if (name == QLatin1String("source") && inMessage) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment") && inMessage) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation") && inMessage) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations.append(xml.readElementText());
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("numerusform"))
                    message.translations.append(xml.readElementText());
                else
                    xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        catalogue.error = catalogue.path + QLatin1String(": ") + xml.errorString() + QLatin1String(" at line ")
            + QString::number(xml.lineNumber());
    return catalogue;
}

QSet<QString> matches(const QRegularExpression &pattern, const QString &text)
{
    QSet<QString> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0));
    return found;
}

// The letter after a single '&' (a "&&" is a literal ampersand), or a null QChar when there is none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            return text.at(i + 1).toLower();
    }
    return QChar();
}

QString lreleasePath()
{
    const QString besideQt = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QLatin1String("/lrelease");
    if (QFileInfo(besideQt).isExecutable())
        return besideQt;
    return QStandardPaths::findExecutable(QStringLiteral("lrelease"));
}

} // namespace

Q_DECLARE_METATYPE(Catalogue)

// The Thai catalogue is complete and faithful (every message translated, placeholders, shortcut hints and
// accelerator letters kept), the English one has the same messages, and both compile to .qm files that
// QTranslator loads and answers from.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("MARQUEE_SOURCE_DIR"), "MARQUEE_SOURCE_DIR is not set (the test harness sets it)");
        m_thai = readCatalogue(QStringLiteral("marquee_th.ts"));
        m_english = readCatalogue(QStringLiteral("marquee_en.ts"));
        QVERIFY2(m_thai.error.isEmpty(), qPrintable(m_thai.error));
        QVERIFY2(m_english.error.isEmpty(), qPrintable(m_english.error));
        QCOMPARE(m_thai.language, QStringLiteral("th_TH"));
    }

    void hasManyMessages_data() { addCatalogueRows(); }
    void hasManyMessages()
    {
        QFETCH(Catalogue, catalogue);
        QVERIFY2(catalogue.messages.size() > 100, qPrintable(QString::number(catalogue.messages.size())));
    }

    // lupdate marks new strings "unfinished" and removed ones "vanished"/"obsolete"; neither may reach a release.
    void everyMessageIsFinished_data() { addCatalogueRows(); }
    void everyMessageIsFinished()
    {
        QFETCH(Catalogue, catalogue);
        QStringList problems;
        for (const Message &message : std::as_const(catalogue.messages)) {
            if (!message.type.isEmpty())
                problems.append(message.type + QLatin1String(": ") + message.where());
            else if (message.translations.isEmpty())
                problems.append(QLatin1String("no translation: ") + message.where());
            for (const QString &translation : message.translations) {
                if (translation.trimmed().isEmpty()) {
                    problems.append(QLatin1String("empty: ") + message.where());
                    break;
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A translation that drops %2 shows a wrong sentence; one that adds %3 prints "%3" on screen.
    void placeholdersAreKept_data() { addCatalogueRows(); }
    void placeholdersAreKept()
    {
        QFETCH(Catalogue, catalogue);
        static const QRegularExpression placeholder(QStringLiteral("%L?[1-9n]"));
        QStringList problems;
        for (const Message &message : std::as_const(catalogue.messages)) {
            const QSet<QString> expected = matches(placeholder, message.source);
            for (const QString &translation : message.translations) {
                const QSet<QString> found = matches(placeholder, translation);
                if (found != expected)
                    problems.append(message.where() + QLatin1String(" -> \"") + translation + QLatin1Char('"'));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The box office works from the keyboard; the hint on a button must name the same key in every language.
    void shortcutHintsAreKept_data() { addCatalogueRows(); }
    void shortcutHintsAreKept()
    {
        QFETCH(Catalogue, catalogue);
        static const QRegularExpression hint(QStringLiteral(
            "\\((?:(?:Ctrl|Alt|Shift|Meta)\\+)*(?:F[1-9][0-9]?|Enter|Return|Esc|Del|Delete|Tab|Space|Backspace|Home|End|[A-Z])\\)"));
        QStringList problems;
        for (const Message &message : std::as_const(catalogue.messages)) {
            const QSet<QString> expected = matches(hint, message.source);
            for (const QString &translation : message.translations) {
                if (!matches(hint, translation).contains(expected))
                    problems.append(message.where() + QLatin1String(" -> \"") + translation + QLatin1Char('"'));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Same Alt+letter in both languages: staff switch language without relearning the keys.
    void acceleratorsAreKept_data() { addCatalogueRows(); }
    void acceleratorsAreKept()
    {
        QFETCH(Catalogue, catalogue);
        QStringList problems;
        for (const Message &message : std::as_const(catalogue.messages)) {
            const QChar expected = mnemonic(message.source);
            for (const QString &translation : message.translations) {
                if (mnemonic(translation) != expected)
                    problems.append(message.where() + QLatin1String(" -> \"") + translation + QLatin1Char('"'));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void englishHasTheSameMessages()
    {
        QSet<QString> thai;
        for (const Message &message : std::as_const(m_thai.messages))
            thai.insert(message.key());
        QSet<QString> english;
        for (const Message &message : std::as_const(m_english.messages))
            english.insert(message.key());
        QStringList onlyThai = QSet<QString>(thai).subtract(english).values();
        QStringList onlyEnglish = QSet<QString>(english).subtract(thai).values();
        onlyThai.sort();
        onlyEnglish.sort();
        QVERIFY2(onlyThai.isEmpty(), qPrintable(QLatin1String("only in marquee_th.ts:\n") + onlyThai.join(QLatin1Char('\n'))));
        QVERIFY2(onlyEnglish.isEmpty(),
                 qPrintable(QLatin1String("only in marquee_en.ts:\n") + onlyEnglish.join(QLatin1Char('\n'))));
    }

    // What ships is the .qm: compile a copy with lrelease and ask QTranslator for every message.
    void compiledCatalogueTranslates_data() { addCatalogueRows(); }
    void compiledCatalogueTranslates()
    {
        QFETCH(Catalogue, catalogue);
        const QString lrelease = lreleasePath();
        QVERIFY2(!lrelease.isEmpty(), "lrelease not found beside Qt nor on PATH");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(QFileInfo(catalogue.path).fileName());
        const QString qm = dir.filePath(QStringLiteral("catalogue.qm"));
        QVERIFY(QFile::copy(catalogue.path, ts));
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(lrelease, {ts, QStringLiteral("-qm"), qm});
        QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
        const QString output = QString::fromLocal8Bit(process.readAll());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));

        QTranslator translator;
        QVERIFY2(translator.load(qm), qPrintable(output));
        QVERIFY(!translator.isEmpty());

        QStringList problems;
        int thaiAnswers = 0;
        static const QRegularExpression thaiScript(QStringLiteral("[\\x{0E00}-\\x{0E7F}]"));
        for (const Message &message : std::as_const(catalogue.messages)) {
            if (message.translations.isEmpty())
                continue;
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QByteArray comment = message.comment.toUtf8();
            const char *disambiguation = message.comment.isEmpty() ? nullptr : comment.constData();
            // n = 1 picks the first form in every language; n = 2 the last (the only one in Thai).
            const QString one = translator.translate(context.constData(), source.constData(), disambiguation,
                                                     message.numerus ? 1 : -1);
            const QString two = message.numerus ? translator.translate(context.constData(), source.constData(),
                                                                       disambiguation, 2)
                                                : one;
            if (one != message.translations.first() || two != message.translations.last())
                problems.append(message.where() + QLatin1String(" -> \"") + one + QLatin1Char('"'));
            if (one.contains(thaiScript))
                ++thaiAnswers;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        if (catalogue.language == QLatin1String("th_TH"))
            QVERIFY2(thaiAnswers > catalogue.messages.size() / 2, qPrintable(QString::number(thaiAnswers)));
    }

private:
    void addCatalogueRows()
    {
        QTest::addColumn<Catalogue>("catalogue");
        QTest::newRow("th") << m_thai;
        QTest::newRow("en") << m_english;
    }

    Catalogue m_thai;
    Catalogue m_english;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

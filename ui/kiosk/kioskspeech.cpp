#include "kioskspeech.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QLocale>
#include <QTextToSpeech>
#include <QtGlobal>

namespace Marquee {

KioskSpeech::KioskSpeech(QObject *parent)
    : QObject(parent)
    , m_engineName(qEnvironmentVariable("MARQUEE_KIOSK_SPEECH_ENGINE"))
{
}

KioskSpeech::~KioskSpeech()
{
    if (!m_engine)
        return;
    m_engine->stop();
    // Qt 6.4's flite engine synthesises on a thread of its own and crashes when it is destroyed in the middle of a
    // sentence (seen here: a segfault in flite_text_to_speech after the engine was deleted). An engine still
    // speaking is therefore left to the end of the process rather than deleted under its thread.
    if (m_engine->state() == QTextToSpeech::Speaking)
        m_engine->setParent(nullptr);
}

void KioskSpeech::setEngineName(const QString &name)
{
    m_engineName = name;
}

void KioskSpeech::loadEngine()
{
    if (m_engine)
        return;
    if (m_engineName == QLatin1String("none"))
        return; // text only: what is said is still emitted as spoken() (a kiosk without sound, the tests)
    const QStringList available = QTextToSpeech::availableEngines();
    if (available.isEmpty()) {
        m_engineProblem = QStringLiteral("no Qt text-to-speech engine is installed (install qt6-speech-flite-plugin)");
        qWarning("kiosk: %s", qPrintable(m_engineProblem));
        return;
    }
    const QString name = m_engineName.isEmpty() || !available.contains(m_engineName) ? QString() : m_engineName;
    m_engine = name.isEmpty() ? new QTextToSpeech(this) : new QTextToSpeech(name, this);
    if (m_engine->state() == QTextToSpeech::Error) {
        m_engineProblem = QStringLiteral("the text-to-speech engine %1 could not start").arg(name);
        qWarning("kiosk: %s", qPrintable(m_engineProblem));
    }
    m_engine->setRate(m_rate);
    m_engine->setVolume(m_volume);
    followLocale();
}

void KioskSpeech::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (enabled)
        loadEngine();
    else
        stop();
    emit enabledChanged(enabled);
}

void KioskSpeech::setRate(double rate)
{
    m_rate = qBound(-1.0, rate, 1.0);
    if (m_engine)
        m_engine->setRate(m_rate);
}

void KioskSpeech::setVolume(double volume)
{
    m_volume = qBound(0.0, volume, 1.0);
    if (m_engine)
        m_engine->setVolume(m_volume);
}

void KioskSpeech::setSummary(const QString &summary)
{
    m_summary = summary;
}

void KioskSpeech::say(const QString &text)
{
    const QString sentence = text.simplified();
    if (!m_enabled || sentence.isEmpty())
        return;
    m_lastSpoken = sentence;
    if (m_engine) {
        m_engine->stop(); // one thing at a time: the newest wins
        m_engine->say(sentence);
    }
    emit spoken(sentence);
}

void KioskSpeech::repeat()
{
    say(m_summary.isEmpty() ? m_lastSpoken : m_summary);
}

void KioskSpeech::stop()
{
    if (m_engine)
        m_engine->stop();
    emit stopped();
}

QString KioskSpeech::describe(QAccessibleInterface *control)
{
    if (!control || !control->isValid())
        return QString();
    QStringList parts;
    const QString name = control->text(QAccessible::Name);
    if (!name.isEmpty())
        parts << name;
    const QAccessible::State state = control->state();
    switch (control->role()) {
    case QAccessible::Button:
        parts << tr("button");
        if (state.checkable)
            parts << (state.checked ? tr("on") : tr("off"));
        break;
    case QAccessible::CheckBox:
        parts << tr("check box") << (state.checked ? tr("on") : tr("off"));
        break;
    case QAccessible::RadioButton:
        parts << tr("radio button") << (state.checked ? tr("selected") : tr("not selected"));
        break;
    case QAccessible::SpinBox:
        parts << tr("spin button");
        if (QAccessibleValueInterface *value = control->valueInterface())
            parts << QLocale().toString(value->currentValue().toInt());
        break;
    case QAccessible::EditableText: {
        parts << tr("text field");
        const QString typed = control->textInterface()
            ? control->textInterface()->text(0, control->textInterface()->characterCount())
            : QString();
        parts << (typed.isEmpty() ? tr("empty") : typed);
        break;
    }
    case QAccessible::List:
        parts << tr("list");
        break;
    default:
        break;
    }
    if (state.disabled)
        parts << tr("unavailable");
    const QString description = control->text(QAccessible::Description);
    if (!description.isEmpty())
        parts << description;
    return parts.join(QStringLiteral(", "));
}

void KioskSpeech::followLocale()
{
    if (!m_engine)
        return;
    const QLocale wanted;
    const QList<QLocale> locales = m_engine->availableLocales();
    for (const QLocale &locale : locales) {
        if (locale.language() == wanted.language()) {
            m_engine->setLocale(locale);
            return;
        }
    }
}

} // namespace Marquee

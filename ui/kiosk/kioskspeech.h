#pragma once

#include <QObject>
#include <QString>

class QAccessibleInterface;
class QTextToSpeech;

namespace Marquee {

// The kiosk's speech output, for a customer who turned it on at the start page: it says what KioskView hands it
// (each page's heading and summary, the focused item, errors, the confirmation with its reference), one thing at
// a time — a new sentence interrupts the one before, Stop silences it, Repeat says the last page summary again —
// at an adjustable rate and volume. It speaks through Qt's text-to-speech (the engine a venue installs: flite
// speaks English offline, speechd with espeak-ng also Thai; MARQUEE_KIOSK_SPEECH_ENGINE chooses one by name, and
// "none" loads none).
//
// Every sentence is also emitted as spoken(): what the kiosk said, as text, whether or not a loudspeaker or
// headphone is there to hear it (the tests listen to that).
class KioskSpeech final : public QObject
{
    Q_OBJECT

public:
    static constexpr double RateStep = 0.25;
    static constexpr double VolumeStep = 0.2;

    explicit KioskSpeech(QObject *parent = nullptr);
    ~KioskSpeech() override;

    // The engine to load ("" for Qt's default, "none" for none), before speech is first turned on.
    void setEngineName(const QString &name);
    QString engineName() const { return m_engineName; }

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // -1 (slowest) to 1 (fastest), 0 normal; 0 (silent) to 1 (loudest).
    void setRate(double rate);
    double rate() const { return m_rate; }
    void setVolume(double volume);
    double volume() const { return m_volume; }

    // The summary Repeat says again (the page's; set as each page appears).
    void setSummary(const QString &summary);
    QString summary() const { return m_summary; }
    QString lastSpoken() const { return m_lastSpoken; }

    // The engine, once speech was turned on (null before, or when no engine could be loaded).
    QTextToSpeech *engine() const { return m_engine; }
    // Why no engine could be loaded, in English, for the log.
    QString engineProblem() const { return m_engineProblem; }

    // What a screen reader would say of a control that just got the focus: its name, what it is, its state
    // and value ("Number of tickets, spin button, 2"; "Speech, check box, on"), from its accessible interface.
    static QString describe(QAccessibleInterface *control);

public slots:
    // Says it now, interrupting whatever was being said. Nothing while speech is off.
    void say(const QString &text);
    void repeat();
    void stop();
    void faster() { setRate(m_rate + RateStep); }
    void slower() { setRate(m_rate - RateStep); }
    void louder() { setVolume(m_volume + VolumeStep); }
    void quieter() { setVolume(m_volume - VolumeStep); }
    // The locale of the voice (the customer's language), when the engine has one for it.
    void followLocale();

signals:
    void spoken(const QString &text);
    void stopped();
    void enabledChanged(bool enabled);

private:
    void loadEngine();

    QString m_engineName;
    bool m_enabled = false;
    double m_rate = 0.0;
    double m_volume = 0.8;
    QString m_summary;
    QString m_lastSpoken;
    QTextToSpeech *m_engine = nullptr; // a child: lives as long as this
    QString m_engineProblem;
};

} // namespace Marquee

#pragma once

#include <QWidget>

class QPushButton;

namespace Marquee {

class KioskSpeech;

// The row of speech controls along the bottom of every kiosk page while speech is on: Repeat, Stop, slower,
// faster, quieter, louder, and turning speech off. Each is a button a finger or the keyboard presses.
class KioskSpeechBar final : public QWidget
{
    Q_OBJECT

public:
    KioskSpeechBar(KioskSpeech *speech, QWidget *parent = nullptr);

signals:
    void speechOffRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    KioskSpeech *m_speech = nullptr;
    QPushButton *m_repeat = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_slower = nullptr;
    QPushButton *m_faster = nullptr;
    QPushButton *m_quieter = nullptr;
    QPushButton *m_louder = nullptr;
    QPushButton *m_off = nullptr;
};

} // namespace Marquee

#pragma once

#include "doorlook.h"

#include <QObject>
#include <QTimer>

namespace Marquee {

// A sound for each answer, told apart by ear without looking: one beep for valid, two for already used, three
// for not valid (and for "could not check"). Qt's own beep (the terminal bell): no audio library, works on every
// door PC with a speaker. Tests read lastPattern() instead of listening.
class DoorSound final : public QObject
{
    Q_OBJECT

public:
    explicit DoorSound(QObject *parent = nullptr);

    void play(DoorLook::Answer answer);
    static int beepsFor(DoorLook::Answer answer);
    int lastPattern() const { return m_lastPattern; }
    void setMuted(bool muted) { m_muted = muted; }

private:
    void beepOnce();

    QTimer m_gap;
    int m_remaining = 0;
    int m_lastPattern = 0;
    bool m_muted = false;
};

} // namespace Marquee

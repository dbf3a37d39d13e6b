#include "doorsound.h"

#include <QApplication>

namespace Marquee {

DoorSound::DoorSound(QObject *parent)
    : QObject(parent)
    , m_gap(this)
{
    m_gap.setInterval(140);
    connect(&m_gap, &QTimer::timeout, this, &DoorSound::beepOnce);
}

int DoorSound::beepsFor(DoorLook::Answer answer)
{
    switch (answer) {
    case DoorLook::Answer::Valid: return 1;
    case DoorLook::Answer::Used: return 2;
    case DoorLook::Answer::Invalid:
    case DoorLook::Answer::NotChecked: return 3;
    case DoorLook::Answer::Waiting: break;
    }
    return 0;
}

void DoorSound::play(DoorLook::Answer answer)
{
    m_lastPattern = beepsFor(answer);
    m_remaining = m_muted ? 0 : m_lastPattern;
    m_gap.stop();
    beepOnce();
    if (m_remaining > 0)
        m_gap.start();
}

void DoorSound::beepOnce()
{
    if (m_remaining <= 0) {
        m_gap.stop();
        return;
    }
    --m_remaining;
    QApplication::beep();
}

} // namespace Marquee

#include "kioskspeechbar.h"

#include "kioskspeech.h"
#include "kioskstyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace Marquee {

KioskSpeechBar::KioskSpeechBar(KioskSpeech *speech, QWidget *parent)
    : QWidget(parent)
    , m_speech(speech)
{
    setObjectName(QStringLiteral("kioskSpeechBar"));
    m_repeat = KioskStyle::button(this, QStringLiteral("kioskSpeechRepeat"), "option");
    m_stop = KioskStyle::button(this, QStringLiteral("kioskSpeechStop"), "option");
    m_slower = KioskStyle::button(this, QStringLiteral("kioskSpeechSlower"), "option");
    m_faster = KioskStyle::button(this, QStringLiteral("kioskSpeechFaster"), "option");
    m_quieter = KioskStyle::button(this, QStringLiteral("kioskSpeechQuieter"), "option");
    m_louder = KioskStyle::button(this, QStringLiteral("kioskSpeechLouder"), "option");
    m_off = KioskStyle::button(this, QStringLiteral("kioskSpeechOff"), "option");
    connect(m_repeat, &QPushButton::clicked, m_speech, &KioskSpeech::repeat);
    connect(m_stop, &QPushButton::clicked, m_speech, &KioskSpeech::stop);
    connect(m_slower, &QPushButton::clicked, m_speech, [this] {
        m_speech->slower();
        m_speech->say(tr("Slower"));
    });
    connect(m_faster, &QPushButton::clicked, m_speech, [this] {
        m_speech->faster();
        m_speech->say(tr("Faster"));
    });
    connect(m_quieter, &QPushButton::clicked, m_speech, [this] {
        m_speech->quieter();
        m_speech->say(tr("Quieter"));
    });
    connect(m_louder, &QPushButton::clicked, m_speech, [this] {
        m_speech->louder();
        m_speech->say(tr("Louder"));
    });
    connect(m_off, &QPushButton::clicked, this, &KioskSpeechBar::speechOffRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 4, 24, 8);
    layout->setSpacing(8);
    for (QPushButton *button : {m_repeat, m_stop, m_slower, m_faster, m_quieter, m_louder})
        layout->addWidget(button);
    layout->addStretch();
    layout->addWidget(m_off);
    retranslate();
}

void KioskSpeechBar::retranslate()
{
    m_repeat->setText(tr("Repeat"));
    m_repeat->setAccessibleName(tr("Repeat what this page says"));
    m_stop->setText(tr("Stop"));
    m_stop->setAccessibleName(tr("Stop speaking"));
    m_slower->setText(tr("Slower"));
    m_faster->setText(tr("Faster"));
    m_quieter->setText(tr("Quieter"));
    m_louder->setText(tr("Louder"));
    m_off->setText(tr("Speech off"));
}

void KioskSpeechBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Marquee

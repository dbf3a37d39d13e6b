#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace Marquee {

class KioskFlow;

// "Are you still there?": shown over the kiosk when nobody touched it for the idle time, with the seconds left
// before it starts over for the next customer, "More time" (focused: Enter, Space or Escape answer it too) and
// "Start over". KioskFlow decides when it opens and when the time is up; speech says it aloud.
class KioskStillThereDialog final : public QDialog
{
    Q_OBJECT

public:
    KioskStillThereDialog(KioskFlow *flow, QWidget *parent);

    void ask(int secondsLeft);
    void showSecondsLeft(int secondsLeft);
    QString question() const;
    // Hides it and gives the keyboard back to the kiosk.
    void dismiss();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();

    KioskFlow *m_flow = nullptr;
    int m_secondsLeft = 0;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_countdown = nullptr;
    QPushButton *m_moreTime = nullptr;
    QPushButton *m_startOver = nullptr;
};

} // namespace Marquee

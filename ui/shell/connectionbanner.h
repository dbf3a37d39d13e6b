#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;

namespace Marquee {

class TerminalSession;

// A strip across the top of the window while the terminal's live connection is down: the clerk keeps working
// (the workers reconnect on their own) and sees at a glance that seat counts may be behind.
// Not a dialog, so it never steals focus from a sale.
class ConnectionBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class State { Hidden, Lost, Restored };

    // Follows the session's live connection (none: only showLost/showRestored move it).
    explicit ConnectionBanner(TerminalSession *session, QWidget *parent = nullptr);

    State state() const { return m_state; }
    QString text() const;

    // `detail` is the translated reason, shown as a tooltip.
    void showLost(const QString &detail);
    // Shows "Reconnected" briefly, then hides itself.
    void showRestored();

    static constexpr int RestoredVisibleMs = 4000;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setState(State state);

    State m_state = State::Hidden;
    QString m_detail;
    QLabel *m_label = nullptr;
    QTimer m_hideTimer;
};

} // namespace Marquee

#include "connectionbanner.h"

#include "session/terminalsession.h"
#include "shelllook.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace Marquee {

ConnectionBanner::ConnectionBanner(TerminalSession *session, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_label, 1);

    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(RestoredVisibleMs);
    connect(&m_hideTimer, &QTimer::timeout, this, [this] { setState(State::Hidden); });

    hide();

    if (session) {
        connect(session, &TerminalSession::connectionLost, this, &ConnectionBanner::showLost);
        connect(session, &TerminalSession::connectionRestored, this, &ConnectionBanner::showRestored);
    }
}

QString ConnectionBanner::text() const
{
    return m_label->text();
}

void ConnectionBanner::showLost(const QString &detail)
{
    m_detail = detail;
    m_hideTimer.stop();
    setState(State::Lost);
}

void ConnectionBanner::showRestored()
{
    // A restore without a loss shown (the first connect) is not news.
    if (m_state != State::Lost)
        return;
    setState(State::Restored);
    m_hideTimer.start();
}

void ConnectionBanner::setState(State state)
{
    m_state = state;
    const QPalette pal = ShellLook::bannerPalette(palette(), state == State::Lost);
    setPalette(pal);
    m_label->setPalette(pal);
    retranslate();
    setVisible(state != State::Hidden);
}

void ConnectionBanner::retranslate()
{
    switch (m_state) {
    case State::Lost:
        m_label->setText(tr("Connection to the database lost — reconnecting…"));
        m_label->setToolTip(m_detail);
        break;
    case State::Restored:
        m_label->setText(tr("Reconnected."));
        m_label->setToolTip(QString());
        break;
    case State::Hidden:
        m_label->clear();
        break;
    }
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace Marquee

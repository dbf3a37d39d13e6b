#include "connectionbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace Marquee {

ConnectionBanner::ConnectionBanner(QWidget *parent)
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
    // Colours set on the palette, not a style sheet, so the banner follows the platform style.
    QPalette pal = palette();
    if (state == State::Lost) {
        pal.setColor(QPalette::Window, QColor(0xfd, 0xe6, 0xb0));
        pal.setColor(QPalette::WindowText, QColor(0x5c, 0x3b, 0x00));
    } else {
        pal.setColor(QPalette::Window, QColor(0xd4, 0xf0, 0xd4));
        pal.setColor(QPalette::WindowText, QColor(0x14, 0x4d, 0x14));
    }
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

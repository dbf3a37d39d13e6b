#include "connectingwindow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Marquee {

ConnectingWindow::ConnectingWindow(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_retry(new QPushButton(this))
    , m_quit(new QPushButton(this))
{
    setObjectName(QStringLiteral("connectingWindow"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    connect(m_retry, &QPushButton::clicked, this, &ConnectingWindow::retryRequested);
    connect(m_quit, &QPushButton::clicked, this, &ConnectingWindow::quitRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_quit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setMinimumWidth(460);
    retranslate();
}

void ConnectingWindow::showConnecting(const QString &target)
{
    m_target = target;
    m_error.reset();
    m_problem.clear();
    m_connecting = true;
    retranslate();
}

void ConnectingWindow::showError(const Error &error)
{
    m_error = error;
    m_problem.clear();
    m_connecting = false;
    retranslate();
    m_retry->setDefault(true);
    m_retry->setFocus();
}

void ConnectingWindow::showProblem(const QString &message)
{
    m_error.reset();
    m_problem = message;
    m_connecting = false;
    retranslate();
}

QString ConnectingWindow::message() const
{
    return m_message->text();
}

void ConnectingWindow::retranslate()
{
    setWindowTitle(tr("Marquee"));
    m_retry->setText(tr("&Retry"));
    m_quit->setText(tr("&Quit"));
    m_progress->setVisible(m_connecting);
    m_retry->setVisible(!m_connecting);
    m_retry->setEnabled(!m_connecting);
    if (m_connecting) {
        m_title->setText(tr("Connecting…"));
        m_message->setText(tr("Connecting to %1.").arg(m_target));
    } else {
        m_title->setText(tr("Marquee could not start"));
        m_message->setText(m_error ? m_error->message() : m_problem);
    }
}

void ConnectingWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Marquee

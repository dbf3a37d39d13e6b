#pragma once

#include "common/error.h"

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Marquee {

// What a terminal started with a connection string shows before its view: "Connecting…", or why
// it could not, with Retry and Quit (a kiosk that boots before the server must be able to wait).
class ConnectingWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectingWindow(QWidget *parent = nullptr);

    void showConnecting(const QString &target);
    void showError(const Error &error);
    // A problem that is not an Error (a login without a Marquee group): already translated.
    void showProblem(const QString &message);

    QString message() const;
    bool isConnecting() const { return m_connecting; }

signals:
    void retryRequested();
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_target;
    std::optional<Error> m_error;
    QString m_problem;
    bool m_connecting = false;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_quit = nullptr;
};

} // namespace Marquee

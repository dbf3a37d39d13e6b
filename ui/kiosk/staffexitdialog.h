#pragma once

#include "common/result.h"
#include "domain/session.h"
#include "service/reply.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Marquee {

class KioskKeypad;
class TerminalSession;

// The only way out of the kiosk: a member of staff signs in with their own login. The login is
// checked by SignInCheck (a connection of its own as that person, off the GUI thread, to the same
// server and database as the kiosk, asking which group they belong to): only box office and admin
// logins unlock. The dialog is accepted when the check passes; closing it drops a check on its way.
class StaffExitDialog final : public QDialog
{
    Q_OBJECT

public:
    // Staff sign in to the kiosk's own server and database.
    explicit StaffExitDialog(TerminalSession *kiosk, QWidget *parent = nullptr);

    QString verifiedLogin() const { return m_verifiedLogin; }
    bool isChecking() const { return m_check.isPending(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void verify();
    void finishCheck(const QString &login, const Result<SessionInfo> &result);
    void setChecking(bool checking);

    TerminalSession *m_kiosk = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_unlock = nullptr;
    KioskKeypad *m_keypad = nullptr;
    QString m_verifiedLogin;
    LatestReply m_check;
};

} // namespace Marquee

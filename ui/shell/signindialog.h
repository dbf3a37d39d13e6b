#pragma once

#include "session/connectionprofile.h"
#include "domain/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QWidget;

namespace Marquee {

class LanguageSwitcher;
class SignInAttempt;

// Where and as whom this terminal signs in. Remembers the last profile (never the password) in the
// settings; the password is kept only in the system keychain, only when asked to, and only if one
// is there. Connecting happens off the GUI thread while the form says "Connecting…".
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(LanguageSwitcher *language, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Fills the form (the settings' profile is loaded by the constructor).
    void setProfile(const ConnectionProfile &profile);
    ConnectionProfile profile() const;

    // Shows a problem found after the connection succeeded (a login without a Marquee group).
    void showProblem(const QString &message);

    static bool keychainAvailable();

signals:
    // The server accepted the login; the dialog stays open until the owner closes it.
    void signedIn(const Marquee::ConnectionProfile &profile, const Marquee::SessionInfo &info);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void signIn();
    void setBusy(bool busy);
    void onSucceeded(const ConnectionProfile &profile, const SessionInfo &info);
    void onFailed(const Error &error);
    void loadSettings();
    void saveSettings(const ConnectionProfile &profile) const;
    void readPasswordFromKeychain();
    void storePasswordInKeychain(const ConnectionProfile &profile) const;
    static QString keychainKey(const ConnectionProfile &profile);

    LanguageSwitcher *m_language = nullptr;
    SignInAttempt *m_attempt = nullptr;
    QLabel *m_title = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_rememberPassword = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    QFormLayout *m_advancedForm = nullptr;
    QComboBox *m_sslMode = nullptr;
    QComboBox *m_languageBox = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signIn = nullptr;
    QString m_problem;        // shown in m_status; kept so it can be retranslated by the owner
    bool m_busy = false;
};

} // namespace Marquee

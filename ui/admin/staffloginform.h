#pragma once

#include "domain/session.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Marquee {

class TerminalSession;

// Creates a staff or terminal login: login name, full name, group and a first password.
class StaffLoginForm final : public QDialog
{
    Q_OBJECT

public:
    explicit StaffLoginForm(TerminalSession *session, QWidget *parent = nullptr);

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *fullNameEdit() const { return m_fullName; }
    QComboBox *groupCombo() const { return m_group; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QString fieldError(const QString &field) const;

public slots:
    void save();

signals:
    void saved(const QString &login);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool check();
    void retranslate();

    TerminalSession *m_session = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLabel *m_fullNameLabel = nullptr;
    QLabel *m_groupLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_fullName = nullptr;
    QComboBox *m_group = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_loginError = nullptr;
    QLabel *m_passwordError = nullptr;
    QLabel *m_repeatError = nullptr;
    QLabel *m_formError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_saving = false;
};

} // namespace Marquee

#include "staffexitdialog.h"

#include "kioskkeypad.h"
#include "session/signincheck.h"
#include "session/terminalsession.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Marquee {

StaffExitDialog::StaffExitDialog(TerminalSession *kiosk, QWidget *parent)
    : QDialog(parent)
    , m_kiosk(kiosk)
{
    setObjectName(QStringLiteral("staffExitDialog"));
    setModal(true);
    setMinimumWidth(520);

    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_loginLabel = new QLabel(this);
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("staffLogin"));
    m_login->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText | Qt::ImhPreferLowercase);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel = new QLabel(this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("staffPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_passwordLabel->setBuddy(m_password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("staffMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("staffCancel"));
    m_cancel->setAutoDefault(false);
    m_unlock = new QPushButton(this);
    m_unlock->setObjectName(QStringLiteral("staffUnlock"));
    m_unlock->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_unlock);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows with the (wrapped) message
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_loginLabel);
    layout->addWidget(m_login);
    layout->addWidget(m_passwordLabel);
    layout->addWidget(m_password);
    layout->addWidget(m_message);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    // A kiosk has no keyboard: staff type with the kiosk's keypad too (small letters and digits).
    m_keypad = new KioskKeypad(this);
    m_keypad->setTarget(m_login);
    layout->addWidget(m_keypad);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now == m_login || now == m_password)
            m_keypad->setTarget(static_cast<QLineEdit *>(now));
    });

    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_unlock, &QPushButton::clicked, this, &StaffExitDialog::verify);
    connect(m_password, &QLineEdit::returnPressed, this, &StaffExitDialog::verify);
    connect(m_login, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    retranslate();
}

void StaffExitDialog::retranslate()
{
    setWindowTitle(tr("Staff sign-in"));
    m_title->setText(tr("Staff only: sign in with a box office or admin login to leave the kiosk."));
    m_loginLabel->setText(tr("&Login"));
    m_passwordLabel->setText(tr("&Password"));
    m_cancel->setText(tr("Cancel"));
    m_unlock->setText(isChecking() ? tr("Checking…") : tr("Unlock"));
}

void StaffExitDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void StaffExitDialog::setChecking(bool checking)
{
    m_login->setEnabled(!checking);
    m_password->setEnabled(!checking);
    m_unlock->setEnabled(!checking);
    m_unlock->setText(checking ? tr("Checking…") : tr("Unlock"));
}

void StaffExitDialog::verify()
{
    if (isChecking())
        return;
    const QString login = m_login->text().trimmed();
    const QString password = m_password->text();
    if (login.isEmpty() || password.isEmpty()) {
        m_message->setText(tr("Please enter your staff login and password."));
        m_message->show();
        return;
    }
    m_message->hide();
    setChecking(true);

    ConnectionProfile profile = m_kiosk->profile();
    profile.user = login;
    profile.password = password;
    profile.applicationName = QStringLiteral("marquee-staff-check");
    profile.announceAfterCommit = false;

    // A connection of its own (not the kiosk's worker): it belongs to another login and must not hold up the
    // customer's reads and bookings.
    m_check.ask(SignInCheck::check(profile), this,
                [this, login](Result<SessionInfo> result) { finishCheck(login, result); });
}

void StaffExitDialog::finishCheck(const QString &login, const Result<SessionInfo> &result)
{
    setChecking(false);
    m_password->clear();
    if (!result) {
        const ErrorCode code = result.error().code();
        m_message->setText(code == ErrorCode::AuthenticationFailed || code == ErrorCode::PermissionDenied
                               ? tr("The login or password is not correct.")
                               : result.error().message());
        m_message->show();
        m_password->setFocus();
        return;
    }
    if (!result->mayUseBoxOffice()) {
        m_message->setText(tr("This login may not leave the kiosk: a box office or admin login is needed."));
        m_message->show();
        m_login->setFocus();
        return;
    }
    m_verifiedLogin = login;
    accept();
}

} // namespace Marquee

#include "signindialog.h"

#include "language.h"
#include "signinattempt.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <iterator>

#ifdef MARQUEE_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace Marquee {

namespace {

const QString KeychainService = QStringLiteral("Marquee");

QString settingsKey(const char *name)
{
    return QStringLiteral("signIn/") + QLatin1String(name);
}

const char *const SslModes[] = {"prefer", "require", "verify-ca", "verify-full", "disable"};

} // namespace

SignInDialog::SignInDialog(LanguageSwitcher *language, QWidget *parent)
    : QDialog(parent)
    , m_language(language)
    , m_attempt(new SignInAttempt(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_rememberPassword = new QCheckBox(this);
    m_rememberPassword->setObjectName(QStringLiteral("rememberPassword"));
    m_rememberPassword->setEnabled(keychainAvailable());

    // Labels made here (QFormLayout makes none for an empty text); retranslate() fills them in.
    const auto addRow = [](QFormLayout *form, QWidget *field) {
        auto *label = new QLabel(field->parentWidget());
        label->setBuddy(field);
        form->addRow(label, field);
    };
    m_form = new QFormLayout;
    addRow(m_form, m_host);
    addRow(m_form, m_port);
    addRow(m_form, m_database);
    addRow(m_form, m_user);
    addRow(m_form, m_password);
    addRow(m_form, m_rememberPassword);

    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_advanced = new QWidget(this);
    m_sslMode = new QComboBox(m_advanced);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    for (const char *mode : SslModes)
        m_sslMode->addItem(QString(), QString::fromLatin1(mode));
    m_advancedForm = new QFormLayout(m_advanced);
    m_advancedForm->setContentsMargins(0, 0, 0, 0);
    addRow(m_advancedForm, m_sslMode);
    m_advanced->setVisible(false);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        adjustSize();
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_buttons = new QDialogButtonBox(this);
    m_signIn = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    if (m_language) {
        m_languageBox = new QComboBox(this);
        for (const QString &code : LanguageSwitcher::languages())
            m_languageBox->addItem(LanguageSwitcher::nativeName(code), code);
        m_languageBox->setCurrentIndex(m_languageBox->findData(m_language->language()));
        connect(m_languageBox, &QComboBox::activated, this, [this](int index) {
            const QString code = m_languageBox->itemData(index).toString();
            if (m_language->setLanguage(code))
                LanguageSwitcher::saveLanguage(code);
            m_languageBox->setCurrentIndex(m_languageBox->findData(m_language->language()));
        });
        bottom->addWidget(m_languageBox);
    }
    bottom->addWidget(m_buttons, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addSpacing(8);
    layout->addLayout(m_form);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addLayout(bottom);
    setMinimumWidth(460);

    connect(m_attempt, &SignInAttempt::succeeded, this, &SignInDialog::onSucceeded);
    connect(m_attempt, &SignInAttempt::failed, this, &SignInDialog::onFailed);

    retranslate();
    loadSettings();
}

SignInDialog::~SignInDialog()
{
    if (m_busy)
        QApplication::restoreOverrideCursor();
}

bool SignInDialog::keychainAvailable()
{
#ifdef MARQUEE_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

void SignInDialog::setProfile(const ConnectionProfile &profile)
{
    m_host->setText(profile.host);
    m_port->setValue(profile.port);
    m_database->setText(profile.database);
    m_user->setText(profile.user);
    m_password->setText(profile.password);
    const int ssl = m_sslMode->findData(profile.sslMode.isEmpty() ? QStringLiteral("prefer") : profile.sslMode);
    m_sslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
    if (ssl > 0)
        m_advancedToggle->setChecked(true);
}

ConnectionProfile SignInDialog::profile() const
{
    ConnectionProfile profile;
    profile.host = m_host->text().trimmed();
    profile.port = m_port->value();
    profile.database = m_database->text().trimmed();
    profile.user = m_user->text().trimmed();
    profile.password = m_password->text();
    profile.sslMode = m_sslMode->currentData().toString();
    return profile;
}

void SignInDialog::showProblem(const QString &message)
{
    m_problem = message;
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

void SignInDialog::signIn()
{
    if (m_busy)
        return;
    if (m_database->text().trimmed().isEmpty()) {
        showProblem(tr("Enter the name of the database."));
        m_database->setFocus();
        return;
    }
    setBusy(true);
    showProblem(QString());
    m_status->setText(tr("Connecting…"));
    m_status->show();
    m_attempt->start(profile());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *field : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                           static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user),
                           static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_advanced)})
        field->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

void SignInDialog::onSucceeded(const ConnectionProfile &profile, const SessionInfo &info)
{
    setBusy(false);
    m_status->hide();
    saveSettings(profile);
    storePasswordInKeychain(profile);
    emit signedIn(profile, info);
}

void SignInDialog::onFailed(const Error &error)
{
    setBusy(false);
    showProblem(error.message());
    if (error.code() == ErrorCode::AuthenticationFailed) {
        m_password->setFocus();
        m_password->selectAll();
    }
}

void SignInDialog::loadSettings()
{
    QSettings settings;
    ConnectionProfile saved;
    saved.host = settings.value(settingsKey("host")).toString();
    saved.port = settings.value(settingsKey("port"), 5432).toInt();
    saved.database = settings.value(settingsKey("database"), saved.database).toString();
    saved.user = settings.value(settingsKey("user")).toString();
    saved.sslMode = settings.value(settingsKey("sslMode")).toString();
    setProfile(saved);
    m_rememberPassword->setChecked(keychainAvailable() && settings.value(settingsKey("rememberPassword"), false).toBool());
    if (m_rememberPassword->isChecked())
        readPasswordFromKeychain();
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

void SignInDialog::saveSettings(const ConnectionProfile &profile) const
{
    // Never the password: that goes to the keychain or nowhere.
    QSettings settings;
    settings.setValue(settingsKey("host"), profile.host);
    settings.setValue(settingsKey("port"), profile.port);
    settings.setValue(settingsKey("database"), profile.database);
    settings.setValue(settingsKey("user"), profile.user);
    settings.setValue(settingsKey("sslMode"), profile.sslMode);
    settings.setValue(settingsKey("rememberPassword"), m_rememberPassword->isChecked());
}

QString SignInDialog::keychainKey(const ConnectionProfile &profile)
{
    return QStringLiteral("%1@%2:%3/%4").arg(profile.user, profile.host).arg(profile.port).arg(profile.database);
}

void SignInDialog::readPasswordFromKeychain()
{
#ifdef MARQUEE_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(KeychainService);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keychainKey(profile()));
    const QString key = job->key();
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        // Only if the person has not started typing, and the form still shows that login.
        if (read->error() == QKeychain::NoError && m_password->text().isEmpty() && keychainKey(profile()) == key)
            m_password->setText(read->textData());
    });
    job->start();
#endif
}

void SignInDialog::storePasswordInKeychain(const ConnectionProfile &profile) const
{
#ifdef MARQUEE_HAVE_KEYCHAIN
    // Jobs run on after the dialog is gone: no parent, deleted when done. Failures (no keychain
    // service on this desktop) are only logged: then the password is simply not remembered.
    QKeychain::Job *job = nullptr;
    if (m_rememberPassword->isChecked() && !profile.password.isEmpty()) {
        auto *write = new QKeychain::WritePasswordJob(KeychainService);
        write->setTextData(profile.password);
        job = write;
    } else {
        job = new QKeychain::DeletePasswordJob(KeychainService);
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keychainKey(profile));
    QObject::connect(job, &QKeychain::Job::finished, job, [](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
            qWarning("marquee: the system keychain did not keep the password: %s", qPrintable(finished->errorString()));
    });
    job->start();
#else
    Q_UNUSED(profile)
#endif
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in — Marquee"));
    m_title->setText(tr("Sign in to Marquee"));
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_host, tr("&Server:"));
    label(m_port, tr("P&ort:"));
    label(m_database, tr("&Database:"));
    label(m_user, tr("&Login:"));
    label(m_password, tr("&Password:"));
    m_host->setPlaceholderText(tr("Host name, or a socket folder such as /run/postgresql"));
    m_database->setPlaceholderText(QStringLiteral("marquee"));
    m_rememberPassword->setText(tr("Remember password in the system &keychain"));
    m_rememberPassword->setToolTip(keychainAvailable()
        ? tr("The password is kept only in the system keychain, never in Marquee's settings.")
        : tr("No system keychain is available, so Marquee does not remember passwords."));
    m_advancedToggle->setText(tr("&Advanced"));
    if (auto *l = qobject_cast<QLabel *>(m_advancedForm->labelForField(m_sslMode)))
        l->setText(tr("&Encryption (TLS):"));
    const QString sslTexts[] = {
        tr("Prefer encryption (default)"),
        tr("Require encryption"),
        tr("Require encryption and a trusted certificate"),
        tr("Require encryption, a trusted certificate and the right server name"),
        tr("No encryption"),
    };
    for (int i = 0; i < m_sslMode->count() && i < int(std::size(sslTexts)); ++i)
        m_sslMode->setItemText(i, sslTexts[i] + QStringLiteral(" (") + m_sslMode->itemData(i).toString()
                                  + QLatin1Char(')'));
    m_signIn->setText(tr("&Sign in"));
    if (m_busy)
        m_status->setText(tr("Connecting…"));
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Marquee

#include "staffloginform.h"

#include "adminlook.h"
#include "common/texttone.h"
#include "session/terminalsession.h"
#include "staff/staffservice.h"
#include "stafflogintablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Marquee {

namespace {

// The same rule as marquee.create_staff_login: a role name nobody can confuse with SQL.
bool isWellFormedLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{2,40}$"));
    return pattern.match(login).hasMatch() && !login.startsWith(QLatin1String("pg_"))
        && !login.startsWith(QLatin1String("marquee_"));
}

void setError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace

StaffLoginForm::StaffLoginForm(TerminalSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    m_loginLabel = new QLabel(this);
    m_fullNameLabel = new QLabel(this);
    m_groupLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_repeatLabel = new QLabel(this);
    m_login = new QLineEdit(this);
    m_fullName = new QLineEdit(this);
    m_group = new QComboBox(this);
    m_password = new QLineEdit(this);
    m_repeat = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_loginLabel->setBuddy(m_login);
    m_fullNameLabel->setBuddy(m_fullName);
    m_groupLabel->setBuddy(m_group);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);
    m_loginError = new QLabel(this);
    m_passwordError = new QLabel(this);
    m_repeatError = new QLabel(this);
    m_formError = new QLabel(this);
    for (QLabel *label : {m_loginError, m_passwordError, m_repeatError, m_formError}) {
        AdminLook::setTone(label, TextTone::Bad);
        label->setWordWrap(true);
        label->hide();
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *grid = new QGridLayout;
    grid->setVerticalSpacing(2);
    int row = 0;
    auto addRow = [&](QLabel *label, QWidget *field, QLabel *error) {
        grid->addWidget(label, row, 0);
        grid->addWidget(field, row, 1);
        ++row;
        if (error)
            grid->addWidget(error, row++, 1);
    };
    addRow(m_loginLabel, m_login, m_loginError);
    addRow(m_fullNameLabel, m_fullName, nullptr);
    addRow(m_groupLabel, m_group, nullptr);
    addRow(m_passwordLabel, m_password, m_passwordError);
    addRow(m_repeatLabel, m_repeat, m_repeatError);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_formError);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &StaffLoginForm::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

QString StaffLoginForm::fieldError(const QString &field) const
{
    const QLabel *label = field == QLatin1String("login") ? m_loginError
        : field == QLatin1String("password")               ? m_passwordError
        : field == QLatin1String("repeat")                 ? m_repeatError
                                                           : m_formError;
    return label->isHidden() ? QString() : label->text();
}

bool StaffLoginForm::check()
{
    bool ok = true;
    if (!isWellFormedLogin(m_login->text().trimmed())) {
        setError(m_loginError, tr("A login name is 3 to 41 lower-case letters, digits or underscores, starting with a letter "
                                   "(not with pg_ or marquee_)."));
        ok = false;
    } else {
        setError(m_loginError, QString());
    }
    if (m_password->text().size() < 8) {
        setError(m_passwordError, tr("The password needs at least 8 characters."));
        ok = false;
    } else {
        setError(m_passwordError, QString());
    }
    if (m_repeat->text() != m_password->text()) {
        setError(m_repeatError, tr("The two passwords are not the same."));
        ok = false;
    } else {
        setError(m_repeatError, QString());
    }
    return ok;
}

void StaffLoginForm::save()
{
    if (m_saving || !check())
        return;
    setError(m_formError, QString());
    m_saving = true;
    m_buttons->setEnabled(false);
    const QString login = m_login->text().trimmed();
    const QString password = m_password->text();
    const QString fullName = m_fullName->text().trimmed();
    const auto group = StaffGroup(m_group->currentData().toInt());
    m_session->staff().create(login, password, group, fullName).then(this, [this, login](Result<void> result) {
        m_saving = false;
        m_buttons->setEnabled(true);
        if (!result) {
            setError(m_formError, result.error().message());
            return;
        }
        emit saved(login);
        accept();
    });
}

void StaffLoginForm::retranslate()
{
    setWindowTitle(tr("New staff login"));
    m_loginLabel->setText(tr("&Login name"));
    m_fullNameLabel->setText(tr("&Full name"));
    m_groupLabel->setText(tr("&Group"));
    m_passwordLabel->setText(tr("&Password"));
    m_repeatLabel->setText(tr("&Repeat password"));
    const QVariant current = m_group->currentData();
    m_group->clear();
    for (StaffGroup group : {StaffGroup::BoxOffice, StaffGroup::Kiosk, StaffGroup::Door, StaffGroup::Admin})
        m_group->addItem(StaffLoginTableModel::groupText(group), int(group));
    m_group->setCurrentIndex(qMax(0, m_group->findData(current)));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Create login"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void StaffLoginForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Marquee

#pragma once

#include "service/reply.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Marquee {

class BookingLimitsPanel;
class StaffLoginTableModel;
class TerminalSession;

// Staff and terminal logins: who may sign in, in which group; create, disable, re-enable, reset a password;
// and the booking limits of each group.
class StaffPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StaffPage(TerminalSession *session, QWidget *parent = nullptr);

    StaffLoginTableModel *model() const { return m_model; }
    BookingLimitsPanel *limitsPanel() const { return m_limits; }
    void reload();
    void setLoginEnabled(const QString &login, bool enabled);
    void resetPassword(const QString &login, const QString &password);

signals:
    void loaded();
    void changed(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString selectedLogin() const;
    void newLogin();
    void toggleSelected();
    void askNewPassword();
    void updateActions();
    void showStatus(const QString &message, bool error);
    void retranslate();

    TerminalSession *m_session = nullptr;
    StaffLoginTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_toggleButton = nullptr;
    QPushButton *m_passwordButton = nullptr;
    QLabel *m_status = nullptr;
    BookingLimitsPanel *m_limits = nullptr;
    LatestReply m_list;
};

} // namespace Marquee

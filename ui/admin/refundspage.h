#pragma once

#include "domain/refund.h"
#include "service/reply.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Marquee {

class RefundTableModel;
class TerminalSession;

// Money owed back: every refund the database recorded when a booking or its event was cancelled — customer,
// phone, amount, how they paid — and "Mark refunded" once the customer has it back (how, with a note; the
// database records by whom and when).
class RefundsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RefundsPage(TerminalSession *session, QWidget *parent = nullptr);

    void reload();
    QTableView *table() const { return m_table; }
    RefundTableModel *model() const { return m_model; }
    // Marks the selected refund given (the dialog's second half; tests call it directly).
    void markCurrent(RefundMethod method, const QString &note = QString());

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void askMark();
    void updateActions();
    void showStatus(const QString &message, bool error);

    TerminalSession *m_session = nullptr;
    RefundTableModel *m_model = nullptr;
    QCheckBox *m_dueOnly = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_mark = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    LatestReply m_list;
    bool m_busy = false;
};

} // namespace Marquee

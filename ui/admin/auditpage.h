#pragma once

#include "domain/audit.h"
#include "service/reply.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Marquee {

class AuditTableModel;
class TerminalSession;

// Who changed what, newest first, filtered by time, table and person, with the old and new values.
class AuditPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(TerminalSession *session, QWidget *parent = nullptr);

    AuditTableModel *model() const { return m_model; }
    AuditQuery currentQuery() const;
    void reload();

signals:
    void loaded(int rows);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(bool more);
    void showEntry();
    void retranslate();

    TerminalSession *m_session = nullptr;
    AuditTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_values = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QCheckBox *m_untilCheck = nullptr;
    QDateTimeEdit *m_until = nullptr;
    QComboBox *m_table = nullptr;
    QLabel *m_actorLabel = nullptr;
    QLineEdit *m_actor = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_more = nullptr;
    QLabel *m_status = nullptr;
    LatestReply m_load;
    int m_pageSize = 500;
};

} // namespace Marquee

#pragma once

#include "service/reply.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Marquee {

class CustomerTableModel;
class TerminalSession;

// The people tickets belong to: search by name or phone, and register a new one.
class CustomersPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersPage(TerminalSession *session, QWidget *parent = nullptr);

    CustomerTableModel *model() const { return m_model; }
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void newCustomer();
    void retranslate();

    TerminalSession *m_session = nullptr;
    CustomerTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_newButton = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_searchDelay = nullptr;
    LatestReply m_list;
};

} // namespace Marquee

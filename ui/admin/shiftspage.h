#pragma once

#include "domain/shift.h"
#include "service/reply.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Marquee {

class ShiftTableModel;
class TerminalSession;

// Every desk's shifts for admins: filtered by desk, staff login and the venue's day, with the cash-up figures;
// a forgotten shift is force-closed here (recorded as such); the list goes out as CSV (UTF-8 with a BOM,
// neutralised cells) or as a PDF report made with Qt's own printing.
class ShiftsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ShiftsPage(TerminalSession *session, QWidget *parent = nullptr);

    void reload();
    ShiftTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void setFilter(const QString &desk, const QString &login, const QDate &day);
    // Closes the selected shift without a count (tests call it directly; the button asks first).
    void forceCloseCurrent();
    bool writeCsv(const QString &fileName) const;
    bool writePdf(const QString &fileName) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void showStatus(const QString &message, bool error);
    void askForceClose();
    void chooseCsv();
    void choosePdf();

    TerminalSession *m_session = nullptr;
    ShiftTableModel *m_model = nullptr;
    QLineEdit *m_desk = nullptr;
    QLineEdit *m_login = nullptr;
    QCheckBox *m_byDay = nullptr;
    QDateEdit *m_day = nullptr;
    QPushButton *m_find = nullptr;
    QPushButton *m_forceClose = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    LatestReply m_list;
    bool m_busy = false;
};

} // namespace Marquee

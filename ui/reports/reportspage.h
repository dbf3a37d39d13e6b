#pragma once

#include "domain/report.h"
#include "reports/salessummary.h"
#include "service/reply.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace Marquee {

class AttendanceReportModel;
class SalesTotalsModel;
class TerminalSession;

// The admin's reports: sales of a chosen period (venue days) by day, desk, staff, payment method or ticket type,
// with refunds given; and attendance per event and entrance of the events in that period, kept live while doors
// scan (attendance hints). Both on screen and as CSV or PDF (Qt's own printing, no dialog needed).
class ReportsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(TerminalSession *session, QWidget *parent = nullptr);

    void setPeriod(const QDate &firstDay, const QDate &lastDay);
    void setDimension(SalesDimension dimension);
    void reload();

    SalesTotalsModel *salesModel() const { return m_salesModel; }
    AttendanceReportModel *attendanceModel() const { return m_attendanceModel; }
    const SalesReport &salesReport() const { return m_report; }
    QString summaryText() const;
    QString problemText() const;

    // The files, without a dialog (the buttons ask for the name). False with problemText() when it failed.
    bool exportSalesCsv(const QString &fileName);
    bool exportAttendanceCsv(const QString &fileName);
    bool exportPdf(const QString &fileName);

signals:
    void reloaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSales();
    void retranslate();
    void saveWithDialog(bool pdf);
    QString reportHtml() const;

    TerminalSession *m_session = nullptr;
    SalesReport m_report;
    QList<AttendanceLine> m_attendance;
    LatestReply m_salesRead;
    LatestReply m_attendanceRead;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_until = nullptr;
    QComboBox *m_dimension = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_attendanceCsv = nullptr;
    QPushButton *m_pdf = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_untilLabel = nullptr;
    QLabel *m_byLabel = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_salesTitle = nullptr;
    QLabel *m_attendanceTitle = nullptr;
    QTableView *m_salesTable = nullptr;
    QTableView *m_attendanceTable = nullptr;
    SalesTotalsModel *m_salesModel = nullptr;
    AttendanceReportModel *m_attendanceModel = nullptr;
    QTimer *m_liveAttendance = nullptr;
};

} // namespace Marquee

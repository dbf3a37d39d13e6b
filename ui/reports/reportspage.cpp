#include "reportspage.h"

#include "attendancereportmodel.h"
#include "availability/liveavailability.h"
#include "booking/bookingexport.h"
#include "reports/reportservice.h"
#include "salestotalsmodel.h"
#include "session/terminalsession.h"
#include "venue/venueformat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPageLayout>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace Marquee {

ReportsPage::ReportsPage(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("reportsPage"));
    m_fromLabel = new QLabel(this);
    m_untilLabel = new QLabel(this);
    m_byLabel = new QLabel(this);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setCalendarPopup(true);
    m_until = new QDateEdit(this);
    m_until->setObjectName(QStringLiteral("reportUntil"));
    m_until->setCalendarPopup(true);
    m_fromLabel->setBuddy(m_from);
    m_untilLabel->setBuddy(m_until);
    m_dimension = new QComboBox(this);
    m_dimension->setObjectName(QStringLiteral("reportDimension"));
    m_byLabel->setBuddy(m_dimension);
    m_reload = new QPushButton(this);
    m_csv = new QPushButton(this);
    m_csv->setObjectName(QStringLiteral("reportSalesCsv"));
    m_attendanceCsv = new QPushButton(this);
    m_attendanceCsv->setObjectName(QStringLiteral("reportAttendanceCsv"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("reportPdf"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("reportProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_salesTitle = new QLabel(this);
    m_attendanceTitle = new QLabel(this);
    for (QLabel *title : {m_salesTitle, m_attendanceTitle}) {
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
    }
    m_salesModel = new SalesTotalsModel(this);
    m_attendanceModel = new AttendanceReportModel(this);
    m_salesTable = new QTableView(this);
    m_salesTable->setObjectName(QStringLiteral("reportSalesTable"));
    m_salesTable->setModel(m_salesModel);
    m_attendanceTable = new QTableView(this);
    m_attendanceTable->setObjectName(QStringLiteral("reportAttendanceTable"));
    m_attendanceTable->setModel(m_attendanceModel);
    // The names take the room; the figures stay beside them.
    m_salesTable->horizontalHeader()->setSectionResizeMode(SalesTotalsModel::Key, QHeaderView::Stretch);
    m_attendanceTable->horizontalHeader()->setSectionResizeMode(AttendanceReportModel::Event, QHeaderView::Stretch);
    for (QTableView *table : {m_salesTable, m_attendanceTable}) {
        table->verticalHeader()->hide();
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }

    const VenueFormat format(session->venueSettings(), locale());
    const QDate today = format.toVenueTime(QDateTime::currentDateTimeUtc()).date();
    m_from->setDate(today.addDays(-6));
    m_until->setDate(today);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(m_untilLabel);
    controls->addWidget(m_until);
    controls->addWidget(m_byLabel);
    controls->addWidget(m_dimension);
    controls->addWidget(m_reload);
    controls->addStretch(1);
    controls->addWidget(m_csv);
    controls->addWidget(m_attendanceCsv);
    controls->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_problem);
    layout->addWidget(m_salesTitle);
    layout->addWidget(m_salesTable, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_attendanceTitle);
    layout->addWidget(m_attendanceTable, 1);

    connect(m_reload, &QPushButton::clicked, this, &ReportsPage::reload);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &ReportsPage::showSales);
    connect(m_csv, &QPushButton::clicked, this, [this] { saveWithDialog(false); });
    connect(m_attendanceCsv, &QPushButton::clicked, this, [this] {
        const QString name = QFileDialog::getSaveFileName(this, tr("Save attendance as CSV"),
                                                          QStringLiteral("attendance.csv"), tr("CSV files (*.csv)"));
        if (!name.isEmpty())
            exportAttendanceCsv(name);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] { saveWithDialog(true); });

    // The headcount is pushed live: a door's check-in hints, and the attendance part is read again (at most
    // twice a second, whatever floods in).
    m_liveAttendance = new QTimer(this);
    m_liveAttendance->setSingleShot(true);
    m_liveAttendance->setInterval(500);
    connect(m_liveAttendance, &QTimer::timeout, this, [this] {
        const VenueFormat venue(m_session->venueSettings(), locale());
        m_attendanceRead.ask(m_session->reports().attendance(m_report.from, m_report.until), this,
                             [this](Result<QList<AttendanceLine>> lines) {
                                 if (!lines)
                                     return;
                                 m_attendance = lines.value();
                                 m_attendanceModel->setLines(m_attendance, m_session->venueSettings());
                             });
    });
    if (LiveAvailability *live = session->live()) {
        connect(live, &LiveAvailability::attendanceHinted, this, [this] {
            if (m_report.from.isValid() && !m_liveAttendance->isActive())
                m_liveAttendance->start();
        });
    }
    retranslate();
}

void ReportsPage::setPeriod(const QDate &firstDay, const QDate &lastDay)
{
    m_from->setDate(firstDay);
    m_until->setDate(lastDay);
}

void ReportsPage::setDimension(SalesDimension dimension)
{
    m_dimension->setCurrentIndex(qMax(0, m_dimension->findData(int(dimension))));
}

void ReportsPage::reload()
{
    if (m_until->date() < m_from->date()) {
        m_problem->setText(tr("The last day of the period comes before its first day."));
        m_problem->show();
        return;
    }
    m_problem->hide();
    // Venue days: from the venue's midnight of the first day to the venue's midnight after the last.
    const VenueFormat format(m_session->venueSettings(), locale());
    const QDateTime from = QDateTime(m_from->date(), QTime(0, 0), format.timeZone()).toUTC();
    const QDateTime until = QDateTime(m_until->date().addDays(1), QTime(0, 0), format.timeZone()).toUTC();
    m_salesRead.ask(m_session->reports().sales(from, until), this, [this](Result<SalesReport> report) {
        if (!report) {
            m_problem->setText(report.error().message());
            m_problem->show();
            return;
        }
        m_report = report.value();
        showSales();
        m_attendanceRead.ask(m_session->reports().attendance(m_report.from, m_report.until), this,
                             [this](Result<QList<AttendanceLine>> lines) {
                                 if (!lines) {
                                     m_problem->setText(lines.error().message());
                                     m_problem->show();
                                     return;
                                 }
                                 m_attendance = lines.value();
                                 m_attendanceModel->setLines(m_attendance, m_session->venueSettings());
                                 emit reloaded();
                             });
    });
}

void ReportsPage::showSales()
{
    const auto dimension = SalesDimension(m_dimension->currentData().toInt());
    m_salesModel->setReport(dimension, m_report.sales);
    m_salesTable->resizeColumnsToContents();
    const VenueFormat format(m_session->venueSettings(), locale());
    const SalesTotal total = m_salesModel->total();
    const Money refunded = SalesSummary::refunded(m_report.refunds);
    m_summary->setText(tr("Sold: %1 in %2 bookings, %3 tickets. Refunds given: %4. Net: %5.")
                           .arg(format.money(total.amount))
                           .arg(total.bookings)
                           .arg(total.tickets)
                           .arg(format.money(refunded), format.money(total.amount - refunded)));
}

QString ReportsPage::summaryText() const
{
    return m_summary->text();
}

QString ReportsPage::problemText() const
{
    return m_problem->isVisible() || !m_problem->isHidden() ? m_problem->text() : QString();
}

bool ReportsPage::exportSalesCsv(const QString &fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(SalesSummary::csv(m_salesModel->dimension(), m_report.sales)) < 0
        || !file.commit()) {
        m_problem->setText(tr("The file could not be saved: %1").arg(file.errorString()));
        m_problem->show();
        return false;
    }
    return true;
}

bool ReportsPage::exportAttendanceCsv(const QString &fileName)
{
    QString text = QStringLiteral("\uFEFF");
    text += BookingExport::csvLine({QStringLiteral("event_id"), QStringLiteral("starts_at"), QStringLiteral("title"),
                                    QStringLiteral("status"), QStringLiteral("entrance"), QStringLiteral("checked_in"),
                                    QStringLiteral("inside"), QStringLiteral("tickets_sold")});
    const VenueFormat format(m_session->venueSettings(), QLocale::c());
    for (const AttendanceLine &line : std::as_const(m_attendance)) {
        text += BookingExport::csvLine({QString::number(line.eventId),
                                        format.toVenueTime(line.startsAt).toString(Qt::ISODate), line.title, line.status,
                                        line.entrance, QString::number(line.checkedIn), QString::number(line.inside),
                                        QString::number(line.ticketsSold)});
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        m_problem->setText(tr("The file could not be saved: %1").arg(file.errorString()));
        m_problem->show();
        return false;
    }
    return true;
}

QString ReportsPage::reportHtml() const
{
    const VenueFormat format(m_session->venueSettings(), locale());
    const auto cell = [](const QString &text, bool number = false) {
        return QStringLiteral("<td%1>%2</td>").arg(number ? QStringLiteral(" align=\"right\"") : QString(), text.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("Sales report").toHtmlEscaped(),
                            tr("%1 to %2 (the venue's days)").arg(format.date(m_report.from), m_until->date().toString(Qt::ISODate))
                                .toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
    for (int c = 0; c < SalesTotalsModel::ColumnCount; ++c)
        html += QStringLiteral("<th>%1</th>").arg(m_salesModel->headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int r = 0; r < m_salesModel->rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < SalesTotalsModel::ColumnCount; ++c)
            html += cell(m_salesModel->index(r, c).data().toString(), c != SalesTotalsModel::Key);
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p>%1</p>").arg(m_summary->text().toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>")
                .arg(tr("Attendance").toHtmlEscaped());
    for (int c = 0; c < AttendanceReportModel::ColumnCount; ++c)
        html += QStringLiteral("<th>%1</th>").arg(m_attendanceModel->headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int r = 0; r < m_attendanceModel->rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < AttendanceReportModel::ColumnCount; ++c)
            html += cell(m_attendanceModel->text(r, c), c >= AttendanceReportModel::CheckedIn);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

bool ReportsPage::exportPdf(const QString &fileName)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(fileName);
    printer.setPageOrientation(QPageLayout::Portrait);
    QTextDocument document;
    document.setHtml(reportHtml());   // every value escaped: names stay text
    document.print(&printer);
    if (!QFile::exists(fileName) || QFile(fileName).size() == 0) {
        m_problem->setText(tr("The PDF could not be written to %1.").arg(fileName));
        m_problem->show();
        return false;
    }
    return true;
}

void ReportsPage::saveWithDialog(bool pdf)
{
    const QString name = pdf ? QFileDialog::getSaveFileName(this, tr("Save the report as PDF"), QStringLiteral("report.pdf"),
                                                            tr("PDF files (*.pdf)"))
                             : QFileDialog::getSaveFileName(this, tr("Save sales as CSV"), QStringLiteral("sales.csv"),
                                                            tr("CSV files (*.csv)"));
    if (name.isEmpty())
        return;
    if (pdf)
        exportPdf(name);
    else
        exportSalesCsv(name);
}

void ReportsPage::retranslate()
{
    m_fromLabel->setText(tr("&From"));
    m_untilLabel->setText(tr("&To"));
    m_byLabel->setText(tr("&By"));
    m_reload->setText(tr("Show"));
    m_csv->setText(tr("Sales as CSV…"));
    m_attendanceCsv->setText(tr("Attendance as CSV…"));
    m_pdf->setText(tr("PDF…"));
    m_salesTitle->setText(tr("Sales"));
    m_attendanceTitle->setText(tr("Attendance per event and entrance (events starting in the period)"));
    const QVariant current = m_dimension->currentData();
    const QSignalBlocker blocker(m_dimension);
    m_dimension->clear();
    for (SalesDimension d : {SalesDimension::Day, SalesDimension::Desk, SalesDimension::Staff,
                             SalesDimension::PaymentMethod, SalesDimension::TicketType})
        m_dimension->addItem(SalesTotalsModel::dimensionTitle(d), int(d));
    m_dimension->setCurrentIndex(qMax(0, m_dimension->findData(current)));
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Marquee

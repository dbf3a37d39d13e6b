#include "shiftspage.h"

#include "adminlook.h"
#include "booking/bookingexport.h"
#include "session/terminalsession.h"
#include "shifts/shiftservice.h"
#include "shifttablemodel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Marquee {

ShiftsPage::ShiftsPage(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new ShiftTableModel(this);
    m_model->setVenue(session->venueSettings());
    m_desk = new QLineEdit(this);
    m_desk->setObjectName(QStringLiteral("shiftDeskFilter"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("shiftLoginFilter"));
    m_byDay = new QCheckBox(this);
    m_day = new QDateEdit(QDate::currentDate(), this);
    m_day->setCalendarPopup(true);
    m_day->setEnabled(false);
    m_find = new QPushButton(this);
    m_forceClose = new QPushButton(this);
    m_forceClose->setObjectName(QStringLiteral("forceCloseShift"));
    m_csv = new QPushButton(this);
    m_pdf = new QPushButton(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("shiftsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("shiftTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_desk);
    filters->addWidget(m_login);
    filters->addWidget(m_byDay);
    filters->addWidget(m_day);
    filters->addWidget(m_find);
    filters->addStretch(1);
    filters->addWidget(m_forceClose);
    filters->addWidget(m_csv);
    filters->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_find, &QPushButton::clicked, this, &ShiftsPage::reload);
    connect(m_desk, &QLineEdit::returnPressed, this, &ShiftsPage::reload);
    connect(m_login, &QLineEdit::returnPressed, this, &ShiftsPage::reload);
    connect(m_byDay, &QCheckBox::toggled, m_day, &QDateEdit::setEnabled);
    connect(m_forceClose, &QPushButton::clicked, this, &ShiftsPage::askForceClose);
    connect(m_csv, &QPushButton::clicked, this, &ShiftsPage::chooseCsv);
    connect(m_pdf, &QPushButton::clicked, this, &ShiftsPage::choosePdf);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ShiftsPage::updateActions);
    connect(session, &TerminalSession::venueSettingsChanged, this, [this](const VenueSettings &venue) {
        m_model->setVenue(venue);
    });
    // After an outage the list is current again without anyone touching it.
    connect(session, &TerminalSession::connectionRestored, this, [this] {
        if (isVisible())
            reload();
    });
    retranslate();
    updateActions();
}

void ShiftsPage::retranslate()
{
    m_desk->setPlaceholderText(tr("Desk"));
    m_login->setPlaceholderText(tr("Staff login"));
    m_byDay->setText(tr("On the &day"));
    m_find->setText(tr("&Find"));
    m_forceClose->setText(tr("Force &close…"));
    m_csv->setText(tr("Export &CSV…"));
    m_pdf->setText(tr("&PDF report…"));
}

void ShiftsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ShiftsPage::showStatus(const QString &message, bool error)
{
    AdminLook::setTone(m_status, error ? TextTone::Bad : TextTone::Plain);
    m_status->setText(message);
}

void ShiftsPage::setFilter(const QString &desk, const QString &login, const QDate &day)
{
    m_desk->setText(desk);
    m_login->setText(login);
    m_byDay->setChecked(day.isValid());
    if (day.isValid())
        m_day->setDate(day);
}

void ShiftsPage::reload()
{
    ShiftQuery query;
    query.desk = m_desk->text();
    query.login = m_login->text();
    if (m_byDay->isChecked())
        query.day = m_day->date();
    m_list.ask(m_session->shifts().list(query), this, [this](Result<QList<Shift>> shifts) {
        if (!shifts) {
            showStatus(shifts.error().message(), true);
            return;
        }
        m_model->setShifts(shifts.value());
        int open = 0;
        for (const Shift &shift : shifts.value())
            open += shift.isOpen() ? 1 : 0;
        showStatus(tr("%n shift(s), %1 open.", nullptr, int(shifts->size())).arg(open), false);
        updateActions();
    });
}

void ShiftsPage::updateActions()
{
    const Shift *shift = m_model->shiftAt(m_table->currentIndex().row());
    m_forceClose->setEnabled(shift && shift->isOpen() && !m_busy);
}

void ShiftsPage::askForceClose()
{
    const Shift *shift = m_model->shiftAt(m_table->currentIndex().row());
    if (!shift || !shift->isOpen())
        return;
    QMessageBox box(QMessageBox::Question, tr("Force-close shift"),
                    tr("Close the shift of %1 at %2 without their count? It is recorded as closed by you.")
                        .arg(shift->login, shift->desk),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() == QMessageBox::Yes)
        forceCloseCurrent();
}

void ShiftsPage::forceCloseCurrent()
{
    const Shift *shift = m_model->shiftAt(m_table->currentIndex().row());
    if (!shift || !shift->isOpen() || m_busy)
        return;
    m_busy = true;
    updateActions();
    m_session->shifts().forceClose(shift->id).then(this, [this](Result<CashUp> closed) {
        m_busy = false;
        if (!closed)
            showStatus(closed.error().message(), true);
        reload();
    });
}

bool ShiftsPage::writeCsv(const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("\xEF\xBB\xBF");
    QStringList header;
    for (int column = 0; column < ShiftTableModel::ColumnCount; ++column)
        header << m_model->headerData(column, Qt::Horizontal).toString();
    file.write(BookingExport::csvLine(header).toUtf8());
    for (const Shift &shift : m_model->shifts()) {
        QStringList fields;
        for (int column = 0; column < ShiftTableModel::ColumnCount; ++column)
            fields << m_model->text(shift, column);
        file.write(BookingExport::csvLine(fields).toUtf8());
    }
    return file.commit();
}

bool ShiftsPage::writePdf(const QString &fileName) const
{
    // Every cell escaped: names and desks are people's text, never markup.
    QString html = QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>")
                       .arg(tr("Shifts").toHtmlEscaped());
    for (int column = 0; column < ShiftTableModel::ColumnCount; ++column)
        html += QStringLiteral("<th>%1</th>").arg(m_model->headerData(column, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const Shift &shift : m_model->shifts()) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < ShiftTableModel::ColumnCount; ++column)
            html += QStringLiteral("<td>%1</td>").arg(m_model->text(shift, column).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    QTextDocument document;
    document.setHtml(html);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(fileName);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    document.print(&printer);
    return QFile::exists(fileName) && QFile(fileName).size() > 0;
}

void ShiftsPage::chooseCsv()
{
    const QString name = QFileDialog::getSaveFileName(this, tr("Export shifts"), QDir::home().filePath(QStringLiteral("shifts.csv")),
                                                      tr("CSV files (*.csv)"));
    if (name.isEmpty())
        return;
    showStatus(writeCsv(name) ? tr("Shifts exported to %1.").arg(QDir::toNativeSeparators(name))
                              : tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(name)),
               false);
}

void ShiftsPage::choosePdf()
{
    const QString name = QFileDialog::getSaveFileName(this, tr("Shifts report"), QDir::home().filePath(QStringLiteral("shifts.pdf")),
                                                      tr("PDF files (*.pdf)"));
    if (name.isEmpty())
        return;
    showStatus(writePdf(name) ? tr("Report written to %1.").arg(QDir::toNativeSeparators(name))
                              : tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(name)),
               false);
}

} // namespace Marquee

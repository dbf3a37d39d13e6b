#include "seatingpage.h"

#include "adminlook.h"
#include "common/texttone.h"
#include "newseatingplandialog.h"
#include "seating/seatingplangenerator.h"
#include "seating/seatingplanreader.h"
#include "seating/seatingplanservice.h"
#include "seating/seatingplanwriter.h"
#include "seating/seatmap.h"
#include "seating/seatstates.h"
#include "seatingplantablemodel.h"
#include "session/terminalsession.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Marquee {

namespace {

// A file larger than this is not a seating plan anyone drew (200,000 seats of pretix's JSON are about 40 MB).
constexpr qint64 maximumFileBytes = 64 * 1024 * 1024;

} // namespace

SeatingPage::SeatingPage(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SeatingPlanTableModel(this))
    , m_table(new QTableView(this))
    , m_import(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_make(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_previewCaption(new QLabel(this))
    , m_preview(new SeatMap(SeatMapLook::desk(), this))
    , m_previewStates(new SeatStates(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SeatingPlanTableModel::Name, QHeaderView::Stretch);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_previewCaption->setTextFormat(Qt::PlainText);
    // A preview shows the plan, not an event: every seat reads free and none can be picked.
    m_preview->setPickableStates({});
    m_preview->setStates(m_previewStates);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    buttons->addWidget(m_make);
    buttons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_table);
    leftLayout->addWidget(m_status);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_previewCaption);
    rightLayout->addWidget(m_preview, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({440, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_import, &QPushButton::clicked, this, &SeatingPage::chooseFileToImport);
    connect(m_export, &QPushButton::clicked, this, &SeatingPage::chooseFileToExport);
    connect(m_make, &QPushButton::clicked, this, &SeatingPage::openNewPlanDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_export->setEnabled(currentPlan() > 0);
        if (currentPlan() > 0)
            showPreview(currentPlan());
    });
    m_export->setEnabled(false);
    retranslate();
    reload();
}

void SeatingPage::reload()
{
    m_list.ask(m_session->seatingPlans().list(), this, [this](Result<QList<SeatingPlanSummary>> plans) {
        if (!plans) {
            showStatus(plans.error().message(), true);
            return;
        }
        const qint64 keep = m_select > 0 ? m_select : currentPlan();
        m_model->setPlans(plans.value());
        // The plan chosen before (or just stored) stays chosen; otherwise the first one is shown.
        const int row = m_model->rowOf(keep);
        if (row >= 0 || m_model->rowCount() > 0)
            m_table->selectRow(row >= 0 ? row : 0);
        m_export->setEnabled(currentPlan() > 0);
        m_select = 0;
        emit plansLoaded();
    });
}

qint64 SeatingPage::currentPlan() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->data(index, SeatingPlanTableModel::PlanIdRole).toLongLong() : 0;
}

QString SeatingPage::status() const
{
    return m_status->text();
}

void SeatingPage::showStatus(const QString &message, bool bad)
{
    m_status->setText(message);
    AdminLook::setTone(m_status, bad ? TextTone::Bad : TextTone::Good);
}

void SeatingPage::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString message = tr("The file %1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
        showStatus(message, true);
        emit refused(message);
        return;
    }
    if (file.size() > maximumFileBytes) {
        const QString message = tr("The file %1 is too large to be a seating plan.").arg(QFileInfo(path).fileName());
        showStatus(message, true);
        emit refused(message);
        return;
    }
    SeatingPlanReading reading = SeatingPlanReader::read(file.readAll());
    if (!reading) {
        // The reader's one sentence says what is wrong and where; nothing reaches the database.
        const QString message = tr("%1 was not imported: %2").arg(QFileInfo(path).fileName(), reading.problem().message());
        showStatus(message, true);
        emit refused(message);
        return;
    }
    SeatingPlan plan = reading.takePlan();
    if (plan.name.trimmed().isEmpty())
        plan.name = QFileInfo(path).completeBaseName();
    store(plan);
}

void SeatingPage::makePlan(const SeatingPlanLayout &layout)
{
    const SeatingPlanGenerator generator(layout);
    if (const QString problem = generator.problem(); !problem.isEmpty()) {
        showStatus(problem, true);
        emit refused(problem);
        return;
    }
    store(generator.plan());
}

void SeatingPage::store(const SeatingPlan &plan)
{
    const QString name = plan.name;
    const int seats = plan.seatCount();
    m_import->setEnabled(false);
    m_make->setEnabled(false);
    m_session->seatingPlans().create(plan).then(this, [this, name, seats](Result<qint64> id) {
        m_import->setEnabled(true);
        m_make->setEnabled(true);
        if (!id) {
            showStatus(id.error().message(), true);
            emit refused(id.error().message());
            return;
        }
        showStatus(tr("The plan \"%1\" with %n seat(s) is stored.", nullptr, seats).arg(name), false);
        m_select = id.value();
        reload();
        showPreview(id.value());
        emit planCreated(id.value());
    });
}

void SeatingPage::exportPlan(qint64 planId, const QString &path)
{
    m_session->seatingPlans().load(planId).then(this, [this, path](Result<SeatingPlan> plan) {
        if (!plan) {
            showStatus(plan.error().message(), true);
            emit exported(false, plan.error().message());
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(SeatingPlanWriter::toBytes(plan.value())) < 0 || !file.commit()) {
            const QString message = tr("The plan could not be written to %1: %2").arg(path, file.errorString());
            showStatus(message, true);
            emit exported(false, message);
            return;
        }
        const QString message = tr("The plan \"%1\" is written to %2.").arg(plan->name, QFileInfo(path).fileName());
        showStatus(message, false);
        emit exported(true, message);
    });
}

void SeatingPage::showPreview(qint64 planId)
{
    m_load.ask(m_session->seatingPlans().load(planId), this, [this, planId](Result<SeatingPlan> plan) {
        if (!plan) {
            showStatus(plan.error().message(), true);
            return;
        }
        m_previewed = planId;
        QHash<QString, SeatState> states;
        for (const PlacedSeat &seat : plan->placedSeats())
            states.insert(seat.guid, SeatState::Free);
        m_preview->setPlan(plan.value());
        m_previewStates->replace(states);
        m_previewCaption->setText(tr("%1: %n seat(s)", nullptr, plan->seatCount()).arg(plan->name));
        emit previewShown(planId);
    });
}

void SeatingPage::chooseFileToImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a seating plan"), QString(),
                                                      tr("Seating plans (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void SeatingPage::chooseFileToExport()
{
    const qint64 planId = currentPlan();
    if (planId <= 0)
        return;
    const int row = m_model->rowOf(planId);
    const QString suggested = (row >= 0 ? m_model->plans().at(row).name : QStringLiteral("plan")) + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the seating plan"), suggested,
                                                      tr("Seating plans (*.json)"));
    if (!path.isEmpty())
        exportPlan(planId, path);
}

void SeatingPage::openNewPlanDialog()
{
    auto *dialog = new NewSeatingPlanDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { makePlan(dialog->planLayout()); });
    dialog->open();
}

void SeatingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SeatingPage::retranslate()
{
    m_import->setText(tr("&Import a plan…"));
    m_export->setText(tr("E&xport…"));
    m_make->setText(tr("&Make a plan…"));
    m_table->setAccessibleName(tr("Seating plans"));
    m_model->retranslate();
    if (m_previewed == 0)
        m_previewCaption->setText(tr("Choose a plan to see it."));
}

} // namespace Marquee

#pragma once

#include "seating/seatingplan.h"
#include "seating/seatingplanlayout.h"
#include "service/reply.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Marquee {

class SeatMap;
class SeatStates;
class SeatingPlanTableModel;
class TerminalSession;

// The venue's seating plans (issue #14 §2): the list (name, seats), a preview of the chosen one, import of a
// file in pretix's format (a file that is not one gets its one sentence and nothing is stored), export of a plan
// back to that format, and a simple plan made here (zones of rows × seats) for a venue that has none.
class SeatingPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SeatingPage(TerminalSession *session, QWidget *parent = nullptr);

    void reload();
    SeatingPlanTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    SeatMap *preview() const { return m_preview; }
    qint64 previewedPlan() const { return m_previewed; }
    // The last sentence shown under the list (what was imported, or what was wrong).
    QString status() const;

    // What the buttons do once a file or a layout is chosen (the buttons ask with a file dialog or
    // NewSeatingPlanDialog first).
    void importFile(const QString &path);
    void exportPlan(qint64 planId, const QString &path);
    void makePlan(const SeatingPlanLayout &layout);
    void showPreview(qint64 planId);

signals:
    void plansLoaded();
    // A plan was stored (imported or made); its id.
    void planCreated(qint64 planId);
    // An import or a plan made here did not go through; the sentence shown.
    void refused(const QString &message);
    void exported(bool ok, const QString &message);
    void previewShown(qint64 planId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFileToImport();
    void chooseFileToExport();
    void openNewPlanDialog();
    void store(const SeatingPlan &plan);
    void showStatus(const QString &message, bool bad);
    qint64 currentPlan() const;
    void retranslate();

    TerminalSession *m_session = nullptr;
    SeatingPlanTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_make = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_previewCaption = nullptr;
    SeatMap *m_preview = nullptr;
    SeatStates *m_previewStates = nullptr;
    qint64 m_previewed = 0;
    qint64 m_select = 0;   // the plan to select once the list is read again
    LatestReply m_list;
    LatestReply m_load;
};

} // namespace Marquee

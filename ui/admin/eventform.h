#pragma once

#include "common/error.h"
#include "domain/event.h"
#include "seating/seatingplan.h"
#include "service/reply.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class EventForm;
}

namespace Marquee {

class TerminalSession;
class TicketTypesEditor;

// Creates or edits one event. Every field is checked as the database checks it and a mistake is shown
// under its field; nothing is sent while one is left. A refusal of the database that names a field
// (a CHECK constraint) is shown the same way.
//
// The event's seating plan (none: general admission) is chosen here; a seated event's capacity is then its
// plan's, shown and not edited. Its ticket types are edited in the same form (an event being created gets its
// types once it is saved) and stored by the same Save, after the event.
class EventForm final : public QDialog
{
    Q_OBJECT

public:
    // Without `existing` the form creates a new event.
    explicit EventForm(TerminalSession *session, const std::optional<Event> &existing = std::nullopt,
                       QWidget *parent = nullptr);
    ~EventForm() override;

    bool isNew() const { return !m_existing.has_value(); }
    // What the fields say now; std::nullopt (and a message beside the price) if the price is not a number.
    std::optional<EventDraft> draft() const;
    // The message shown beside a field ("title", "venue", "capacity", ...), empty if none.
    QString fieldError(const QString &field) const;
    bool isSaving() const { return m_saving; }

    TicketTypesEditor *ticketTypes() const { return m_ticketTypes; }
    // Chooses the seating plan (0: none); the plans are those listed (plansLoaded).
    void setSeatingPlan(qint64 planId);
    qint64 seatingPlan() const;
    // What the capacity line says for a seated event ("312 seats (from the plan)"), empty otherwise.
    QString capacityFromPlan() const;

public slots:
    // Checks every field; if all are fine, stores the event on the write worker.
    void save();

signals:
    void saved(const Marquee::Event &event);
    // The seating plans are listed in the plan choice.
    void plansLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<Error> check() const;
    void showErrors(const QList<Error> &errors, bool onlyTouched);
    void showFormError(const QString &message);
    void fillStatusCombo();
    void loadPlans();
    void fillPlanCombo();
    void planChosen();
    void finishSave(const Event &event);
    void retranslate();

    std::unique_ptr<Ui::EventForm> m_ui;
    TerminalSession *m_session = nullptr;
    std::optional<Event> m_existing;
    QHash<QString, QLabel *> m_errorLabels;
    QSet<QString> m_touched;
    bool m_saving = false;
    TicketTypesEditor *m_ticketTypes = nullptr;
    QList<SeatingPlanSummary> m_plans;
    qint64 m_wantedPlan = 0;     // chosen before the list arrived
    LatestReply m_planList;
    LatestReply m_planCategories;
};

} // namespace Marquee

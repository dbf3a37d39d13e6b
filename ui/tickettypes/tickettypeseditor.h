#pragma once

#include "service/reply.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Marquee {

class SeatCategoryDelegate;
class TerminalSession;
class TicketTypeTableModel;

// An event's ticket types in the admin's event form (issue #14 §1): a table edited in place, Add and Save. Save
// stores every changed row, one after the other; a refusal (a quota below what is taken, the last type taken off
// sale, a name already used) is shown as its sentence and the rest is still saved. Place it in the event's form
// and call setEvent() when the form shows an event.
class TicketTypesEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit TicketTypesEditor(TerminalSession &session, QWidget *parent = nullptr);

    void setEvent(qint64 eventId);
    qint64 eventId() const { return m_eventId; }
    // The categories of the event's plan, offered in the seat-category column (empty: edited as text).
    void setSeatCategories(const QStringList &categories);
    QStringList seatCategories() const;
    // Whether Save would store anything.
    bool hasChanges() const;
    // The editor's own Save button (a form that saves the types with its own Save may hide it).
    void setSaveButtonVisible(bool visible);
    QTableView *table() const { return m_table; }
    TicketTypeTableModel *model() const { return m_model; }
    void reload();
    void addType();
    void save();
    QString status() const;

signals:
    void loaded();
    // After a save: whether every row was stored, and the sentence shown.
    void saved(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void saveNext(QList<int> rows, QString failure);
    void showStatus(const QString &message, bool error);
    void retranslate();

    TerminalSession &m_session;
    qint64 m_eventId = 0;
    TicketTypeTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    SeatCategoryDelegate *m_categoryDelegate = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    LatestReply m_load;
};

} // namespace Marquee

#pragma once

#include "domain/event.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Marquee {

// The bar above the admin's events table: the search (asked when the typing pauses) and the status filter that
// make the page's question to the database, how many events are loaded, and what can be done to the chosen one.
class EventsToolbar final : public QWidget
{
    Q_OBJECT

public:
    explicit EventsToolbar(QWidget *parent = nullptr);

    // The question the search and the filter make (no paging).
    EventQuery query() const;
    // `total` is -1 while it is being counted.
    void setCount(int shown, int total);
    // Whether an event is chosen, and whether it can still be cancelled.
    void setActions(bool eventChosen, bool cancellable);

signals:
    void queryChanged();
    void newRequested();
    void editRequested();
    void cancelRequested();
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCount();

    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTimer *m_searchDelay = nullptr;
    int m_shown = 0;
    int m_total = -1;
};

} // namespace Marquee

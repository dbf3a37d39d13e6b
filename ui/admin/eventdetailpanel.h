#pragma once

#include "domain/booking.h"
#include "service/reply.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Marquee {

class BookingTableModel;
class EventSeatsDialog;
class SalesChartView;
class TerminalSession;

// The bookings of the chosen event with its statistics and its sales chart.
class EventDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit EventDetailPanel(TerminalSession *session, QWidget *parent = nullptr);

    void setEventId(qint64 eventId, const QString &title = QString());
    qint64 eventId() const { return m_eventId; }
    // The shown event's seating plan (0: general admission): a seated event offers its seats (openSeats).
    void setSeatingPlan(qint64 planId);
    // Opens the shown seated event's seats (house holds, accessibility marks), or brings its window forward.
    EventSeatsDialog *openSeats();
    QPushButton *seatsButton() const { return m_seatsButton; }
    // Re-reads the statistics, the chart and the bookings (after a sale or an edit).
    void refresh();

    BookingTableModel *bookings() const { return m_bookings; }
    SalesChartView *chart() const { return m_chart; }
    EventSalesSummary summary() const { return m_summary; }

signals:
    void summaryLoaded(const Marquee::EventSalesSummary &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSummary();
    void retranslate();

    TerminalSession *m_session = nullptr;
    qint64 m_eventId = 0;
    QString m_title;
    LatestReply m_detail;
    EventSalesSummary m_summary;
    bool m_haveSummary = false;

    QLabel *m_heading = nullptr;
    QLabel *m_soldCaption = nullptr;
    QLabel *m_remainingCaption = nullptr;
    QLabel *m_revenueCaption = nullptr;
    QLabel *m_bookingsCaption = nullptr;
    QLabel *m_cancelledCaption = nullptr;
    QLabel *m_checkedInCaption = nullptr;
    QLabel *m_sold = nullptr;
    QLabel *m_remaining = nullptr;
    QLabel *m_revenue = nullptr;
    QLabel *m_bookingsCount = nullptr;
    QLabel *m_cancelled = nullptr;
    QLabel *m_checkedIn = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_seatsButton = nullptr;
    qint64 m_planId = 0;
    BookingTableModel *m_bookings = nullptr;
    QTableView *m_bookingsView = nullptr;
    SalesChartView *m_chart = nullptr;
};

} // namespace Marquee

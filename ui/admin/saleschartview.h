#pragma once

#include "domain/booking.h"

#include <QChartView>
#include <QTimeZone>
#include <QList>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Marquee {

// Tickets sold over time for one event: the running total at the end of each of the database's buckets (the
// venue's hours, days or weeks, chosen to fit the span of the sales), starting at the first sale — no ramp before
// it — and labelled with the venue's clock whatever this terminal's time zone is.
class SalesChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit SalesChartView(QWidget *parent = nullptr);

    void setPoints(const QList<SalesPoint> &points, int capacity, SalesBucket bucket = SalesBucket::Hour,
                   const QDateTime &firstSale = QDateTime(), const QTimeZone &venueZone = QTimeZone::utc());
    // The chart's x of an instant: the venue's wall-clock time, as the axis (which shows local time) must get it.
    static qint64 axisMSecs(const QDateTime &instant, const QTimeZone &venueZone);
    // The first point's instant and value, for tests.
    QPointF firstPoint() const;
    int pointCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineSeries *m_series = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_ticketAxis = nullptr;
    bool m_empty = true;
};

} // namespace Marquee

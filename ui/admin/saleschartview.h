#pragma once

#include "domain/booking.h"

#include <QChartView>
#include <QList>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Marquee {

// Tickets sold over time for one event: the running total, hour by hour.
class SalesChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit SalesChartView(QWidget *parent = nullptr);

    void setPoints(const QList<SalesPoint> &points, int capacity);
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

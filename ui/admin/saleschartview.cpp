#include "saleschartview.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace Marquee {

SalesChartView::SalesChartView(QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_series = new QLineSeries(chart);
    chart->addSeries(m_series);
    m_timeAxis = new QDateTimeAxis(chart);
    m_ticketAxis = new QValueAxis(chart);
    m_ticketAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_ticketAxis, Qt::AlignLeft);
    m_series->attachAxis(m_timeAxis);
    m_series->attachAxis(m_ticketAxis);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    setMinimumWidth(360);
    retranslate();
    setPoints({}, 0);
}

qint64 SalesChartView::axisMSecs(const QDateTime &instant, const QTimeZone &venueZone)
{
    const QDateTime venue = instant.toTimeZone(venueZone);
    return QDateTime(venue.date(), venue.time(), Qt::LocalTime).toMSecsSinceEpoch();
}

QPointF SalesChartView::firstPoint() const
{
    return m_series->count() > 0 ? m_series->at(0) : QPointF();
}

void SalesChartView::setPoints(const QList<SalesPoint> &points, int capacity, SalesBucket bucket,
                               const QDateTime &firstSale, const QTimeZone &venueZone)
{
    QList<QPointF> line;
    line.reserve(points.size() + 1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto bucketEnd = [bucket, &venueZone](const QDateTime &start) {
        const QDateTime venue = start.toTimeZone(venueZone);
        switch (bucket) {
        case SalesBucket::Hour: return start.addSecs(3600);
        case SalesBucket::Day: return venue.addDays(1);
        case SalesBucket::Week: return venue.addDays(7);
        }
        return start.addSecs(3600);
    };
    // From the first sale (nothing was sold before it), then the running total at the end of each bucket.
    if (!points.isEmpty()) {
        const QDateTime start = firstSale.isValid() ? firstSale : points.first().at;
        line.append(QPointF(qreal(axisMSecs(start, venueZone)), 0));
    }
    int most = 0;
    for (const SalesPoint &point : points) {
        const QDateTime end = qMin(bucketEnd(point.at), qMax(now, point.at));
        line.append(QPointF(qreal(axisMSecs(end, venueZone)), point.cumulativeTickets));
        most = qMax(most, point.cumulativeTickets);
    }
    m_series->replace(line);
    m_empty = line.isEmpty();
    chart()->setTitle(m_empty ? tr("No tickets sold yet") : tr("Tickets sold over time"));
    if (line.isEmpty()) {
        const QDateTime local = QDateTime::currentDateTime();
        m_timeAxis->setRange(local.addDays(-1), local);
    } else {
        const qint64 first = qint64(line.first().x());
        const qint64 last = qMax(qint64(line.last().x()), first + 60 * 1000);
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    }
    switch (bucket) {
    case SalesBucket::Hour:
        m_timeAxis->setFormat(line.size() > 1 && line.last().x() - line.first().x() > 24.0 * 3600 * 1000
                                  ? QStringLiteral("dd MMM HH:mm") : QStringLiteral("HH:mm"));
        break;
    case SalesBucket::Day:
    case SalesBucket::Week:
        m_timeAxis->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
        break;
    }
    m_timeAxis->setTickCount(5);
    const int top = qMax(qMax(most, capacity), 1);
    m_ticketAxis->setRange(0, top);
    m_ticketAxis->applyNiceNumbers();
}

int SalesChartView::pointCount() const
{
    return int(m_series->count());
}

void SalesChartView::retranslate()
{
    chart()->setTitle(m_empty ? tr("No tickets sold yet") : tr("Tickets sold over time"));
    m_ticketAxis->setTitleText(tr("Tickets"));
    m_series->setName(tr("Tickets sold"));
}

void SalesChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QChartView::changeEvent(event);
}

} // namespace Marquee

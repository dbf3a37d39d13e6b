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

void SalesChartView::setPoints(const QList<SalesPoint> &points, int capacity)
{
    QList<QPointF> line;
    line.reserve(points.size() + 1);
    // The line starts from zero an hour before the first sale, so a single hour still draws a line.
    if (!points.isEmpty())
        line.append(QPointF(qreal(points.first().at.addSecs(-3600).toMSecsSinceEpoch()), 0));
    int most = 0;
    for (const SalesPoint &point : points) {
        line.append(QPointF(qreal(point.at.toMSecsSinceEpoch()), point.cumulativeTickets));
        most = qMax(most, point.cumulativeTickets);
    }
    m_series->replace(line);
    m_empty = line.isEmpty();
    chart()->setTitle(m_empty ? tr("No tickets sold yet") : tr("Tickets sold over time"));
    if (line.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTime();
        m_timeAxis->setRange(now.addDays(-1), now);
    } else {
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(line.first().x())),
                             QDateTime::fromMSecsSinceEpoch(qint64(line.last().x())).addSecs(1800));
    }
    // Hours when the sales span a day or two, dates when they span weeks.
    const qint64 span = line.size() > 1 ? qint64(line.last().x() - line.first().x()) : 0;
    m_timeAxis->setFormat(span <= 2LL * 24 * 3600 * 1000 ? QStringLiteral("HH:mm")
                                                        : QLocale().dateFormat(QLocale::ShortFormat));
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

#include "TimeAxisPlot.h"

#include "PlotStyle.h"

namespace wb {

TimeAxisPlot::TimeAxisPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    axisRect()->setRangeZoomFactor(0.8);
    plotstyle::styleAxisRect(this, axisRect());
    setMinimumHeight(140);
    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &TimeAxisPlot::keepInBounds);
    TimeAxisPlot::retranslate();
}

void TimeAxisPlot::setTimeBounds(double duration)
{
    m_duration = qMax(0.0, duration);
    if (m_duration > 0)
        xAxis->setRange(0, m_duration);
}

void TimeAxisPlot::resetZoom()
{
    if (m_duration > 0) {
        xAxis->setRange(0, m_duration);
        replot(rpQueuedReplot);
    }
}

void TimeAxisPlot::keepInBounds(const QCPRange &range)
{
    if (m_duration <= 0)
        return;
    // The shortest window still shows a few periods of a 100 Hz tone.
    const double minSpan = qMin(m_duration, 0.02);
    QCPRange r = range;
    if (r.size() < minSpan)
        r = QCPRange(r.center() - minSpan / 2, r.center() + minSpan / 2);
    if (r.size() > m_duration)
        r = QCPRange(0, m_duration);
    if (r.lower < 0)
        r = QCPRange(0, r.size());
    if (r.upper > m_duration)
        r = QCPRange(m_duration - r.size(), m_duration);
    if (!(r == range))
        xAxis->setRange(r);
}

void TimeAxisPlot::retranslate()
{
    xAxis->setLabel(tr("Time (s)"));
}

void TimeAxisPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        replot(); // rare event; an immediate replot keeps labels and widgets in step
    }
    QCustomPlot::changeEvent(event);
}

void TimeAxisPlot::mouseDoubleClickEvent(QMouseEvent *event)
{
    resetZoom();
    QCustomPlot::mouseDoubleClickEvent(event);
}

} // namespace wb

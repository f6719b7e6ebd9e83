#include "TimeAxisGroup.h"

#include <qcustomplot.h>

namespace wb {

TimeAxisGroup::TimeAxisGroup(QObject *parent)
    : QObject(parent)
{
}

void TimeAxisGroup::addPlot(QCustomPlot *plot)
{
    m_plots.append(plot);
    connect(plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this, plot](const QCPRange &range) { propagate(plot, range); });
}

void TimeAxisGroup::propagate(QCustomPlot *source, const QCPRange &range)
{
    // setRange() on a follower emits rangeChanged again; without the guard
    // the plots would bounce the range between each other.
    if (m_propagating)
        return;
    m_propagating = true;
    for (const QPointer<QCustomPlot> &plot : qAsConst(m_plots)) {
        if (!plot)
            continue;
        if (plot != source)
            plot->xAxis->setRange(range);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
    m_propagating = false;
}

} // namespace wb

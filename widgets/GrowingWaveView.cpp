#include "GrowingWaveView.h"

#include "SoftmaxChart.h"

#include <QEvent>

namespace wb {

GrowingWaveView::GrowingWaveView(QWidget *parent) : QCustomPlot(parent)
{
    styleTeachingPlot(this);
    addGraph();
    graph(0)->setPen(QPen(QColor(31, 119, 180), 1.2));
    yAxis->setRange(-1.0, 1.0);
    xAxis->setRange(0.0, 1.0);
    setMinimumSize(260, 160);
    retranslate();
}

void GrowingWaveView::reset(std::size_t plannedSamples, int sampleRate)
{
    m_rate = sampleRate > 0 ? sampleRate : 22050;
    m_count = 0;
    graph(0)->data()->clear();
    xAxis->setRange(0.0, std::max(1.0, double(plannedSamples)) / m_rate);
    replot(rpQueuedReplot);
}

void GrowingWaveView::append(const std::vector<float> &samples)
{
    QVector<double> keys(qsizetype(samples.size())), values(qsizetype(samples.size()));
    for (std::size_t i = 0; i < samples.size(); ++i) {
        keys[qsizetype(i)] = double(m_count + i) / m_rate;
        values[qsizetype(i)] = samples[i];
    }
    m_count += samples.size();
    graph(0)->addData(keys, values, true);
    replot(rpQueuedReplot);
}

void GrowingWaveView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QCustomPlot::changeEvent(event);
}

void GrowingWaveView::retranslate()
{
    xAxis->setLabel(tr("time (s)"));
    yAxis->setLabel(tr("amplitude"));
    replot(rpQueuedReplot);
}

} // namespace wb

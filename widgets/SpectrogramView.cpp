#include "SpectrogramView.h"

#include "PlotStyle.h"
#include "SpectrogramLayer.h"

namespace wb {

SpectrogramView::SpectrogramView(QWidget *parent)
    : TimeAxisPlot(parent)
    , m_layer(new SpectrogramLayer(axisRect()))
{
    plotLayout()->addElement(0, 1, plotstyle::wrapColorScale(m_layer->colorScale()));
    // The colour bar spans exactly the height of the plot beside it.
    auto *group = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    m_layer->colorScale()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
}

void SpectrogramView::setLinear(const Matrix &db, int sampleRate, int hop, int nFft)
{
    m_layer->setLinear(db, sampleRate, hop, nFft);
    replot(rpQueuedReplot);
}

void SpectrogramView::setMel(const Matrix &db, int sampleRate, int hop, double fmin, double fmax)
{
    m_layer->setMel(db, sampleRate, hop, fmin, fmax);
    replot(rpQueuedReplot);
}

void SpectrogramView::showLinear(const SpectrogramImage &image, int sampleRate, int nFft)
{
    m_layer->showLinear(image, sampleRate, nFft);
    replot(rpQueuedReplot);
}

void SpectrogramView::showMel(const SpectrogramImage &image, double fmin, double fmax)
{
    m_layer->showMel(image, fmin, fmax);
    replot(rpQueuedReplot);
}

void SpectrogramView::setColorMap(const QString &name)
{
    m_layer->setColorMap(name);
    replot(rpQueuedReplot);
}

void SpectrogramView::setDbRange(double range)
{
    m_layer->setDbRange(range);
    replot(rpQueuedReplot);
}

void SpectrogramView::clear()
{
    m_layer->clear();
    replot(rpQueuedReplot);
}

bool SpectrogramView::hasData() const
{
    return m_layer->hasData();
}

void SpectrogramView::retranslate()
{
    TimeAxisPlot::retranslate();
    m_layer->retranslate();
}

} // namespace wb

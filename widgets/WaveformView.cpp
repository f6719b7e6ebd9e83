#include "WaveformView.h"

#include "PlotStyle.h"
#include "WaveformLayer.h"

namespace wb {

WaveformView::WaveformView(QWidget *parent)
    : TimeAxisPlot(parent)
    , m_layer(new WaveformLayer(axisRect()))
{
    // Same right column as the spectrograms, so all time axes line up.
    plotLayout()->addElement(0, 1, plotstyle::makeRightSpacer(this));
    WaveformView::retranslate();
}

void WaveformView::setAudio(const AudioBuffer &audio)
{
    m_layer->setAudio(audio);
    setTimeBounds(m_layer->duration());
    replot(rpQueuedReplot);
}

void WaveformView::setAudio(std::shared_ptr<const AudioBuffer> mono, std::shared_ptr<const WaveformSummary> summary)
{
    m_layer->setAudio(std::move(mono), std::move(summary));
    setTimeBounds(m_layer->duration());
    replot(rpQueuedReplot);
}

void WaveformView::clear()
{
    m_layer->clear();
    replot(rpQueuedReplot);
}

bool WaveformView::hasData() const
{
    return m_layer->hasData();
}

void WaveformView::retranslate()
{
    TimeAxisPlot::retranslate();
    yAxis->setLabel(tr("Amplitude"));
}

void WaveformView::resizeEvent(QResizeEvent *event)
{
    TimeAxisPlot::resizeEvent(event);
    // The axis rect's new width is only known after a layout pass.
    plotLayout()->update(QCPLayoutElement::upLayout);
    m_layer->refresh();
}

} // namespace wb

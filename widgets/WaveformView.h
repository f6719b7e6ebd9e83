#pragma once
#include "TimeAxisPlot.h"

namespace wb {

class AudioBuffer;
class WaveformLayer;

/**
 * The Audio Lab's waveform widget: amplitude against seconds, decimated per
 * pixel column by WaveformLayer. GUI thread only; never fails.
 */
class WaveformView : public TimeAxisPlot
{
    Q_OBJECT
public:
    explicit WaveformView(QWidget *parent = nullptr);

    void setAudio(const AudioBuffer &audio);
    void clear();
    bool hasData() const;
    WaveformLayer *layer() const { return m_layer; }

protected:
    void retranslate() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    WaveformLayer *m_layer;
};

} // namespace wb

#pragma once
#include "TimeAxisPlot.h"

#include <memory>

namespace wb {

class AudioBuffer;
class WaveformLayer;
struct WaveformSummary;

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
    /** Shares a mono clip and its prebuilt summary (see WaveformLayer). */
    void setAudio(std::shared_ptr<const AudioBuffer> mono, std::shared_ptr<const WaveformSummary> summary);
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

#pragma once
#include <qcustomplot.h>

#include <vector>

namespace wb {

/**
 * A waveform that grows as samples arrive, for audio being generated: the
 * time axis is fixed to the planned length up front so the curve visibly
 * fills it. QCustomPlot's adaptive sampling keeps long runs cheap to draw.
 * GUI thread only; never fails.
 */
class GrowingWaveView : public QCustomPlot
{
    Q_OBJECT
public:
    explicit GrowingWaveView(QWidget *parent = nullptr);

    /** Clears and sets the time axis to plannedSamples at sampleRate. */
    void reset(std::size_t plannedSamples, int sampleRate);
    void append(const std::vector<float> &samples);
    std::size_t sampleCount() const { return m_count; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    int m_rate = 22050;
    std::size_t m_count = 0;
};

} // namespace wb

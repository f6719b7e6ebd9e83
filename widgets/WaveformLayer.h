#pragma once
#include "AudioBuffer.h"

#include <QObject>

#include <memory>
#include <vector>

class QCPAxisRect;
class QCPGraph;

namespace wb {

/**
 * Draws a mono waveform (amplitude against seconds) into a QCustomPlot axis
 * rect. The plot gets at most two points per pixel column: each column shows
 * the minimum and maximum of the samples under it, read from a coarse
 * min/max summary built once per clip, so an hour-long file pans as smoothly
 * as a four-second one. Zoomed in far enough, the samples themselves appear.
 * Recomputes itself whenever the time axis range changes.
 * GUI thread only; never fails (an empty buffer just clears the plot).
 */
class WaveformLayer : public QObject
{
    Q_OBJECT
public:
    explicit WaveformLayer(QCPAxisRect *rect);

    /** Mixes to mono when needed; resets the time axis to the whole clip. */
    void setAudio(const AudioBuffer &audio);
    void clear();
    bool hasData() const { return !m_samples.empty(); }
    double duration() const;
    /** Points currently plotted (tests check decimation through this). */
    int plottedPoints() const;
    /** Re-decimates for the current range and axis width; call after resizing. */
    void refresh();

private:
    void columnMinMax(double t0, double t1, float *lo, float *hi) const;

    QCPAxisRect *m_rect;
    QCPGraph *m_upper;
    QCPGraph *m_lower;
    std::vector<float> m_samples;
    std::vector<float> m_blockMin; ///< min of each kBlock samples
    std::vector<float> m_blockMax;
    int m_sampleRate = 22050;
};

} // namespace wb

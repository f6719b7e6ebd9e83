#pragma once
#include "AudioBuffer.h"
#include "WaveformSummary.h"

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
 * min/max summary (WaveformSummary) built once per clip, off the GUI thread
 * by the load job, so an hour-long file pans as smoothly as a four-second one. Zoomed in far enough, the samples themselves appear.
 * Recomputes itself whenever the time axis range changes.
 * GUI thread only; never fails (an empty buffer just clears the plot).
 */
class WaveformLayer : public QObject
{
    Q_OBJECT
public:
    explicit WaveformLayer(QCPAxisRect *rect);

    /** Mixes to mono when needed and builds the summary here (for figures and
     *  short clips); resets the time axis to the whole clip. */
    void setAudio(const AudioBuffer &audio);
    /** A mono clip and its summary, shared with the caller: no copy, no pass
     *  over the samples, so it is cheap on the GUI thread for any length. */
    void setAudio(std::shared_ptr<const AudioBuffer> mono, std::shared_ptr<const WaveformSummary> summary);
    void clear();
    bool hasData() const { return m_count > 0; }
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
    std::shared_ptr<const AudioBuffer> m_audio;
    std::shared_ptr<const WaveformSummary> m_summary;
    const float *m_samples = nullptr; ///< m_audio's samples
    std::size_t m_count = 0;
    int m_sampleRate = 22050;
};

} // namespace wb

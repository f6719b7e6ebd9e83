#pragma once
#include "TimeAxisPlot.h"

#include <vector>

namespace wb {

/**
 * FastSpeech 2's variance adaptor made visible: the pitch (Hz, left axis) and
 * energy (RMS, right axis) it predicts for every phoneme, each held over the
 * phoneme's frames on the same time axis as the mel-spectrogram. Its right
 * margin is as wide as a spectrogram's colour bar column, so the time axes of
 * the stacked views line up. GUI thread only; never fails.
 */
class TtsVarianceView : public TimeAxisPlot
{
    Q_OBJECT
public:
    explicit TtsVarianceView(QWidget *parent = nullptr);

    /** One value per symbol; durations in frames of frameSeconds. Symbols without frames are
     * skipped. */
    void setCurves(const std::vector<int> &durations, const std::vector<float> &pitchHz,
                   const std::vector<float> &energy, double frameSeconds);
    void clear();
    /** Hides the time axis's labels (a view stacked above another that shows them). */
    void setTimeLabelsVisible(bool visible);

    /** Phonemes with a pitch drawn. */
    int voicedCount() const { return m_voiced; }
    bool hasData() const { return m_hasData; }

protected:
    void retranslate() override;

private:
    QCPGraph *m_pitch;
    QCPGraph *m_energy;
    int m_voiced = 0;
    bool m_hasData = false;
    bool m_timeLabels = true;
};

} // namespace wb

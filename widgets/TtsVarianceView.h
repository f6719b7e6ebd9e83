#pragma once
#include "TimeAxisPlot.h"

#include <vector>

class QCPColorMap;

namespace wb {

class Matrix;

/**
 * FastSpeech 2's variance adaptor made visible: the pitch (Hz, left axis) and
 * energy (RMS, right axis) it predicts for every phoneme, each held over the
 * phoneme's frames on the same time axis as the mel-spectrogram. Its right
 * margin is as wide as a spectrogram's colour bar column, so the time axes of
 * the stacked views line up. For Tacotron 2 it shows the attention alignment
 * instead: symbols up the left axis, time along the bottom, each decoder
 * step's weights as a column of colour (a good model draws a diagonal).
 * GUI thread only; never fails.
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
    /** The source-filter vocoder's F0 per mel frame (0 = unvoiced), drawn as dots over the
     * predicted pitch; after setCurves(). Empty removes it. */
    void setSourceF0(const std::vector<float> &f0, double frameSeconds);
    /** Frames with a source F0 drawn. */
    int sourceF0Count() const { return m_sourceVoiced; }
    /** Tacotron 2's attention [steps][symbols], stretched over seconds (the mel's extent). */
    void setAlignment(const Matrix &alignment, double seconds);
    void clear();
    /** Hides the time axis's labels (a view stacked above another that shows them). */
    void setTimeLabelsVisible(bool visible);

    /** Phonemes with a pitch drawn. */
    int voicedCount() const { return m_voiced; }
    bool hasData() const { return m_hasData; }
    bool showsAlignment() const { return m_alignmentShown; }

protected:
    void retranslate() override;

private:
    QCPGraph *m_pitch;
    QCPGraph *m_energy;
    QCPGraph *m_sourceF0;
    int m_sourceVoiced = 0;
    QCPColorMap *m_alignment;
    bool m_alignmentShown = false;
    int m_voiced = 0;
    bool m_hasData = false;
    bool m_timeLabels = true;
};

} // namespace wb

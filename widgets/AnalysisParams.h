#pragma once
#include <QtGlobal>

namespace wb {

/**
 * The Audio Lab's analysis settings: the rate clips are loaded at, the STFT
 * and mel parameters, and the colour range of the spectrogram views. A plain
 * value type; fromSettings()/save() touch QSettings and so belong to the GUI
 * thread. Out-of-range stored values are clamped, never reported.
 */
struct AnalysisParams
{
    int sampleRate = 22050;
    int nFft = 2048;
    int hop = 512;
    int nMels = 128;
    double fmax = 0.0;    ///< 0 means the Nyquist frequency
    double dbRange = 80.0; ///< colour range below the loudest cell

    double effectiveFmax() const { return fmax > 0 ? qMin(fmax, sampleRate / 2.0) : sampleRate / 2.0; }
    /** Parameters that need the spectrograms recomputed (everything except dbRange). */
    bool sameComputation(const AnalysisParams &o) const
    {
        return sampleRate == o.sampleRate && nFft == o.nFft && hop == o.hop && nMels == o.nMels
            && qFuzzyCompare(effectiveFmax(), o.effectiveFmax());
    }

    static AnalysisParams fromSettings();
    void save() const;
};

} // namespace wb

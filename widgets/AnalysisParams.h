#pragma once
#include "Window.h"

#include <QString>
#include <QtGlobal>

namespace wb {

/**
 * The Audio Lab's analysis settings: the rate clips are loaded at, the STFT
 * and mel parameters, and the colour range and colour map of the
 * spectrogram views. A plain
 * value type; fromSettings()/save() touch QSettings and so belong to the GUI
 * thread. Out-of-range stored values are clamped, never reported.
 */
struct AnalysisParams
{
    int sampleRate = 22050;
    int nFft = 2048;
    int hop = 512;
    int nMels = 128;
    WindowType window = WindowType::Hann;
    double fmin = 0.0;    ///< lowest frequency of the mel filterbank
    double fmax = 0.0;    ///< 0 means the Nyquist frequency
    double dbRange = 80.0; ///< colour range below the loudest cell
    QString colorMap = QStringLiteral("viridis"); ///< a ColorMaps name

    double effectiveFmax() const { return fmax > 0 ? qMin(fmax, sampleRate / 2.0) : sampleRate / 2.0; }
    /** fmin, kept below fmax so the filterbank always has a band. */
    double effectiveFmin() const { return qBound(0.0, fmin, effectiveFmax() * 0.9); }
    /** Parameters that need the spectrograms recomputed (all but dbRange and colorMap). */
    bool sameComputation(const AnalysisParams &o) const
    {
        return sampleRate == o.sampleRate && nFft == o.nFft && hop == o.hop && nMels == o.nMels
            && window == o.window && qFuzzyCompare(1.0 + effectiveFmin(), 1.0 + o.effectiveFmin())
            && qFuzzyCompare(effectiveFmax(), o.effectiveFmax());
    }

    static AnalysisParams fromSettings();
    void save() const;
};

} // namespace wb

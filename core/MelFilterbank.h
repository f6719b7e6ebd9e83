#pragma once
#include "Matrix.h"
#include "Progress.h"
#include "Stft.h"

#include <vector>

namespace wb {

struct MelParams
{
    int sampleRate = 22050;
    int nFft = 2048;
    int nMels = 128;
    float fmin = 0.0f;
    float fmax = -1.0f;    ///< <= 0 means sampleRate / 2
    bool htk = false;      ///< false: Slaney mel scale (librosa default)
    bool slaneyNorm = true; ///< area normalization (librosa norm="slaney")

    void validate() const; ///< wb::Error on absurd values
    float effectiveFmax() const { return fmax > 0 ? fmax : sampleRate / 2.0f; }
};

/** Hz <-> mel, as librosa.hz_to_mel / mel_to_hz. */
double hzToMel(double hz, bool htk = false);
double melToHz(double mel, bool htk = false);
/** n mel-spaced frequencies from fmin to fmax (librosa.mel_frequencies). */
std::vector<double> melFrequencies(int n, double fmin, double fmax, bool htk = false);

/**
 * The mel filterbank (librosa.filters.mel), stored sparsely: each band keeps
 * only its nonzero bin range, which makes applying it cheap. Immutable after
 * construction; safe to share between threads.
 */
class MelFilterbank
{
public:
    explicit MelFilterbank(const MelParams &params);

    const MelParams &params() const { return m_params; }
    int nMels() const { return m_params.nMels; }
    int bins() const { return m_params.nFft / 2 + 1; }
    /** Dense [nMels][bins] weights, as librosa returns them. */
    Matrix dense() const;
    /** out[m] = sum_k weights[m][k] * spectrum[k] for one frame. */
    void apply(const float *spectrum, float *out) const;
    /** [bins][frames] -> [nMels][frames]. */
    Matrix apply(const Matrix &spectrogram) const;
    /** Non-negative least-squares inverse, [nMels][frames] -> [bins][frames] (librosa.feature.inverse.mel_to_stft's core). */
    Matrix invert(const Matrix &mel, int iterations = 100) const;

    struct Band
    {
        int firstBin = 0;
        std::vector<float> weights;
    };
    const std::vector<Band> &bands() const { return m_bands; }

private:
    MelParams m_params;
    std::vector<Band> m_bands;
};

/**
 * librosa.feature.melspectrogram(y, sr, n_fft, hop_length, power, n_mels, fmin, fmax, htk):
 * computed frame by frame without materialising the full STFT. [nMels][frames].
 */
Matrix melSpectrogram(const std::vector<float> &signal, const StftParams &stft,
                      const MelFilterbank &filterbank, float power = 2.0f,
                      const ProgressFn &progress = {});

} // namespace wb

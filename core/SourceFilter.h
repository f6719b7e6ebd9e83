#pragma once
#include "Matrix.h"
#include "Progress.h"

#include <cstdint>
#include <vector>

namespace wb {

/**
 * Settings of the source-filter vocoder: the log-mel's grid (sample rate, FFT
 * size, hop, mel range) and the analysis and synthesis choices. The defaults
 * suit the TTS models' 80-band mels at 22,050 Hz.
 */
struct SourceFilterParams
{
    int sampleRate = 22050;
    int nFft = 1024;
    int hop = 256;
    float fmax = 8000.0f;       ///< the mel filterbank's top edge (Hz)
    int order = 34;             ///< mel-cepstrum order (coefficients 0..order)
    double alpha = 0.455;       ///< all-pass warping constant (about the mel scale at 22,050 Hz)
    int padeOrder = 5;          ///< the MLSA filter's Padé approximation, 4 or 5
    double f0Min = 60.0;        ///< pitch search range (Hz), when F0 is estimated
    double f0Max = 500.0;
    int griffinLimIterations = 16; ///< the rough Griffin-Lim pass F0 is estimated on
    double floorDb = 60.0;      ///< spectrum floor below each frame's peak (keeps the filter stable)
    double voicedNoise = 0.3;   ///< noise share of the voiced excitation (amplitude; power stays 1)
    /** Analysis-by-synthesis passes: each analyses the output as the input was analysed and
     * moves every frame's mel-cepstrum by the difference from the target's (copy synthesis of 40
     * corpus sentences, pocketsphinx word errors: 41-42% with none, 29% with one; Griffin-Lim
     * 33%, the recordings 28%). */
    int refinements = 1;
    float correctionLimit = 2.0f; ///< largest step per pass and coefficient
    std::uint32_t seed = 0;     ///< the noise

    /** wb::Error with one line for an absurd or inconsistent value. */
    void validate() const;
};

/** What the vocoder made, with its two streams for display: the source's F0 and the filter's
 * mel-cepstrum. */
struct SourceFilterResult
{
    std::vector<float> audio;
    std::vector<float> f0; ///< Hz per mel frame; 0 = unvoiced (noise excitation)
    Matrix melCepstrum;    ///< [order + 1][frames]
};

/**
 * The source-filter vocoder, the way HMM and CLUSTERGEN synthesizers (flite's
 * voices among them) speak: the mel's spectral envelope becomes a mel-cepstrum
 * per frame (the non-negative least-squares inverse of the mel filterbank,
 * then SPTK's mel-cepstral analysis), and an MLSA filter (SPTK) driven by that
 * mel-cepstrum shapes an excitation: a pulse train at F0 in voiced frames,
 * white noise in unvoiced ones (mixed with some noise in voiced ones). Then
 * refinements passes of analysis by synthesis run the output through the same
 * analysis and correct each frame's mel-cepstrum by its difference from the
 * target's, so the chain's biases cancel. F0 comes from the caller (one value per mel
 * frame, 0 = unvoiced) or, when f0 is null, from pYIN run on a rough
 * Griffin-Lim pass of the same mel. logMel is natural-log mel power
 * [nMels][frames]. Any thread (SPTK's parts are serialized inside); throws
 * wb::Error for bad parameters, a mel of fewer than 2 frames or an f0 of the wrong length, and
 * wb::Cancelled when progress returns false.
 */
SourceFilterResult sourceFilterVocode(const Matrix &logMel, const SourceFilterParams &params,
                                      const std::vector<float> *f0 = nullptr,
                                      const ProgressFn &progress = {});

} // namespace wb

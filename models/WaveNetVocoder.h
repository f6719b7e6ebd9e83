#pragma once
#include "Matrix.h"
#include "Progress.h"
#include "WaveNetWeights.h"

#include <cstdint>
#include <string>
#include <vector>

namespace wb {

/**
 * A speech corpus as one long training signal for a mel-conditioned WaveNet:
 * the utterances one after another, each cut to a whole number of feature
 * frames (frames * hop samples), and their log-mel frames (the corpus
 * features, ln of mel power) in the same order, frame-major and normalized
 * by one mean and standard deviation over the whole corpus.
 */
struct VocoderData
{
    std::vector<float> signal;
    std::vector<float> mel; ///< frames x nMels
    int nMels = 0, hop = 256, sampleRate = 22050, utterances = 0;
    float melMean = 0.0f, melStd = 1.0f;
};

/** Reads (and if needed computes) the corpus features; at most maxUtterances (0: all) utterances.
 * wb::Error when there is nothing usable; progress may cancel. */
VocoderData loadVocoderData(const std::string &corpusDir, int maxUtterances,
                            const ProgressFn &progress = {});

/**
 * The WaveNet vocoder: mel-conditioned WaveNet weights plus the
 * normalization their mel input had in training (checkpoint notes
 * vocoder_mel_mean and vocoder_mel_std, format "wavebench-wavenet-vocoder").
 * vocode() turns a log-mel on the training grid into audio, one sample at a
 * time with the fast cached generator (WaveNetGenerator). Loading a plain
 * WaveNet, or a vocoder whose grid differs from the acoustic model's, throws
 * wb::Error. One object per thread.
 */
class WaveNetVocoder
{
public:
    explicit WaveNetVocoder(WaveNetWeights weights);
    static WaveNetVocoder load(const std::string &path);
    /** Marks trained weights as a vocoder for data (its normalization and grid). */
    static void mark(WaveNetWeights &weights, const VocoderData &data);

    const WaveNetWeights &weights() const { return m_weights; }
    int sampleRate() const { return m_sampleRate; }
    /** wb::Error unless the acoustic model's mel grid (bands, hop, rate) is this vocoder's. */
    void checkGrid(int nMels, int hop, int sampleRate) const;
    /** logMel [nMels][frames], ln of mel power -> frames * hop samples in [-1, 1]. */
    std::vector<float> vocode(const Matrix &logMel, std::uint64_t seed = 1, float temperature = 1.0f,
                              const ProgressFn &progress = {}) const;

private:
    WaveNetWeights m_weights;
    float m_mean = 0.0f, m_std = 1.0f;
    int m_sampleRate = 22050;
};

} // namespace wb

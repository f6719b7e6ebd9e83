#pragma once
#include "Progress.h"
#include "WaveNetWeights.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace wb {

/** What to generate. */
struct WaveNetGenerateOptions
{
    std::int64_t samples = 22050;
    float temperature = 1.0f;  ///< 0: always the most likely level
    std::uint64_t seed = 1;
    std::vector<float> prime;  ///< audio to continue ([-1, 1]); empty: start from one silent sample
    std::vector<float> mel;    ///< conditioned models: frames x melChannels, frame by frame
    bool naive = false;        ///< re-run the LibTorch network per sample instead of the cached kernel
    /** Naive only: re-run over the whole history, as the seed did, instead of the last receptive field. */
    bool naiveWholeHistory = false;
};

/**
 * Generates audio from WaveNet weights, one sample at a time: softmax at a
 * temperature, a seeded draw (WaveNetSampler), feed the draw back. Two ways
 * that give the same samples for the same seed: the fast cached kernel
 * (WaveNetFastGenerator) and the naive LibTorch re-run (WaveNetNaiveGenerator).
 * The naive way normally re-runs over the last receptive field of history
 * only: older samples cannot change the newest output, so the logits are the
 * same as over the whole history, at a cost that does not grow with length.
 *
 * Conditioning: the column predicting generated sample k uses mel frame
 * k / hopLength (the last frame once past the end); priming columns use frame 0.
 *
 * Call from one thread (a backend worker); progress may cancel (wb::Cancelled);
 * options that do not fit the model throw wb::Error.
 */
class WaveNetGenerator
{
public:
    /** Called after each step with that step's logits (levels values). */
    using LogitsFn = std::function<void(std::int64_t step, const float *logits, int levels)>;

    explicit WaveNetGenerator(const WaveNetWeights &weights);

    /** The generated mu-law levels (samples of them, the prime not included). */
    std::vector<int> generateCodes(const WaveNetGenerateOptions &options, const ProgressFn &progress = {},
                                   const LogitsFn &onLogits = {}) const;
    /** The same, decoded to audio in [-1, 1]. */
    std::vector<float> generate(const WaveNetGenerateOptions &options, const ProgressFn &progress = {}) const;

private:
    WaveNetWeights m_weights;
};

} // namespace wb

#pragma once
#include "WaveNetFastGenerator.h"
#include "WaveNetSampler.h"
#include "WaveNetWeights.h"

#include <cstdint>
#include <vector>

namespace wb {

/**
 * Generation one sample per call, keeping the cached kernel's queues and the
 * sampler's stream between calls, so a GUI can step through WaveNet and a job
 * can stream samples out as they are drawn. Starts, like WaveNetGenerator
 * without a prime, from one silent input sample; for the same seed and
 * temperatures it draws exactly the samples WaveNetGenerator draws.
 * No torch here. One object per thread; the weights must not be conditioned
 * on a mel (wb::Error from the constructor).
 */
class WaveNetStepper
{
public:
    /** One generated sample and what led to it. */
    struct Step
    {
        std::int64_t index = 0;         ///< 0 for the first generated sample
        int input = 0;                  ///< the level fed in (the previous sample)
        int level = 0;                  ///< the level drawn, 0..levels-1
        float amplitude = 0.0f;         ///< level decoded by mu-law, in [-1, 1]
        /**
         * The softmax the level was drawn from (levels values summing to 1);
         * at temperature 0, where the draw is the most likely level, the
         * softmax at temperature 1 that it was picked from.
         */
        std::vector<float> probabilities;
    };

    WaveNetStepper(const WaveNetWeights &weights, std::uint64_t seed);

    const WaveNetConfig &config() const { return m_generator.config(); }
    /** Forgets everything generated and reseeds: the next step is sample 0 again. */
    void restart(std::uint64_t seed);
    /**
     * Restarts and feeds codes (levels, oldest first) as history instead of the
     * silent start sample: the next step predicts the sample after the last one,
     * as WaveNetGenerator does with a prime. Empty codes: a plain restart.
     */
    void prime(const std::vector<int> &codes, std::uint64_t seed);
    /** Generates the next sample with its softmax. */
    Step step(float temperature);
    /** Generates the next sample's level only (no softmax copy): the fast path for long runs. */
    int next(float temperature);
    /** Samples generated since the start. */
    std::int64_t generated() const { return m_generated; }

private:
    WaveNetFastGenerator m_generator;
    WaveNetSampler m_sampler;
    int m_input = 0; ///< the level fed at the next step
    std::int64_t m_generated = 0;
};

} // namespace wb

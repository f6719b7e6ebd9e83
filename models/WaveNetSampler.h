#pragma once
#include <cstdint>
#include <vector>

namespace wb {

/**
 * Draws one mu-law level from a step's logits: softmax at a temperature, then
 * an inverse-CDF draw from its own seeded generator (xoshiro256**, seeded by
 * splitmix64), so the fast and the naive generator, given the same seed and
 * logits that agree to ~1e-5, draw the same samples on every platform.
 * Temperature 0 means greedy (argmax). One object per generation; no errors.
 */
class WaveNetSampler
{
public:
    explicit WaveNetSampler(std::uint64_t seed);

    int sample(const float *logits, int levels, float temperature);
    /** Uniform in [0, 1) with 53 random bits. */
    double uniform();

private:
    std::uint64_t next();

    std::uint64_t m_state[4];
    std::vector<float> m_probabilities;
};

} // namespace wb

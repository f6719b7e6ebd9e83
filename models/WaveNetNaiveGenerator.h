#pragma once
#include "WaveNetWeights.h"

#include <memory>
#include <vector>

namespace wb {

/**
 * The seed's way of generating, kept as the reference the fast path is tested
 * against: every step re-runs the whole LibTorch network over the history and
 * keeps only the newest column's logits. Slow by design (a receptive field of
 * columns per sample). The header has no torch include. One object per thread;
 * torch errors surface as c10::Error, wrong sizes as wb::Error.
 */
class WaveNetNaiveGenerator
{
public:
    explicit WaveNetNaiveGenerator(const WaveNetWeights &weights);
    ~WaveNetNaiveGenerator();
    WaveNetNaiveGenerator(const WaveNetNaiveGenerator &) = delete;
    WaveNetNaiveGenerator &operator=(const WaveNetNaiveGenerator &) = delete;

    /**
     * Runs the network over codes (oldest first) and returns the logits that
     * predict the sample after the last one (levels values, valid until the
     * next call). mel: melChannels x codes.size() values, channel by channel,
     * one column per code; empty for an unconditioned model.
     */
    const float *logits(const std::vector<int> &codes, const std::vector<float> &mel = {});
    /** All columns' logits, [levels x codes.size()], level by level (causality checks). */
    std::vector<float> allLogits(const std::vector<int> &codes, const std::vector<float> &mel = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wb

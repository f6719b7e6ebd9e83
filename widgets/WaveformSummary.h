#pragma once
#include <cstddef>
#include <vector>

namespace wb {

/**
 * The min/max of every kBlock samples of a mono signal, plus its peak and
 * RMS: what the waveform view needs to draw an hour-long clip a pixel column
 * at a time without touching every sample. Built once per clip by the load
 * job (an hour takes ~0.4 s, too long for the GUI thread), then read-only.
 * A plain value type: build() may run on any thread; never fails.
 */
struct WaveformSummary
{
    /** Summary block: small enough that a column never straddles many, large
     *  enough that the summary of a long clip fits in cache. */
    static constexpr std::size_t kBlock = 256;

    std::vector<float> blockMin;
    std::vector<float> blockMax;
    float peak = 0.0f; ///< max |sample|
    float rms = 0.0f;

    bool isEmpty() const { return blockMin.empty(); }
    static WaveformSummary build(const float *samples, std::size_t count);
};

} // namespace wb

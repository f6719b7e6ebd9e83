#pragma once
#include "AudioBuffer.h"
#include "Progress.h"

namespace wb {

/**
 * Sample-rate conversion with soxr at its high quality setting (librosa's
 * default res_type is soxr_hq). Stateless; any thread. Rates outside
 * [1000, 768000] throw wb::Error.
 */
class Resampler
{
public:
    static AudioBuffer resample(const AudioBuffer &input, int targetRate,
                                const ProgressFn &progress = {});
};

} // namespace wb

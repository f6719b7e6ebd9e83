#include "WaveformSummary.h"

#include <algorithm>
#include <cmath>

namespace wb {

WaveformSummary WaveformSummary::build(const float *samples, std::size_t count)
{
    WaveformSummary s;
    const std::size_t blocks = (count + kBlock - 1) / kBlock;
    s.blockMin.resize(blocks);
    s.blockMax.resize(blocks);
    double sumSquares = 0.0;
    for (std::size_t b = 0; b < blocks; ++b) {
        const float *first = samples + b * kBlock;
        const float *last = samples + std::min(count, (b + 1) * kBlock);
        float mn = *first;
        float mx = *first;
        float sq = 0.0f; // per block in float, summed in double: fast and accurate enough for a dBFS label
        for (const float *p = first; p != last; ++p) {
            mn = std::min(mn, *p);
            mx = std::max(mx, *p);
            sq += *p * *p;
        }
        s.blockMin[b] = mn;
        s.blockMax[b] = mx;
        s.peak = std::max({s.peak, -mn, mx});
        sumSquares += double(sq);
    }
    s.rms = count ? float(std::sqrt(sumSquares / double(count))) : 0.0f;
    return s;
}

} // namespace wb

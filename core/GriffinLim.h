#pragma once
#include "Matrix.h"
#include "Progress.h"
#include "Stft.h"

#include <cstdint>
#include <vector>

namespace wb {

struct GriffinLimParams
{
    int iterations = 32;
    float momentum = 0.99f;     ///< librosa.griffinlim default ("fast Griffin-Lim")
    bool randomInit = true;     ///< false: zero initial phase
    std::uint32_t seed = 0;
    long long length = 0;       ///< output samples; 0 = natural length
};

/**
 * Phase reconstruction from a magnitude STFT ([bins][frames]) as librosa.griffinlim.
 * Any thread; cancellable through progress (throws wb::Cancelled).
 * spectralConvergence, when given, receives ||S - |STFT(x_i)||| / ||S|| per iteration.
 */
std::vector<float> griffinLim(const Matrix &magnitude, const StftParams &stft,
                              const GriffinLimParams &params = {},
                              const ProgressFn &progress = {},
                              std::vector<double> *spectralConvergence = nullptr);

} // namespace wb

#include "FrameEnergy.h"

#include <cmath>

namespace wb {

std::vector<float> frameEnergy(const std::vector<float> &signal, const StftParams &params,
                               EnergyKind kind, const ProgressFn &progress)
{
    const Matrix power = stftMagnitude(signal, params, 2.0f, progress);
    const std::size_t bins = power.rows(), frames = power.cols();
    std::vector<double> sum(frames, 0.0);
    for (std::size_t k = 0; k < bins; ++k) {
        // An rfft holds the DC and (for even n_fft) Nyquist bins once and every
        // other bin for its negative twin too; RMS counts the twins, as librosa.
        const bool single = k == 0 || (params.nFft % 2 == 0 && k == bins - 1);
        const double weight = (kind == EnergyKind::Rms && single) ? 0.5 : 1.0;
        const float *row = power.row(k);
        for (std::size_t t = 0; t < frames; ++t)
            sum[t] += weight * row[t];
    }
    std::vector<float> out(frames);
    const double n = params.nFft;
    for (std::size_t t = 0; t < frames; ++t)
        out[t] = static_cast<float>(kind == EnergyKind::Rms ? std::sqrt(2.0 * sum[t] / (n * n))
                                                            : std::sqrt(sum[t]));
    return out;
}

} // namespace wb

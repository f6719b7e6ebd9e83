#pragma once
#include "Progress.h"
#include "Stft.h"

#include <vector>

namespace wb {

enum class EnergyKind {
    Rms,   ///< librosa.feature.rms(S=|STFT|): the windowed frame's RMS, by Parseval
    L2Norm ///< Euclidean norm of the magnitude spectrum (FastSpeech 2's "energy")
};

/**
 * Energy per STFT frame of `signal`, on the same frame grid as core's stft()
 * and mel features (center=True: 1 + samples / hop frames), so it lines up
 * with trackPitch() for the same hop. Stateless; any thread; bad parameters
 * or an empty signal throw wb::Error, a false progress throws wb::Cancelled.
 */
std::vector<float> frameEnergy(const std::vector<float> &signal, const StftParams &params,
                               EnergyKind kind = EnergyKind::Rms, const ProgressFn &progress = {});

} // namespace wb

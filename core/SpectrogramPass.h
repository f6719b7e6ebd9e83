#pragma once
#include "Matrix.h"
#include "MelFilterbank.h"
#include "Progress.h"
#include "Stft.h"

#include <vector>

namespace wb {

/** What one SpectrogramPass produces. */
struct SpectrogramPassResult
{
    long long frames = 0;      ///< STFT frames of the signal
    Matrix melPower;           ///< [nMels][frames], |STFT|^2 through the filterbank, every frame
    Matrix linearMagnitude;    ///< [bins][columns], |STFT| max-pooled over framesPerColumn frames
    int framesPerColumn = 1;   ///< 1 when the signal has no more frames than maxLinearColumns
};

/**
 * The Audio Lab's analysis in one pass over the signal: the full mel power
 * spectrogram (what students export and what the mel view shows) and the
 * linear magnitude STFT, max-pooled in time to at most maxLinearColumns
 * columns. An hour at 22.05 kHz has 155k frames: its full linear STFT would
 * be 636 MB, far more than any screen shows, while the pooled one keeps every
 * transient visible (max, not mean) in a few MB.
 *
 * Stateless; any thread. threads > 1 splits the frames between that many
 * worker threads (the result is identical). Bad parameters or an empty
 * signal throw wb::Error; progress returning false throws wb::Cancelled.
 */
SpectrogramPassResult spectrogramPass(const std::vector<float> &signal, const StftParams &stft,
                                      const MelFilterbank &filterbank, int maxLinearColumns,
                                      int threads = 1, const ProgressFn &progress = {});

/** Max-pools a [rows][cols] matrix in time to ceil(cols / factor) columns. Any thread. */
Matrix maxPoolColumns(const Matrix &m, int factor);

} // namespace wb

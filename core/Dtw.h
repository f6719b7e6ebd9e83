#pragma once
#include "Matrix.h"

#include <vector>

namespace wb {

/**
 * Dynamic time warping of two feature sequences, each [dims][frames]: the monotonic path from
 * the first frames to the last that minimizes the summed Euclidean distance, by steps of one
 * frame in either sequence or both. Returns, for every frame of a, the frame of b it is matched
 * to (the first, where the path stays on a frame of a). wb::Error when either has no frame, the
 * dimensions differ, or a x b exceeds 40 million cells (about 6 minutes against 6 minutes).
 */
std::vector<int> dtwMatch(const Matrix &a, const Matrix &b);

/** Each row's mean over the frames subtracted ([dims][frames]): what DTW compares when two
 * recordings differ in level and spectral tilt (another voice, another microphone). */
Matrix meanNormalized(const Matrix &features);

} // namespace wb

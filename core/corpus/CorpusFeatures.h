#pragma once
#include "CorpusReader.h"
#include "Progress.h"

#include <string>
#include <vector>

namespace wb {

/** The usual TTS features: 80-band log-mel at 22,050 Hz, n_fft 1024, hop 256, fmax 8000. */
struct FeatureParams
{
    int sampleRate = 22050;
    int nFft = 1024;
    int hop = 256;
    int nMels = 80;
    float fmin = 0.0f;
    float fmax = 8000.0f;
    float logFloor = 1e-5f; ///< log-mel is ln(max(mel power, logFloor))
    double f0Min = 65.0;
    double f0Max = 1000.0;
    int threads = 0; ///< 0: one per core, at most 4
};

struct FeatureReport
{
    std::string folder; ///< where the .npy files are: <corpus>/features
    int computed = 0;
    int cached = 0;                    ///< up to date already, not recomputed
    std::vector<std::string> problems; ///< utterances skipped, one line each
};

/**
 * Computes, for every utterance of the corpus, on the same frame grid
 * (frame t at t * hop / sampleRate, 1 + samples / hop frames):
 * <id>.mel.npy (float32 [nMels, frames], natural-log mel power),
 * <id>.f0.npy (Hz per frame, 0 unvoiced, pYIN) and <id>.energy.npy (RMS per
 * frame), in <corpus>/features/; where the corpus builder left an alignment,
 * also <id>.durations.npy (float32 frames per input symbol, summing to the
 * frame count; a mismatch is reported as a problem). Files newer than their audio are kept.
 * Utterances are spread over threads; an unreadable or corrupt file is
 * reported and skipped, never fatal. progress may cancel (wb::Cancelled).
 */
FeatureReport computeCorpusFeatures(const Corpus &corpus, const FeatureParams &params,
                                    const ProgressFn &progress = {});

} // namespace wb

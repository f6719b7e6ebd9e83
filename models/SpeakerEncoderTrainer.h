#pragma once
#include "Progress.h"
#include "SpeakerEncoderCheckpoint.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace wb {

struct Corpus;

/** Every usable utterance of a corpus as normalized frames, grouped by speaker. */
struct SpeakerFrames
{
    std::vector<std::string> speakers;
    /// utterances[s][u]: speaker s's utterance u, [frames][mels] row-major
    std::vector<std::vector<std::vector<float>>> utterances;
    std::vector<std::string> problems; ///< unreadable or silent files, skipped

    int utteranceCount() const;
    /** Reads and featurizes every utterance (resampled to features.sampleRate); progress may cancel. */
    static SpeakerFrames fromCorpus(const Corpus &corpus, const SpeakerFeatures &features,
                                    const ProgressFn &progress = {});
};

struct SpeakerTrainOptions
{
    SpeakerEncoderConfig config;
    SpeakerFeatures features;
    int steps = 1000;
    int speakersPerBatch = 16;    ///< GE2E's N
    int utterancesPerSpeaker = 8; ///< GE2E's M
    int cropFrames = 160;         ///< training windows, frames
    double learningRate = 1e-3;   ///< Adam, halved at 60% and 85% of the steps
    double clipNorm = 3.0;
    int evaluateEvery = 100;      ///< held-out EER every this many steps (0: only at the end)
    int evaluatePerSpeaker = 8;   ///< utterances per held-out speaker for that EER
    std::uint64_t seed = 1;
    int threads = 0;              ///< torch intra-op threads; 0 leaves torch's setting
    const SpeakerEncoderCheckpoint *resume = nullptr; ///< continue from these weights and steps
    /** Called with the checkpoint so far every saveEvery steps (0: never). */
    int saveEvery = 0;
    std::function<void(const SpeakerEncoderCheckpoint &)> onSave;
};

struct SpeakerTrainStep
{
    int step = 0; ///< from 1, counting resumed steps
    int steps = 0;
    double loss = 0.0;       ///< GE2E softmax loss of this batch
    double heldOutEer = -1;  ///< when evaluated at this step, else negative
    double seconds = 0.0;    ///< since the start of this run
};

/**
 * Trains the speaker encoder with the generalized end-to-end softmax loss
 * (Wan et al. 2018): each batch is N speakers x M utterances, one random
 * crop each; every embedding is scored against every speaker's centroid
 * (its own speaker's without itself) through a learned scale and bias, and
 * the loss asks it to be nearest its own. Held-out speakers (heldOut, may
 * be empty) give the EER now and then; the result's notes keep the training
 * speakers, the steps, the time and the last held-out EER. Calling thread;
 * progress may cancel (wb::Cancelled); bad options or too few speakers throw
 * wb::Error. Same seed and data, same run.
 */
SpeakerEncoderCheckpoint trainSpeakerEncoder(const SpeakerFrames &train, const SpeakerFrames &heldOut,
                                             const SpeakerTrainOptions &options,
                                             const ProgressFn &progress = {},
                                             const std::function<void(const SpeakerTrainStep &)> &onStep = {});

} // namespace wb

#pragma once
#include <map>
#include <string>
#include <vector>
#include "FastSpeech2Checkpoint.h"
#include "Progress.h"
#include "SpeakerEncoderCheckpoint.h"
#include "TtsDataset.h"

#include <cstdint>
#include <functional>

namespace wb {

struct FastSpeech2TrainOptions
{
    FastSpeech2Config config; ///< vocab is taken from the dataset's symbol table
    int steps = 3000;
    int batchSize = 16;
    double learningRate = 1e-3; ///< peak, after a linear warm-up, then decaying as 1/sqrt(step)
    int warmupSteps = 400;
    std::uint64_t seed = 1;
    int threads = 0;                  ///< torch intra-op threads; 0 leaves torch's setting
    double validationFraction = 0.03; ///< utterances held out to measure generalization
    int validateEvery = 100;
    int checkpointEvery = 0; ///< hand a checkpoint to onCheckpoint every N steps (0: never mid-run)
    /// Warm start (not a resume): parameters of the same name and shape are copied from this model
    /// before training, e.g. a one-voice model under a new multi-speaker one; steps count from 0.
    const FastSpeech2Checkpoint *warmStart = nullptr;
    /// Multi-speaker training: condition each utterance not on its own embedding but on the
    /// normalized mean of 1 to referenceMix random training utterances of the same speaker (a
    /// clone's reference is other sentences, averaged); 0 keeps each utterance's own embedding.
    int referenceMix = 0;
    /// Multi-speaker training: this speaker encoder listens to each predicted mel and the loss
    /// gains speakerLossWeight * (1 - cosine to the voice asked for) (SpeakerConsistency).
    const SpeakerEncoderCheckpoint *speakerLossEncoder = nullptr;
    double speakerLossWeight = 0.0;
    /// When the loss's encoder is not the one whose embeddings condition the model: its own
    /// embedding of every item of the dataset, in the dataset's order, as the loss's targets
    /// (mixed with the same picks as the conditioning). Empty: the conditioning embeddings.
    std::vector<std::vector<float>> speakerLossTargets;
};

/** What one training step reports. validationMel is NaN on steps without validation. */
struct FastSpeech2Step
{
    int step = 0;
    double loss = 0.0, mel = 0.0, duration = 0.0, pitch = 0.0, energy = 0.0;
    double speaker = 0.0; ///< 1 - cosine of the speaker-consistency loss (0 without it)
    double validationMel = 0.0;
    bool validated = false;
};

/**
 * Trains FastSpeech 2 on a TtsDataset with Adam: L1 on the normalized
 * log-mel, plus mean squared errors of ln(1 + duration), pitch and energy
 * against the corpus's own values (teacher forcing of the variance adaptor).
 * Batches group utterances of similar length. A held-out part measures the
 * mel loss on utterances never trained on. progress may cancel
 * (wb::Cancelled); onStep sees every step, onCheckpoint the model every
 * checkpointEvery steps. Resumes from start when given (same configuration
 * and symbols; its step count continues). Bad options throw wb::Error.
 */
FastSpeech2Checkpoint
trainFastSpeech2(const TtsDataset &data, const FastSpeech2TrainOptions &options,
                 const ProgressFn &progress = {},
                 const std::function<void(const FastSpeech2Step &)> &onStep = {},
                 const FastSpeech2Checkpoint *start = nullptr,
                 const std::function<void(const FastSpeech2Checkpoint &)> &onCheckpoint = {});

/** The unit-length mean of these items' speaker embeddings: the voice a reference of several
 * utterances gives (the reference mix of training). wb::Error for no items or no embeddings. */
std::vector<float> meanSpeakerEmbedding(const TtsDataset &data, const std::vector<int> &items);

/** Speakers' mean embeddings as one JSON object {name: [values]}, kept in a multi-speaker
 * model's notes ("speaker_centroids") so a clone can be compared with its training voices. */
std::string speakerCentroidsJson(const std::map<std::string, std::vector<float>> &centroids);

} // namespace wb

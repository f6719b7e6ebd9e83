#pragma once
#include "Progress.h"
#include "Tacotron2Checkpoint.h"
#include "TtsDataset.h"

#include <cstdint>
#include <functional>

namespace wb {

struct Tacotron2TrainOptions
{
    Tacotron2Config config; ///< vocab and nMels are taken from the dataset
    int steps = 3000;
    int batchSize = 16;
    double learningRate = 1e-3; ///< peak, after a linear warm-up, then decaying as 1/sqrt(step)
    int warmupSteps = 50;
    /** Weight of the guided-attention loss (Tachibana et al., 2018), which charges attention far
     * from the diagonal; 0 turns it off. */
    double guidedAttention = 1.0;
    double guidedSigma = 0.2;
    std::uint64_t seed = 1;
    int threads = 0;
    double validationFraction = 0.03;
    int validateEvery = 100;
    int checkpointEvery = 0;
};

/** What one training step reports; validation values carry over between validations. */
struct Tacotron2Step
{
    int step = 0;
    double loss = 0.0, mel = 0.0, postnet = 0.0, stop = 0.0, guided = 0.0;
    /** Mean over decoder steps of the largest attention weight: near 1 once it aligns. */
    double focus = 0.0;
    double validationMel = 0.0;
    bool validated = false;
};

/**
 * Trains Tacotron 2 on a TtsDataset with Adam and teacher forcing: L1 on the
 * normalized log-mel before and after the post-net, binary cross-entropy on
 * the stop token (weighted, since a sentence stops once), and the guided
 * attention loss. Held-out utterances measure the teacher-forced mel loss.
 * progress may cancel (wb::Cancelled); onStep sees every step; onCheckpoint
 * a snapshot every checkpointEvery steps. Resumes from start (same
 * configuration and symbols). Bad options throw wb::Error.
 */
Tacotron2Checkpoint
trainTacotron2(const TtsDataset &data, const Tacotron2TrainOptions &options,
               const ProgressFn &progress = {},
               const std::function<void(const Tacotron2Step &)> &onStep = {},
               const Tacotron2Checkpoint *start = nullptr,
               const std::function<void(const Tacotron2Checkpoint &)> &onCheckpoint = {});

} // namespace wb

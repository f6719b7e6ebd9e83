#pragma once
#include "Progress.h"
#include "WaveNetConfig.h"
#include "WaveNetWeights.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace wb {

/** How to train: Adam on next-sample cross-entropy over random crops. */
struct WaveNetTrainOptions
{
    int steps = 1000;
    int batchSize = 2;
    int targetLength = 1024;   ///< predicted samples per crop; each crop adds a receptive field of context
    double learningRate = 1e-3;
    std::uint64_t seed = 1;    ///< initialization and crops: same seed, same run (on the same device)
    int threads = 0;           ///< torch intra-op threads; 0 leaves torch's setting alone
    bool useCuda = true;       ///< use a CUDA device when LibTorch has one
};

/**
 * Trains a WaveNet on one clip: mu-law quantizes it, draws random crops of a
 * receptive field plus targetLength samples, and minimizes the cross-entropy of
 * each next sample with Adam, on CUDA when available, else the CPU. Meant to be
 * run from a backend job on a worker thread (one trainer per thread).
 * progress (may cancel: then wb::Cancelled) and the per-step loss callback are
 * called on that thread. Bad options or a clip shorter than one crop throw
 * wb::Error. The header has no torch include.
 */
class WaveNetTrainer
{
public:
    using LossFn = std::function<void(int step, double loss)>;

    WaveNetTrainer(const WaveNetConfig &config, const WaveNetTrainOptions &options);
    ~WaveNetTrainer();
    WaveNetTrainer(const WaveNetTrainer &) = delete;
    WaveNetTrainer &operator=(const WaveNetTrainer &) = delete;

    /** Starts from these weights instead of a fresh initialization (same configuration). */
    void setInitialWeights(const WaveNetWeights &weights);
    /**
     * Trains on signal (mono, [-1, 1]) and returns the weights. For a
     * mel-conditioned configuration, mel holds frames x melChannels values, row
     * by row, one frame per hopLength samples of signal.
     */
    WaveNetWeights train(const std::vector<float> &signal, const ProgressFn &progress = {},
                         const LossFn &onLoss = {}, const std::vector<float> &mel = {});

    /** Sets LibTorch's intra-op threads (training and naive generation); n <= 0 leaves them. */
    static void setThreads(int n);

    /** "cpu" or "cuda:0": where train() runs. */
    std::string deviceName() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wb

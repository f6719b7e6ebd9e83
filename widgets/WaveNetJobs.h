#pragma once
#include "AudioBuffer.h"
#include "ModelBackend.h"
#include "WaveNetTrainer.h"
#include "WaveNetWeights.h"

#include <QMutex>
#include <QPointF>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace wb {

/**
 * The WaveNet tab's backend jobs (training, generation, the naive-vs-fast
 * race, checkpoint loading) and the "feeds" through which a running job
 * hands its partial results to the GUI: the job writes under the feed's
 * mutex or into atomics on its worker thread, and the panel polls the feed
 * on a GUI timer. Shared ownership keeps a feed alive for as long as either
 * side holds it. Errors leave the jobs as exceptions, which the backend
 * turns into failed() with the message.
 */
namespace wavenetjobs {

struct TrainFeed
{
    QMutex mutex;
    std::vector<QPointF> pending;            ///< (step, loss) not yet taken by the GUI
    std::shared_ptr<WaveNetWeights> result;  ///< set when training finished
    std::string device;
};

struct RunFeed
{
    QMutex mutex;
    std::vector<float> samples; ///< every sample generated so far, decoded
};

struct RaceFeed
{
    std::atomic<int> phase{0}; ///< 0 waiting, 1 naive running, 2 fast running, 3 done
    std::atomic<std::int64_t> naiveSamples{0}, fastSamples{0};
    std::atomic<std::int64_t> naiveNanoseconds{0}, fastNanoseconds{0};
    std::atomic<int> sameSamples{-1}; ///< 1 when both drew the same levels, 0 when not, -1 unknown
};

struct RaceLimits
{
    std::int64_t naiveSamples = 300;
    std::int64_t fastSamples = 44100;
    double secondsPerRacer = 8.0; ///< each racer stops after this long, however far it got
};

using Weights = std::shared_ptr<const WaveNetWeights>;

ModelBackend::JobFn train(const WaveNetConfig &config, const WaveNetTrainOptions &options, Weights initial,
                          std::shared_ptr<const AudioBuffer> clip, std::shared_ptr<TrainFeed> feed);
ModelBackend::JobFn generate(Weights weights, std::int64_t samples, float temperature, std::uint64_t seed,
                             std::shared_ptr<RunFeed> feed);
ModelBackend::JobFn race(Weights weights, float temperature, std::uint64_t seed, RaceLimits limits,
                         std::shared_ptr<RaceFeed> feed);
/** Reads a checkpoint; the job's result is a shared_ptr<const WaveNetWeights> in a QVariant. */
ModelBackend::JobFn load(const QString &path);

} // namespace wavenetjobs
} // namespace wb

Q_DECLARE_METATYPE(wb::wavenetjobs::Weights)

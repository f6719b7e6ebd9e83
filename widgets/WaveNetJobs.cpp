#include "WaveNetJobs.h"

#include "Error.h"
#include "MuLaw.h"
#include "WaveNetNaiveGenerator.h"
#include "WaveNetSampler.h"
#include "WaveNetStepper.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <sstream>

namespace wb::wavenetjobs {

ModelBackend::JobFn train(const WaveNetConfig &config, const WaveNetTrainOptions &options, Weights initial,
                          std::shared_ptr<const AudioBuffer> clip, std::shared_ptr<TrainFeed> feed)
{
    return [=](JobContext &job) {
        if (!clip || clip->isEmpty())
            throw Error(QCoreApplication::translate("wb::WaveNetJobs", "There is no clip to train on: load one in the Audio Lab.").toStdString());
        WaveNetTrainer trainer(config, options);
        if (initial)
            trainer.setInitialWeights(*initial);
        {
            QMutexLocker lock(&feed->mutex);
            feed->device = trainer.deviceName();
        }
        double last = 0.0;
        WaveNetWeights weights = trainer.train(clip->toMono().samples(), job.progressFn(), [&](int step, double loss) {
            last = loss;
            QMutexLocker lock(&feed->mutex);
            feed->pending.emplace_back(step + 1, loss);
        });
        weights.setNote("steps", std::to_string(options.steps));
        std::ostringstream loss;
        loss << last;
        weights.setNote("final_loss", loss.str());
        weights.setNote("sample_rate", std::to_string(clip->sampleRate()));
        weights.setNote("seed", std::to_string(options.seed));
        weights.setNote("trained_on", "WaveBench WaveNet tab");
        QMutexLocker lock(&feed->mutex);
        feed->result = std::make_shared<WaveNetWeights>(std::move(weights));
        return QVariant();
    };
}

ModelBackend::JobFn generate(Weights weights, std::int64_t samples, float temperature, std::uint64_t seed,
                             std::shared_ptr<RunFeed> feed)
{
    return [=](JobContext &job) {
        WaveNetStepper stepper(*weights, seed);
        const int mu = weights->config().mu();
        // Hand samples over in small batches: the waveform grows smoothly and the lock is rare.
        constexpr std::int64_t kBatch = 256;
        std::vector<float> batch;
        batch.reserve(kBatch);
        const ProgressFn progress = job.progressFn();
        for (std::int64_t k = 0; k < samples; ++k) {
            batch.push_back(muLawDecode(stepper.next(temperature), mu));
            if (std::int64_t(batch.size()) == kBatch || k + 1 == samples) {
                {
                    QMutexLocker lock(&feed->mutex);
                    feed->samples.insert(feed->samples.end(), batch.begin(), batch.end());
                }
                batch.clear();
                reportProgress(progress, double(k + 1) / double(samples));
            }
        }
        return QVariant();
    };
}

ModelBackend::JobFn race(Weights weights, float temperature, std::uint64_t seed, RaceLimits limits,
                         std::shared_ptr<RaceFeed> feed)
{
    return [=](JobContext &job) {
        const WaveNetConfig &c = weights->config();
        const std::int64_t limitNs = std::int64_t(limits.secondsPerRacer * 1e9);
        const std::int64_t total = limits.naiveSamples + limits.fastSamples;
        const ProgressFn progress = job.progressFn();

        // Both racers start from a receptive field of silence, so every naive step
        // re-runs the network over a full window, as it does for all but the
        // first moments of a real generation.
        const auto field = std::size_t(c.receptiveField());
        const std::vector<int> silence(field, muLawEncode(0.0f, c.mu()));

        // The seed's way: re-run the whole network over the last receptive field for every sample.
        feed->phase = 1;
        std::vector<int> naiveCodes;
        {
            WaveNetNaiveGenerator naive(*weights);
            WaveNetSampler sampler(seed);
            std::vector<int> history = silence;
            std::vector<int> window;
            QElapsedTimer clock;
            clock.start();
            for (std::int64_t k = 0; k < limits.naiveSamples && clock.nsecsElapsed() < limitNs; ++k) {
                window.assign(history.end() - std::ptrdiff_t(field), history.end());
                const int code = sampler.sample(naive.logits(window), c.levels, temperature);
                history.push_back(code);
                naiveCodes.push_back(code);
                feed->naiveSamples = k + 1;
                feed->naiveNanoseconds = clock.nsecsElapsed();
                reportProgress(progress, double(k + 1) / double(total));
            }
        }

        // The cached kernel: one new column per layer per sample.
        feed->phase = 2;
        WaveNetStepper fast(*weights, seed);
        fast.prime(silence, seed);
        bool same = true;
        QElapsedTimer clock;
        clock.start();
        for (std::int64_t k = 0; k < limits.fastSamples; ++k) {
            const int code = fast.next(temperature);
            if (std::size_t(k) < naiveCodes.size() && naiveCodes[std::size_t(k)] != code)
                same = false;
            if ((k + 1) % 256 == 0 || k + 1 == limits.fastSamples) {
                const std::int64_t ns = clock.nsecsElapsed();
                feed->fastSamples = k + 1;
                feed->fastNanoseconds = ns;
                reportProgress(progress, double(limits.naiveSamples + k + 1) / double(total));
                if (ns >= limitNs)
                    break;
            }
        }
        feed->sameSamples = naiveCodes.empty() ? -1 : same ? 1 : 0;
        feed->phase = 3;
        return QVariant();
    };
}

ModelBackend::JobFn load(const QString &path)
{
    return [path](JobContext &) {
        const Weights w = std::make_shared<const WaveNetWeights>(
            path.startsWith(QLatin1Char(':'))
                ? [&] {
                      // A Qt resource (the shipped model): read its bytes, as no file exists on disk.
                      QFile file(path);
                      if (!file.open(QIODevice::ReadOnly))
                          throw Error("Cannot open '" + path.toStdString() + "'");
                      const QByteArray bytes = file.readAll();
                      return WaveNetWeights::fromSafeTensors(
                          SafeTensors::fromBytes(std::string(bytes.constData(), std::size_t(bytes.size())),
                                                 path.toStdString()),
                          path.toStdString());
                  }()
                : WaveNetWeights::load(QFile::encodeName(path).toStdString()));
        if (w->config().conditioned())
            throw Error(QCoreApplication::translate("wb::WaveNetJobs", "%1 is a mel-conditioned WaveNet (a vocoder): this tab runs unconditioned "
                                    "models only.")
                            .arg(path)
                            .toStdString());
        return QVariant::fromValue(w);
    };
}

} // namespace wb::wavenetjobs

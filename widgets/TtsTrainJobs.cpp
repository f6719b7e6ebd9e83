#include "TtsTrainJobs.h"

#include "FastSpeech2Trainer.h"
#include "Tacotron2Trainer.h"
#include "corpus/CorpusBuilder.h"

#include <QFile>

#include <algorithm>

namespace wb::ttstrain {

ModelBackend::JobFn practiceCorpus(const QString &dir, int sentences)
{
    return [dir, sentences](JobContext &job) {
        CorpusBuildOptions o;
        o.outDir = QFile::encodeName(dir).toStdString();
        o.voices = {VoiceSpec::parse("flite:slt")};
        o.sentences = sentences;
        buildCorpus(o, job.progressFn());
        return QVariant(dir);
    };
}

namespace {

/** The loader gets the first tenth of the progress bar, training the rest. */
ProgressFn part(const ProgressFn &all, double from, double to)
{
    return [=](double f) { return all(from + (to - from) * f); };
}

} // namespace

ModelBackend::JobFn train(const TtsTrainRequest &r, std::shared_ptr<TtsTrainFeed> feed)
{
    return [r, feed](JobContext &job) {
        const ProgressFn progress = job.progressFn();
        const TtsDataset data = TtsDataset::load(QFile::encodeName(r.corpus).toStdString(),
                                                 part(progress, 0.0, 0.1));
        {
            QMutexLocker lock(&feed->mutex);
            feed->utterances = int(data.items.size());
        }
        const auto report = [feed](int step, double loss, bool validated, double validation) {
            QMutexLocker lock(&feed->mutex);
            feed->loss.emplace_back(step, loss);
            if (validated)
                feed->validation.emplace_back(step, validation);
        };
        const std::string out = QFile::encodeName(r.output).toStdString();
        const ProgressFn training = part(progress, 0.1, 1.0);
        const int every = std::max(5, r.steps / 10);
        // At least two sentences held out, so that even a practice corpus shows generalization.
        const double heldOut = std::min(0.3, std::max(0.03, 2.0 / double(std::max<std::size_t>(1, data.items.size()))));
        if (r.kind == Kind::FastSpeech2) {
            FastSpeech2TrainOptions o;
            o.steps = r.steps;
            o.validateEvery = every;
            o.validationFraction = heldOut;
            if (r.tiny) {
                o.config.dModel = 64;
                o.config.encoderLayers = o.config.decoderLayers = 2;
                o.config.ffnFilter = 128;
                o.config.predictorFilter = 64;
                o.batchSize = 8;
                o.learningRate = 2e-3;
                o.warmupSteps = std::min(50, std::max(1, r.steps / 10));
            }
            FastSpeech2Checkpoint c = trainFastSpeech2(data, o, training, [&](const FastSpeech2Step &s) {
                report(s.step, s.mel, s.validated, s.validationMel);
            });
            c.notes["trained_on"] = "WaveBench Text-to-Speech tab";
            c.save(out);
        } else {
            Tacotron2TrainOptions o;
            o.steps = r.steps;
            o.validateEvery = every;
            o.validationFraction = heldOut;
            o.config.reduction = 4;
            o.batchSize = 8;
            if (r.tiny) {
                o.config.embedding = o.config.prenet = o.config.attentionDim = 64;
                o.config.postnetChannels = 64;
                o.config.attentionRnn = o.config.decoderRnn = 96;
                o.config.locationFilters = 8;
                o.config.locationKernel = 15;
                o.learningRate = 2e-3;
                o.warmupSteps = std::min(50, std::max(1, r.steps / 10));
            }
            Tacotron2Checkpoint c = trainTacotron2(data, o, training, [&](const Tacotron2Step &s) {
                report(s.step, s.postnet, s.validated, s.validationMel);
            });
            c.notes["trained_on"] = "WaveBench Text-to-Speech tab";
            c.save(out);
        }
        return QVariant(r.output);
    };
}

} // namespace wb::ttstrain

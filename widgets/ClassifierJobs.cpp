#include "ClassifierJobs.h"

#include "AudioFile.h"
#include "Error.h"

#include <QFile>

namespace wb::classifierjobs {

ModelBackend::JobFn load(const QString &path)
{
    return [path](JobContext &) {
        return QVariant::fromValue(Model(AudioClassifier::load(QFile::encodeName(path).toStdString())));
    };
}

ModelBackend::JobFn train(std::shared_ptr<const ClassifierDataset> data, const ClassifierTrainOptions &options,
                          std::shared_ptr<TrainFeed> feed)
{
    return [=](JobContext &job) {
        ClassifierTrainResult r = trainAudioClassifier(*data, options, job.progressFn(), [&](const ClassifierEpoch &e) {
            QMutexLocker lock(&feed->mutex);
            feed->pending.push_back(e);
        });
        r.checkpoint.notes["trained_on"] = "WaveBench Classifier page";
        auto t = std::make_shared<Trained>();
        t->model = std::make_shared<AudioClassifier>(std::move(r.checkpoint));
        t->evaluation = std::move(r.evaluation);
        t->evaluatedOnTraining = r.evaluatedOnTraining;
        t->epochs = r.epochs;
        t->bestEpoch = r.bestEpoch;
        t->stoppedEarly = r.stoppedEarly;
        t->seconds = r.seconds;
        return QVariant::fromValue(TrainedPtr(t));
    };
}

ModelBackend::JobFn classify(Model model, std::shared_ptr<const std::vector<float>> samples, int rate)
{
    return [=](JobContext &) { return QVariant::fromValue(model->classify(*samples, rate)); };
}

ModelBackend::JobFn classifyFile(Model model, const QString &path)
{
    return [=](JobContext &) {
        return QVariant::fromValue(model->classifyFile(QFile::encodeName(path).toStdString()));
    };
}

ModelBackend::JobFn readClips(const QStringList &paths, const ClassifierFeatures &features)
{
    return [=](JobContext &job) {
        auto out = std::make_shared<LoadedClips>();
        ReadOptions o;
        o.targetRate = features.sampleRate;
        o.threads = 1;
        for (int i = 0; i < paths.size(); ++i) {
            try {
                const AudioBuffer audio = AudioFile::read(QFile::encodeName(paths[i]).toStdString(), o);
                if (audio.isEmpty())
                    throw Error("'" + paths[i].toStdString() + "' holds no audio");
                out->clips.push_back(features.fitClip(audio.samples()));
                out->sources << paths[i];
            } catch (const Error &e) {
                out->problems << QString::fromStdString(e.what());
            }
            reportProgress(job.progressFn(), double(i + 1) / paths.size());
        }
        return QVariant::fromValue(LoadedClipsPtr(out));
    };
}

} // namespace wb::classifierjobs

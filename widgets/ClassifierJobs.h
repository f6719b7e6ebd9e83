#pragma once
#include "AudioClassifier.h"
#include "AudioClassifierTrainer.h"
#include "ModelBackend.h"

#include <QMetaType>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace wb {

/**
 * The Classifier page's backend jobs: loading a classifier, training one on
 * the examples of a project (model lane), and scoring a clip (analysis lane:
 * a few milliseconds, so live listening keeps up while another tab trains).
 * A running training hands its epochs to the page through a TrainFeed,
 * polled on a GUI timer. Errors leave the jobs as exceptions, which the
 * backend turns into failed() with the message.
 */
namespace classifierjobs {

using Model = std::shared_ptr<const AudioClassifier>;

struct TrainFeed
{
    QMutex mutex;
    std::vector<ClassifierEpoch> pending; ///< epochs not yet taken by the GUI
};

/** A finished training: the model and how it did on the clips it did not train on. */
struct Trained
{
    Model model;
    ClassifierEvaluation evaluation;
    bool evaluatedOnTraining = false;
    int epochs = 0, bestEpoch = 0;
    bool stoppedEarly = false;
    double seconds = 0.0;
};
using TrainedPtr = std::shared_ptr<const Trained>;

/** Clips read from files, fitted to the model's clip (one per readable file). */
struct LoadedClips
{
    std::vector<std::vector<float>> clips;
    QStringList sources;
    QStringList problems;
};
using LoadedClipsPtr = std::shared_ptr<const LoadedClips>;

/** Reads a checkpoint; the result is a Model. */
ModelBackend::JobFn load(const QString &path);
/** Trains on data; the result is a TrainedPtr. */
ModelBackend::JobFn train(std::shared_ptr<const ClassifierDataset> data, const ClassifierTrainOptions &options,
                          std::shared_ptr<TrainFeed> feed);
/** Scores mono samples at rate; the result is a ClassifierScores. */
ModelBackend::JobFn classify(Model model, std::shared_ptr<const std::vector<float>> samples, int rate);
/** Scores a file; the result is a ClassifierScores. */
ModelBackend::JobFn classifyFile(Model model, const QString &path);
/** Reads audio files as clips of features; the result is a LoadedClipsPtr. */
ModelBackend::JobFn readClips(const QStringList &paths, const ClassifierFeatures &features);

} // namespace classifierjobs
} // namespace wb

Q_DECLARE_METATYPE(wb::classifierjobs::Model)
Q_DECLARE_METATYPE(wb::classifierjobs::TrainedPtr)
Q_DECLARE_METATYPE(wb::classifierjobs::LoadedClipsPtr)
Q_DECLARE_METATYPE(wb::ClassifierScores)

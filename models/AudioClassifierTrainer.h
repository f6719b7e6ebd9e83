#pragma once
#include "AudioClassifierCheckpoint.h"
#include "Progress.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace wb {

/** One labelled clip, already at the feature rate and length. */
struct ClassifierExample
{
    std::vector<float> clip;
    int label = 0;
    std::string source; ///< the file it came from, for messages
};

/**
 * Labelled clips for training or evaluation. fromFolder reads the files in DIR/<class>/
 * (WAV, FLAC, OGG, AIFF, MP3): the class names are the subfolders, sorted.
 * Value type; any thread. An unreadable folder or one without two classes
 * throws wb::Error; unreadable files are skipped and listed in problems.
 */
struct ClassifierDataset
{
    std::vector<std::string> classNames;
    std::vector<ClassifierExample> examples;
    std::vector<std::string> problems;

    std::vector<int> counts() const;
    /** Fits mono samples at sampleRate to one clip of features and adds it. */
    void add(int label, const std::vector<float> &samples, int sampleRate,
             const ClassifierFeatures &features, const std::string &source = {});
    static ClassifierDataset fromFolder(const std::string &dir, const ClassifierFeatures &features,
                                        const ProgressFn &progress = {});
    /** True for the file name extensions fromFolder reads. */
    static bool isAudioFile(const std::string &path);
};

struct ClassifierTrainOptions
{
    ClassifierConfig config; ///< classes is taken from the data
    ClassifierFeatures features;
    int maxEpochs = 40;
    int patience = 6;         ///< stop after this many epochs without a better validation loss
    int batchSize = 32;
    int minStepsPerEpoch = 5; ///< small data sets are drawn from several times per epoch
    double learningRate = 1e-3; ///< Adam; halved when the validation loss stalls for patience/2
    double validationFraction = 0.15; ///< per class, at least one clip once a class has three
    std::uint64_t seed = 1;
    int threads = 0; ///< torch intra-op threads; 0 leaves torch's setting
    bool augment = true;
    double shiftSeconds = 0.1;           ///< time shift, uniform in ±this
    double gainDb = 6.0;                 ///< gain, uniform in ±this
    double noiseProbability = 0.8;       ///< white or pink noise ...
    double minSnrDb = 5.0, maxSnrDb = 40.0; ///< ... at an SNR drawn uniformly from this range
    /// SpecAugment on the log-mel: this many frequency masks of up to freqMaskBands bands and
    /// time masks of up to timeMaskFrames frames, set to the clip's mean (0 after normalization).
    int freqMasks = 0, freqMaskBands = 6;
    int timeMasks = 0, timeMaskFrames = 12;
    /// Vocal tract length perturbation (Jaitly and Hinton, 2013): each training log-mel's
    /// frequency axis stretched by a factor drawn uniformly from [1 - vtlp, 1 + vtlp], as a
    /// longer or shorter vocal tract moves every formant; 0 turns it off.
    double vtlp = 0.0;
};

/** What one epoch reports; validation numbers are NaN without a validation split. */
struct ClassifierEpoch
{
    int epoch = 0; ///< from 1
    int maxEpochs = 0;
    double trainLoss = 0.0, trainAccuracy = 0.0;
    double validationLoss = 0.0, validationAccuracy = 0.0;
    bool best = false; ///< the best validation loss so far: these weights are kept
};

struct ClassifierTrainResult
{
    AudioClassifierCheckpoint checkpoint; ///< the weights of the best epoch
    ClassifierEvaluation evaluation;      ///< on the validation split (training set when none)
    bool evaluatedOnTraining = false;
    int epochs = 0, bestEpoch = 0;
    bool stoppedEarly = false;
    double seconds = 0.0;
};

/**
 * Trains the seed's classifier with Adam and cross-entropy: a class-stratified
 * train/validation split; batches drawn class by class so each class is seen
 * equally often (class balancing); each clip shifted, scaled and given noise
 * (augmentation) before its log-mel is taken; early stopping on the
 * validation loss, keeping the best epoch's weights. Runs on the calling
 * thread; progress may cancel (wb::Cancelled); onEpoch sees every epoch.
 * Bad options or data (fewer than two classes with examples) throw wb::Error.
 * Same seed and data, same run.
 */
ClassifierTrainResult trainAudioClassifier(const ClassifierDataset &data,
                                           const ClassifierTrainOptions &options,
                                           const ProgressFn &progress = {},
                                           const std::function<void(const ClassifierEpoch &)> &onEpoch = {});

class AudioClassifier;
/**
 * Scores every clip of data with model; data's classes are matched to the
 * model's by name (wb::Error when the model lacks one). The confusion matrix
 * has the model's classes. Any thread; progress may cancel.
 */
ClassifierEvaluation evaluateClassifier(const AudioClassifier &model, const ClassifierDataset &data,
                                        const ProgressFn &progress = {});

/**
 * The VTLP warp of a log-mel's bands, nMels x nMels row-major: band b of the warped log-mel
 * reads the original at the frequency f_b / alpha (linear interpolation between neighbouring
 * bands; past the edges the edge band), so alpha > 1 moves every formant up, as a shorter
 * vocal tract does. Each row sums to 1; alpha 1 gives the identity.
 */
std::vector<float> vtlpWarpMatrix(const ClassifierFeatures &features, double alpha);

/** Sets LibTorch's intra-op threads; n <= 0 leaves them. */
void setClassifierThreads(int n);

} // namespace wb

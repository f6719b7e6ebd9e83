#pragma once
#include "AudioClassifierCheckpoint.h"

#include <memory>
#include <string>
#include <vector>

namespace wb {

/** One clip's class probabilities (softmax, in the checkpoint's class order). */
struct ClassifierScores
{
    std::vector<float> probabilities;
    int top = -1; ///< the most probable class
};

/**
 * A loaded audio classifier, ready to score clips: holds the network (on the
 * CPU, in evaluation mode) built from an AudioClassifierCheckpoint. classify()
 * may be called from any thread; calls are serialized by an internal mutex.
 * Bad input (empty audio, non-finite samples, a rate it cannot resample)
 * throws wb::Error. The header has no torch include.
 */
class AudioClassifier
{
public:
    explicit AudioClassifier(AudioClassifierCheckpoint checkpoint);
    ~AudioClassifier();
    AudioClassifier(const AudioClassifier &) = delete;
    AudioClassifier &operator=(const AudioClassifier &) = delete;

    static std::shared_ptr<AudioClassifier> load(const std::string &path);

    const AudioClassifierCheckpoint &checkpoint() const { return m_checkpoint; }
    const std::vector<std::string> &classNames() const { return m_checkpoint.classNames; }

    /** Scores mono samples at sampleRate: resampled, then fitted to one clip (fitClip). */
    ClassifierScores classify(const std::vector<float> &samples, int sampleRate) const;
    /** Scores clips already at the feature rate and length, in one batch. */
    std::vector<ClassifierScores> classifyClips(const std::vector<std::vector<float>> &clips) const;
    /** Reads an audio file (any format libsndfile reads) and scores it. */
    ClassifierScores classifyFile(const std::string &path) const;

private:
    struct Private;
    AudioClassifierCheckpoint m_checkpoint;
    std::unique_ptr<Private> d;
};

} // namespace wb

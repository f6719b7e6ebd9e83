#pragma once
#include "SafeTensors.h"

#include <map>
#include <string>
#include <vector>

namespace wb {

/**
 * What the classifier hears: a clip of `seconds` at sampleRate, as a log-mel
 * spectrogram (power, natural log) normalized per clip to zero mean and unit
 * variance, so the level of a recording does not matter (optionally each band
 * to zero mean, see bandMean). Value type; any thread.
 */
struct ClassifierFeatures
{
    int sampleRate = 16000;
    int nFft = 512;
    int winLength = 400; ///< 25 ms
    int hop = 160;       ///< 10 ms
    int nMels = 40;
    float fmin = 20.0f;
    float fmax = 8000.0f;
    double seconds = 1.0;
    /** Also subtract each mel band's mean over the clip (cepstral mean normalization): removes a
     * fixed spectral colouring, a voice's or a microphone's, before the clip-wide scaling.
     * Checkpoints written without it read as false. */
    bool bandMean = false;

    int clipSamples() const;
    int frames() const; ///< 1 + clipSamples / hop (librosa's centred framing): 101
    void validate() const; ///< wb::Error for absurd values
    /** The normalized log-mel of a clip of clipSamples(), [nMels][frames] row-major. */
    std::vector<float> logMel(const std::vector<float> &clip) const;
    /**
     * Any recording made into one clip: a longer one gives the clipSamples()
     * window with the most energy, a shorter one is centred between zeros.
     */
    std::vector<float> fitClip(const std::vector<float> &samples) const;
    std::map<std::string, std::string> toMetadata() const;
    static ClassifierFeatures fromMetadata(const std::map<std::string, std::string> &m,
                                           const std::string &source);
};

/** The network's shape: three conv blocks, a hidden layer, one output per class. */
struct ClassifierConfig
{
    int classes = 2;
    int channels1 = 32, channels2 = 64, channels3 = 128;
    int hidden = 256;
    float dropout = 0.3f;

    void validate() const;
    std::string describe() const;
    std::map<std::string, std::string> toMetadata() const;
    static ClassifierConfig fromMetadata(const std::map<std::string, std::string> &m,
                                         const std::string &source);
    bool operator==(const ClassifierConfig &o) const { return toMetadata() == o.toMetadata(); }
};

/**
 * How a classifier did on labelled clips: confusion[true][predicted] counts,
 * and the measures read from it. Value type; any thread.
 */
struct ClassifierEvaluation
{
    std::vector<std::string> classNames;
    std::vector<std::vector<int>> confusion;

    int total() const;
    double accuracy() const;
    double precision(int c) const; ///< NaN when the class was never predicted
    double recall(int c) const;    ///< NaN when the class has no example
    std::string toJson() const;
    /** Empty evaluation for empty or malformed text. */
    static ClassifierEvaluation fromJson(const std::string &json);
};

/**
 * A trained audio classifier in one safetensors file: the network's shape,
 * the feature settings, the class names, the parameters (PyTorch state_dict
 * names) and notes (training time, held-out accuracy and confusion...).
 * Loading checks every parameter's presence and shape; a missing, corrupt or
 * foreign file throws wb::Error naming it. No torch here.
 */
class AudioClassifierCheckpoint
{
public:
    ClassifierConfig config;
    ClassifierFeatures features;
    std::vector<std::string> classNames;
    SafeTensors parameters;
    std::map<std::string, std::string> notes;

    void save(const std::string &path) const;
    static AudioClassifierCheckpoint load(const std::string &path);
    long long parameterCount() const;
    /** The parameter names and shapes a network of config has. */
    static std::map<std::string, std::vector<std::int64_t>> expectedShapes(const ClassifierConfig &c);
};

} // namespace wb

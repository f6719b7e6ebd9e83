#pragma once
#include "SafeTensors.h"

#include <map>
#include <string>
#include <vector>

namespace wb {

/**
 * What the speaker encoder hears, as in GE2E/SV2TTS: 40 mel bands of 25 ms
 * windows every 10 ms at 16 kHz, log-compressed, each band's mean over the
 * utterance removed (so the microphone's colouring matters less) and scaled
 * by one global deviation; an utterance is judged in windows of windowFrames
 * (1.6 s) every windowStep frames. Value type; any thread.
 */
struct SpeakerFeatures
{
    int sampleRate = 16000;
    int nFft = 512;
    int winLength = 400;
    int hop = 160;
    int nMels = 40;
    int windowFrames = 160;
    int windowStep = 80;
    double trimDb = 40.0; ///< leading/trailing frames this far below the loudest are dropped

    void validate() const;
    /**
     * Normalized log-mel of mono samples at sampleRate (resample first),
     * [frames][nMels] row-major, with leading and trailing silence trimmed.
     * Empty when the audio holds no sound above the trim level.
     */
    std::vector<float> frames(const std::vector<float> &samples) const;
    std::map<std::string, std::string> toMetadata() const;
    static SpeakerFeatures fromMetadata(const std::map<std::string, std::string> &m,
                                        const std::string &source);
};

/** The network: an LSTM stack over mel frames, a linear projection, L2 normalization. */
struct SpeakerEncoderConfig
{
    int nMels = 40;
    int hidden = 256;
    int layers = 3;
    int embedding = 256;

    void validate() const;
    std::string describe() const;
    std::map<std::string, std::string> toMetadata() const;
    static SpeakerEncoderConfig fromMetadata(const std::map<std::string, std::string> &m,
                                             const std::string &source);
};

/**
 * A trained speaker encoder in one safetensors file: configuration, feature
 * settings, parameters (PyTorch state_dict names: lstm.weight_ih_l0, ...,
 * proj.weight, proj.bias) and notes (the speakers it was trained on, steps,
 * time, held-out EER). A missing, corrupt or foreign file throws wb::Error
 * naming it; shapes are checked when a network loads it. No torch here.
 */
class SpeakerEncoderCheckpoint
{
public:
    SpeakerEncoderConfig config;
    SpeakerFeatures features;
    SafeTensors parameters;
    std::map<std::string, std::string> notes;

    void save(const std::string &path) const;
    static SpeakerEncoderCheckpoint load(const std::string &path);
    long long parameterCount() const;
    /** The speakers named in the notes' "train_speakers" (one per line). */
    std::vector<std::string> trainingSpeakers() const;
};

} // namespace wb

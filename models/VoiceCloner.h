#pragma once
#include "Progress.h"
#include "TextToSpeech.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace wb {

class SpeakerEncoder;

/** One cloned utterance and how close it came to the voice it imitates. */
struct CloneResult
{
    TtsResult tts;                         ///< every stage; tts.audio carries the watermark
    std::vector<float> referenceEmbedding; ///< the voice asked for (unit length)
    std::vector<float> outputEmbedding;    ///< the speaker encoder's embedding of tts.audio
    double similarityToReference = 0.0;    ///< cosine similarity of the two
    std::string nearestTrainingVoice;      ///< the training speaker the output is closest to
    double similarityToNearestTraining = 0.0;
    bool watermarked = false;
    double watermarkSnrDb = 0.0; ///< unmarked-to-mark power ratio of tts.audio
};

/**
 * Voice cloning as SV2TTS does it: a reference recording -> speaker
 * encoder -> embedding -> the multi-speaker FastSpeech 2 (the embedding,
 * projected, added to its encoder output) -> mel -> vocoder -> audio, which
 * then gets the project's inaudible watermark (core/Watermark) and is
 * measured against the reference with the same encoder. One object per
 * thread. wb::Error for a single-speaker model, an encoder whose embedding
 * size differs from the model's, and everything TextToSpeech refuses.
 */
class VoiceCloner
{
public:
    VoiceCloner(std::shared_ptr<const SpeakerEncoder> encoder, FastSpeech2Checkpoint multiSpeaker);
    ~VoiceCloner();
    /** The encoder and the multi-speaker model from files (the shipped ones when empty). */
    static std::unique_ptr<VoiceCloner> fromFiles(const std::string &encoderPath = {},
                                                  const std::string &modelPath = {});

    const SpeakerEncoder &encoder() const;
    TextToSpeech &tts();
    /** The training speakers' names and mean embeddings, from the model's notes. */
    const std::vector<std::string> &trainingVoices() const;
    const std::vector<std::vector<float>> &trainingCentroids() const;
    /** The multi-speaker model's notes (training figures, "clone_eval_*" from `speaker clone-eval --record`). */
    const std::map<std::string, std::string> &modelNotes() const;

    /** Speaks text in the voice of referenceEmbedding (e.g. SpeakerEncoder::embed of a recording). */
    CloneResult clone(const std::string &text, const std::vector<float> &referenceEmbedding,
                      const TtsControls &controls = {}, bool watermark = true,
                      const ProgressFn &progress = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wb

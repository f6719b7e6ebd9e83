#pragma once
#include "Progress.h"
#include "TextToSpeech.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace wb {

class SpeakerEncoder;
struct TtsItem;

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
    /// The embedding the model was conditioned on for the kept pass (the reference itself
    /// unless refinement moved it).
    std::vector<float> conditioningEmbedding;
    /// Similarity of each pass's clone to the reference (one entry without refinement;
    /// empty when the clip was too short to judge).
    std::vector<double> passSimilarities;
    int keptPass = 0; ///< index into passSimilarities of the pass returned
    /// Added to the controls' pitch shift to meet CloneOptions::referenceF0Hz (0 when not asked).
    double pitchShiftSemitones = 0.0;
    double cloneF0Hz = 0.0; ///< the median F0 the model gave the voice before that shift (0: not asked)
};

/** A reference recording and what it says, for VoiceCloner::adaptToRecordings. */
struct TranscribedRecording
{
    std::string name; ///< a file's path or a recording's name, for messages; may be empty
    const std::vector<float> *samples = nullptr; ///< mono
    int sampleRate = 0;
    std::string text;
};

/** How VoiceCloner::clone works. */
struct CloneOptions
{
    bool watermark = true;
    /// Analysis by synthesis in the embedding space: after each pass, the embedding the model
    /// is conditioned on moves by refineStep times the difference between the reference's
    /// embedding and the clone's, so a model that lands every voice a little off (towards
    /// the voices it knows best) is steered back. The pass whose clone is nearest the
    /// reference is kept; a pass that comes out worse halves the step and starts again from
    /// the best so far. 0 passes conditions on the reference alone (SV2TTS); at most 8.
    int refinePasses = 0;
    double refineStep = 1.0; ///< 0.1-3
    /// The reference speaker's median F0 (speechMedianF0 of the reference recordings). When
    /// above 0, one more synthesis finds the F0 the model gives the voice (predictedMedianF0),
    /// and the clone is shifted by the difference (at most an octave): the embedding steers
    /// pitch only roughly.
    double referenceF0Hz = 0.0;
};

/** The median F0 of speech in Hz (pYIN over 60-600 Hz on voiced frames); 0 when none is voiced. */
double speechMedianF0(const std::vector<float> &samples, int sampleRate);
/**
 * The median F0 the acoustic model gave an utterance (Hz): its per-symbol pitch spread over
 * the durations, which is what TtsControls::pitchSemitones shifts; pYIN on the audio when
 * the model predicts no pitch (Tacotron 2). 0 when neither finds any.
 */
double predictedMedianF0(const TtsResult &r);

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
    /**
     * The reference's long-term spectrum as the model hears it (referenceSpectrum in
     * CorpusFeatures.h, on the model's own log-mel): set TtsControls::referenceSpectrum to it, or
     * to the average (averageSpectrum) of several references'. A model that takes none
     * (takesReferenceSpectrum false) ignores it; wb::Error for silence.
     */
    std::vector<float> referenceSpectrum(const std::vector<float> &mono, int sampleRate) const;
    /** The same for recordings on disk, averaged; wb::Error naming an unreadable one. */
    std::vector<float> referenceSpectrumOfFiles(const std::vector<std::string> &paths) const;
    bool takesReferenceSpectrum() const;
    /** The multi-speaker model's notes (training figures, "clone_eval_*" from `speaker clone-eval --record`). */
    const std::map<std::string, std::string> &modelNotes() const;

    /**
     * Speaks text in the voice of referenceEmbedding (e.g. SpeakerEncoder::embed of a
     * recording); with options.refinePasses, 1 + refinePasses syntheses (progress spans all).
     */
    CloneResult clone(const std::string &text, const std::vector<float> &referenceEmbedding,
                      const TtsControls &controls = {}, const CloneOptions &options = {},
                      const ProgressFn &progress = {});

    /**
     * A recording's own log-mel (on the model's grid) back through the vocoder controls choose
     * (Griffin-Lim or source-filter), with no acoustic model: what the mel and the vocoder alone
     * keep of a voice, the ceiling for a clone made through them. Audio at the model's rate.
     */
    std::vector<float> revocode(const std::vector<float> &mono, int sampleRate, const TtsControls &controls) const;

    /**
     * A recording of known text, made ready to adapt the model on (adapt): the model speaks the
     * text in the reference's voice, dynamic time warping (dtwMatch, on mean-normalized log-mels)
     * matches the recording's frames to the synthetic ones, and each symbol takes the recorded
     * frames matched to its own; pitch and energy come from the recording (utteranceFeatures),
     * leveled to -20 dBFS first as the corpus was. wb::Error for text with nothing sayable, a
     * recording too long to align, or a transcript whose phonemes would come at under 2.5 or
     * over 30 a second (speech has 8 to 15: its words are not the recording's).
     */
    TtsItem transcribe(const std::string &text, const std::vector<float> &mono, int sampleRate,
                       const std::vector<float> &referenceEmbedding, const std::vector<float> &referenceSpectrum);
    /**
     * Speaker adaptation (Arik et al. 2018): fine-tunes the whole multi-speaker model on the
     * reference's own transcribed utterances (transcribe), each conditioned on the reference's
     * embedding and spectrum as a clone is, for `steps` Adam steps (1-2000; peak learning rate
     * lr, reached after a fifth of them). Later clones use the adapted model until
     * resetAdaptation. Returns the mean mel loss (L1, normalized) of the last tenth of the
     * steps. progress may cancel (wb::Cancelled), leaving the model as it was.
     */
    double adapt(std::vector<TtsItem> references, const std::vector<float> &referenceEmbedding,
                 const std::vector<float> &referenceSpectrum, int steps, double lr = 3e-4,
                 const ProgressFn &progress = {}, const std::string &tag = {});
    /** transcribe each recording, then adapt on them all; a recording that cannot be aligned is
     * named in the wb::Error. */
    double adaptToRecordings(const std::vector<TranscribedRecording> &recordings,
                             const std::vector<float> &referenceEmbedding, const std::vector<float> &referenceSpectrum,
                             int steps, double lr = 3e-4, const ProgressFn &progress = {}, const std::string &tag = {});
    /** Back to the model as loaded. */
    void resetAdaptation();
    bool adapted() const;
    /** What the caller named the current adaptation (adapt's tag), so the same references need
     * not be adapted to twice; empty when not adapted. */
    const std::string &adaptationTag() const;
    double adaptationLoss() const; ///< adapt's result for the current adaptation (0 when none)

private:
    void judge(CloneResult &r) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wb

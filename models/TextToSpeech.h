#pragma once
#include "FastSpeech2Checkpoint.h"
#include "Tacotron2Checkpoint.h"
#include "Matrix.h"
#include "Progress.h"
#include "SourceFilter.h"
#include "text/TextFrontEnd.h"
#include "WaveNetVocoder.h"

#include <memory>
#include <string>
#include <vector>

namespace wb {

/** The vocoder that turns the predicted mel into audio. */
enum class TtsVocoder
{
    GriffinLim,   ///< phase recovery, no model
    WaveNet,      ///< the mel-conditioned WaveNet (TextToSpeech::setVocoder)
    SourceFilter, ///< mel-cepstrum and F0 through an MLSA filter, as flite's own voices speak
};

/** "griffinlim", "wavenet", "sourcefilter". */
std::string ttsVocoderId(TtsVocoder v);
/** The inverse of ttsVocoderId(); wb::Error naming the three for anything else. */
TtsVocoder ttsVocoderFromId(const std::string &id);

/** What the user can change at inference. */
struct TtsControls
{
    double speed = 1.0;          ///< 0.5-2, above 1 is faster
    double pitchSemitones = 0.0; ///< -12..12
    double energyScale = 1.0;    ///< 0.25-4, multiplies the predicted loudness
    int griffinLimIterations = 32;
    std::uint32_t seed = 0; ///< Griffin-Lim's initial phase, the WaveNet vocoder's draws
    TtsVocoder vocoder = TtsVocoder::GriffinLim;
    float waveNetTemperature = 0.6f; ///< the WaveNet vocoder's sampling temperature, 0-2 (0.6 loses fewer words than 1)
    /// The voice, for a multi-speaker FastSpeech 2 (a speaker encoder's embedding); empty otherwise.
    std::vector<float> speakerEmbedding;
    /// The reference's long-term spectrum (referenceSpectrum in CorpusFeatures.h), for a model
    /// trained to hear it as well (FastSpeech2Config::referenceSpectrum); ignored otherwise.
    std::vector<float> referenceSpectrum;

    void validate() const; ///< wb::Error naming the control out of range
};

/** Seconds spent per stage of one synthesis. */
struct TtsTimings
{
    double frontEnd = 0.0, acoustic = 0.0, vocoder = 0.0;
    double total() const { return frontEnd + acoustic + vocoder; }
};

/** Every intermediate result of one utterance, for the tab's stages and the CLI's JSON. */
struct TtsResult
{
    std::string model;          ///< "fastspeech2" or "tacotron2"
    text::Utterance utterance;  ///< normalized text, words, symbols
    /** Frames per symbol: FastSpeech 2's predictions, or for Tacotron 2 the frames whose
     * attention peaked on each symbol. */
    std::vector<int> durations;
    /** Tacotron 2's attention: [decoder steps][symbols]; empty for FastSpeech 2. */
    Matrix alignment;
    int reduction = 1; ///< frames per decoder step (Tacotron 2)
    std::vector<float> pitchHz; ///< predicted F0 per symbol (0 for symbols without frames)
    std::vector<float> energy;  ///< predicted RMS per symbol
    Matrix logMel;              ///< [nMels][frames], natural-log mel power
    std::string vocoder;        ///< ttsVocoderId(): "griffinlim", "wavenet" or "sourcefilter"
    /** The source-filter vocoder's F0 per mel frame (Hz, 0 = unvoiced); empty for the others. */
    std::vector<float> vocoderF0;
    std::vector<float> audio;
    int sampleRate = 0;
    TtsTimings timings;
    double audioSeconds() const { return sampleRate > 0 ? double(audio.size()) / sampleRate : 0.0; }
    double realTimeFactor() const
    {
        return audioSeconds() > 0.0 ? timings.total() / audioSeconds() : 0.0;
    }
};

/**
 * The TTS pipeline with an acoustic model (FastSpeech 2 or Tacotron 2) and
 * the Griffin-Lim vocoder: text -> text front-end -> symbol ids (the
 * checkpoint's own table) -> acoustic model -> log-mel -> non-negative
 * least-squares inverse of the mel filterbank -> Griffin-Lim -> audio.
 * Tacotron 2 has no pitch control (a non-zero shift is refused); its speed
 * control resamples the predicted frames. One object per thread. Empty
 * text, text over TextFrontEnd::kMaxChars, symbols the model's table lacks,
 * and controls out of range throw wb::Error with one line; progress may
 * cancel.
 */
class TextToSpeech
{
public:
    explicit TextToSpeech(FastSpeech2Checkpoint checkpoint);
    explicit TextToSpeech(Tacotron2Checkpoint checkpoint);
    ~TextToSpeech();
    TextToSpeech(const TextToSpeech &) = delete;
    TextToSpeech &operator=(const TextToSpeech &) = delete;

    /** Either kind of checkpoint, told apart by its format tag; wb::Error for anything else. */
    static std::unique_ptr<TextToSpeech> fromFile(const std::string &path);

    std::string modelId() const;   ///< "fastspeech2" or "tacotron2"
    std::string modelName() const; ///< "FastSpeech 2" or "Tacotron 2"
    std::string describe() const;  ///< the configuration, one line
    long long parameterCount() const;
    /** The speaker embedding size a multi-speaker model takes; 0 for one voice. */
    int speakerDim() const;
    /** Whether the multi-speaker model also takes the reference's spectrum (TtsControls::referenceSpectrum). */
    bool takesReferenceSpectrum() const;
    const TtsFeatureSpec &features() const;
    const text::SymbolTable &symbols() const;
    const std::map<std::string, std::string> &notes() const;

    /** One sentence or a short paragraph. */
    TtsResult speak(const std::string &text, const TtsControls &controls = {},
                    const ProgressFn &progress = {});
    /**
     * Long text: split into sentences, each spoken in turn (progress per
     * sentence), joined with pauseSeconds of silence. Timings are summed;
     * the result's stages describe the last sentence.
     */
    TtsResult speakLong(const std::string &text, const TtsControls &controls = {},
                        double pauseSeconds = 0.35, const ProgressFn &progress = {});

    /** The WaveNet vocoder TtsVocoder::WaveNet asks for; wb::Error when its mel grid
     * differs from the acoustic model's. Null removes it. */
    void setVocoder(std::shared_ptr<const WaveNetVocoder> vocoder);
    bool hasVocoder() const;
    std::shared_ptr<const WaveNetVocoder> waveNetVocoder() const;

    /** Griffin-Lim vocoder alone: log-mel [nMels][frames] on spec's grid -> audio. */
    static std::vector<float> griffinLimVocoder(const Matrix &logMel, const TtsFeatureSpec &spec,
                                                int iterations, std::uint32_t seed,
                                                const ProgressFn &progress = {});
    /** Source-filter vocoder alone: log-mel [nMels][frames] on spec's grid -> audio, its F0 and
     * mel-cepstrum. f0 (one value per frame, Hz, 0 = unvoiced) or null to estimate it. */
    static SourceFilterResult sourceFilterVocoder(const Matrix &logMel, const TtsFeatureSpec &spec,
                                                  std::uint32_t seed, const std::vector<float> *f0 = nullptr,
                                                  const ProgressFn &progress = {});
    /** Sets LibTorch's intra-op threads for inference; n <= 0 leaves them. */
    static void setThreads(int n);
    /** Sentences of a long text, as speakLong() splits it. */
    static std::vector<std::string> sentences(const std::string &text);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wb

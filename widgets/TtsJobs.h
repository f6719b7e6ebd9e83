#pragma once
#include "AudioBuffer.h"
#include "Matrix.h"
#include "ModelBackend.h"
#include "TextToSpeech.h"
#include "WaveformSummary.h"

#include <QMetaType>
#include <QString>

#include <memory>
#include <mutex>

namespace wb {

/**
 * The Text-to-Speech tab's backend jobs: loading an acoustic model checkpoint (FastSpeech 2 or Tacotron 2)
 * and speaking a text with it. A loaded model is a TtsEngine: the
 * TextToSpeech object (not thread-safe, so every job takes its mutex) plus a
 * few figures read once at load, which the GUI may show without touching
 * the model. A spoken text comes back as a TtsOutput with everything the
 * stage views draw already prepared on the worker. Errors leave the jobs as
 * exceptions (wb::Error with a one-line message), which the backend turns
 * into failed().
 */
namespace ttsjobs {

struct TtsEngine
{
    QString path;        ///< the checkpoint file
    QString model;       ///< "fastspeech2" or "tacotron2"
    QString description; ///< configuration, one line
    long long parameters = 0;
    QString steps; ///< training steps, from the checkpoint's notes (may be empty)
    int sampleRate = 22050;
    int hop = 256;
    double fmax = 8000.0;
    bool hasVocoder = false; ///< the shipped WaveNet vocoder is loaded into tts
    QString vocoderProblem;  ///< why not, one line
    std::mutex mutex; ///< held by the job using tts
    std::unique_ptr<TextToSpeech> tts;
};

using Engine = std::shared_ptr<TtsEngine>;

/** What one Speak produces, ready to draw. */
struct TtsOutput
{
    TtsResult result;
    Matrix melDb; ///< result.logMel in dB (10 log10 of the mel power), for the spectrogram view
    std::shared_ptr<const AudioBuffer> audio;
    std::shared_ptr<const WaveformSummary> summary;
    int sentences = 1;               ///< in the text, as TextToSpeech::sentences() splits it
    bool sentenceBySentence = false; ///< spoken one sentence at a time: the stages show the last
    int hop = 256;
    double fmax = 8000.0;
};

using Output = std::shared_ptr<const TtsOutput>;

/** Texts with more sentences than this are spoken one sentence at a time (TextToSpeech::speakLong).
 */
constexpr int kSentencesAtOnce = 3;

/** Both acoustic models on the same text (the Compare action). */
struct TtsComparison
{
    Output fastSpeech, tacotron;
    /** Acoustic-model seconds per second of speech, Tacotron 2's over FastSpeech 2's. */
    double acousticSpeedup() const;
};
using Comparison = std::shared_ptr<const TtsComparison>;

/** Reads a checkpoint and builds the model; the result is an Engine in a QVariant. */
ModelBackend::JobFn load(const QString &path);
/** Speaks text; the result is an Output in a QVariant. */
ModelBackend::JobFn speak(Engine engine, const QString &text, const TtsControls &controls);
/** Loads both checkpoints and speaks text with each (pitch shift 0 for Tacotron 2, which has
 * none); the result is a Comparison in a QVariant. */
ModelBackend::JobFn compare(const QString &fastSpeechPath, const QString &tacotronPath,
                            const QString &text, const TtsControls &controls);

} // namespace ttsjobs
} // namespace wb

Q_DECLARE_METATYPE(wb::ttsjobs::Engine)
Q_DECLARE_METATYPE(wb::ttsjobs::Output)
Q_DECLARE_METATYPE(wb::ttsjobs::Comparison)

#pragma once
#include "AudioBuffer.h"
#include "Matrix.h"
#include "ModelBackend.h"
#include "SpeakerMap.h"
#include "TextToSpeech.h"
#include "VoiceCloner.h"
#include "Watermark.h"
#include "WaveformSummary.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace wb {

class SpeakerEncoder;

/**
 * The Voice Cloning tab's backend jobs: loading the speaker encoder, the
 * speaker map and the multi-speaker model; embedding a reference; cloning a
 * text; looking for the watermark. Each returns its result in a QVariant
 * and throws wb::Error (one line) for what the backend turns into failed().
 * The loaded models are shared, read-only, between jobs; the cloner is not
 * thread-safe, so the clone job takes its mutex.
 */
namespace cloningjobs {

/** The file names of the shipped speaker map and independent judge (assets/models). */
constexpr const char *kBundledSpeakerMap = "speaker_map.safetensors";
constexpr const char *kBundledSpeakerJudge = "speaker_judge.safetensors";

/** Which files to load; empty: the shipped one. */
struct AssetPaths
{
    QString encoder, map, model;
};

/** What is loaded, and why each missing part is missing (one translated-by-caller line each). */
struct CloningAssets
{
    AssetPaths paths; ///< the files actually read (empty where none)
    std::shared_ptr<const SpeakerEncoder> encoder;
    QString encoderProblem;
    double heldOutEer = -1.0; ///< 0-1; < 0 when the checkpoint does not say
    int heldOutSpeakers = 0;
    QString encoderSteps;

    std::shared_ptr<const SpeakerMap> map;
    QString mapProblem;
    MapProjection projection;
    std::vector<std::pair<double, double>> points; ///< each utterance on the map

    std::shared_ptr<VoiceCloner> cloner;
    std::shared_ptr<std::mutex> clonerMutex;
    QString modelProblem;
    QStringList trainingVoices;
    double cloneEvalRate = -1.0; ///< 0-1: clones of unseen voices closest to their own; < 0 when unrecorded
    int cloneEvalTrials = 0, cloneEvalSpeakers = 0;
    int cloneEvalRefine = 0; ///< the refinement passes that figure was measured with
    /// The same clones scored by an independent speaker encoder (< 0 when unrecorded): one that
    /// refinement never consulted, so it shows how much of the figure is the clone fitting its judge.
    double cloneEvalJudgedRate = -1.0;
    int cloneEvalJudgedRefine = 0;
    double judgeEer = -1.0; ///< that judge's equal error rate on the unseen voices (< 0 when unknown)
    double cloneEvalRealRate = -1.0; ///< the same test on the voices' own recordings: the ceiling
    /// The shipped independent speaker encoder (the clone test's judge), when it is there: the
    /// tab shows its similarity of each clone to the references beside the cloner's own.
    std::shared_ptr<const SpeakerEncoder> judge;
    /// The same test with speaker adaptation (cloneEvalAdapt steps), by the cloner's encoder and
    /// by the independent judge; < 0 when unrecorded.
    double cloneEvalAdaptedRate = -1.0, cloneEvalAdaptedJudgedRate = -1.0;
    int cloneEvalAdapt = 0;

    bool canEmbed() const { return bool(encoder); }
    bool canClone() const { return bool(cloner); }
};
using Assets = std::shared_ptr<const CloningAssets>;

/** A reference voice: the trimmed audio and its embedding. */
struct Reference
{
    QString name;   ///< file name, or "Recording n"
    QString path;   ///< the file it came from; empty for a recording
    std::shared_ptr<const AudioBuffer> audio; ///< mono, silence trimmed
    double seconds = 0.0;
    double trimmedSeconds = 0.0; ///< silence removed
    std::vector<float> embedding;
    double medianF0 = 0.0; ///< Hz, speechMedianF0 of the trimmed audio; 0 when nothing was voiced
    /// What the recording says, word for word (the passage read, or a file's .txt/.lab beside it);
    /// empty when unknown. Adaptation fine-tunes on the references that have one.
    QString transcript;
};

/** What one reference gives the clone job: its trimmed audio and its transcript. */
struct ReferenceTake
{
    std::shared_ptr<const AudioBuffer> audio;
    QString transcript;
};

/** One Clone, ready to draw. */
struct CloneOutput
{
    CloneResult result;
    Matrix melDb; ///< result.tts.logMel in dB
    std::shared_ptr<const AudioBuffer> audio;
    std::shared_ptr<const WaveformSummary> summary;
    int hop = 256;
    double fmax = 8000.0;
    bool hasPoint = false;
    std::pair<double, double> point; ///< the clone on the map
    int adaptSteps = 0;       ///< speaker adaptation the clone was made with (0: none)
    int adaptReferences = 0;  ///< the transcribed references it fine-tuned on
    double adaptLoss = 0.0;   ///< its final mel loss
    bool adaptReused = false; ///< the model was already adapted to these references
    /// The independent judge's cosine similarity of the clone to the references (CloningAssets::judge);
    /// NaN without a judge or when the clone is too short for it.
    double judgedSimilarity = std::numeric_limits<double>::quiet_NaN();
};
using Output = std::shared_ptr<const CloneOutput>;

/** A watermark search on a clip. */
struct Detection
{
    QString source; ///< file name, or empty for the current clip
    WatermarkDetection result;
};

/** Leading and trailing audio more than 40 dB below the loudest 20 ms frame removed. */
AudioBuffer trimSilence(const AudioBuffer &mono, double *removedSeconds = nullptr);

/** Loads whatever of the three it can; a missing or bad part is a problem, never a failure. */
ModelBackend::JobFn loadAssets(const AssetPaths &paths);
/** The transcript beside an audio file: the first of NAME.txt and NAME.lab that exists, its
 * lines joined; empty when there is none. */
QString sidecarTranscript(const QString &audioPath);
/** Reads an audio file (and trims it) and embeds it, with its sidecarTranscript; result: Reference. */
ModelBackend::JobFn embedFile(Assets assets, const QString &path);
/** Embeds recorded audio (trimmed first); transcript is what was read; result: Reference. */
ModelBackend::JobFn embedAudio(Assets assets, std::shared_ptr<const AudioBuffer> audio, const QString &name,
                               const QString &transcript = QString());
/**
 * Speaks text in the voice of embedding, watermarked; result: Output. A model that also hears
 * the reference's spectrum takes it from the references' audio (averaged). With adaptSteps > 0
 * the model is first fine-tuned on the references that have a transcript (VoiceCloner::adapt;
 * the first 60% of the progress), unless it already is for these references and steps; wb::Error
 * when none has one.
 */
ModelBackend::JobFn clone(Assets assets, const QString &text, std::vector<float> embedding,
                          std::vector<ReferenceTake> references, const TtsControls &controls,
                          const CloneOptions &options, int adaptSteps = 0);
/** Looks for the watermark in audio (or, with audio null, in the file at path); result: Detection. */
ModelBackend::JobFn detect(std::shared_ptr<const AudioBuffer> audio, const QString &path);

} // namespace cloningjobs
} // namespace wb

Q_DECLARE_METATYPE(wb::cloningjobs::Assets)
Q_DECLARE_METATYPE(wb::cloningjobs::Reference)
Q_DECLARE_METATYPE(wb::cloningjobs::Output)
Q_DECLARE_METATYPE(wb::cloningjobs::Detection)

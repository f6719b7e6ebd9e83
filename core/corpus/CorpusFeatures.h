#pragma once
#include "CorpusReader.h"
#include "Matrix.h"
#include "Progress.h"

#include <string>
#include <vector>

namespace wb {

/** The usual TTS features: 80-band log-mel at 22,050 Hz, n_fft 1024, hop 256, fmax 8000. */
struct FeatureParams
{
    int sampleRate = 22050;
    int nFft = 1024;
    int hop = 256;
    int nMels = 80;
    float fmin = 0.0f;
    float fmax = 8000.0f;
    float logFloor = 1e-5f; ///< log-mel is ln(max(mel power, logFloor))
    double f0Min = 65.0;
    double f0Max = 1000.0;
    int threads = 0; ///< 0: one per core, at most 4
};

struct FeatureReport
{
    std::string folder; ///< where the .npy files are: <corpus>/features
    int computed = 0;
    int cached = 0;                    ///< up to date already, not recomputed
    std::vector<std::string> problems; ///< utterances skipped, one line each
};

/**
 * Computes, for every utterance of the corpus, on the same frame grid
 * (frame t at t * hop / sampleRate, 1 + samples / hop frames):
 * <id>.mel.npy (float32 [nMels, frames], natural-log mel power),
 * <id>.f0.npy (Hz per frame, 0 unvoiced, pYIN) and <id>.energy.npy (RMS per
 * frame), in <corpus>/features/; where the corpus builder left an alignment,
 * also <id>.durations.npy (float32 frames per input symbol, summing to the
 * frame count; a mismatch is reported as a problem). Files newer than their audio are kept.
 * Utterances are spread over threads; an unreadable or corrupt file is
 * reported and skipped, never fatal. progress may cancel (wb::Cancelled).
 */
FeatureReport computeCorpusFeatures(const Corpus &corpus, const FeatureParams &params,
                                    const ProgressFn &progress = {});

/** One recording's features, as computeCorpusFeatures writes them: log-mel [nMels][frames],
 * F0 per frame (Hz, 0 = unvoiced, pYIN) and RMS per frame, on the same frames. */
struct UtteranceFeatures
{
    Matrix logMel;
    std::vector<float> f0, energy;
};
/** UtteranceFeatures of mono audio at params.sampleRate. */
UtteranceFeatures utteranceFeatures(const std::vector<float> &samples, const FeatureParams &params = {});

/** The TTS log-mel of mono audio at any rate (resampled to params.sampleRate first):
 * [nMels][frames], natural-log mel power, as <id>.mel.npy holds it. */
Matrix ttsLogMel(const std::vector<float> &samples, int sampleRate, const FeatureParams &params = {});

/**
 * A voice's long-term spectrum, level removed: the mean log-mel of each band over the frames
 * within 7 nats (about 30 dB) of the loudest, minus the mean over bands, divided by 3 (so most
 * values lie within +-1). It carries the formants and the tilt that tell voices apart and not
 * the recording's loudness. logMel is [nMels][frames] as ttsLogMel gives it; wb::Error when it
 * has no frame. A multi-speaker FastSpeech 2 with FastSpeech2Config::referenceSpectrum hears it.
 */
std::vector<float> referenceSpectrum(const Matrix &logMel);
/** referenceSpectrum of a recording: leveled to a corpus's -20 dBFS first (normalizeLoudness),
 * as the training utterances were, then through ttsLogMel. */
std::vector<float> referenceSpectrumOfAudio(std::vector<float> samples, int sampleRate,
                                            const FeatureParams &params = {});
/** The mean of several references' spectra, as their embeddings are averaged. */
std::vector<float> averageSpectrum(const std::vector<std::vector<float>> &spectra);

} // namespace wb

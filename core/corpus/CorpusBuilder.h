#pragma once
#include "Progress.h"
#include "Voices.h"

#include <string>
#include <vector>

namespace wb {

struct CorpusBuildOptions
{
    std::string outDir;            ///< must not exist yet, or be an empty folder
    std::vector<VoiceSpec> voices; ///< empty: defaultVoices()
    int sentences = 1000;          ///< utterances in all, spread evenly over the voices
    unsigned seed = 1;             ///< which generated sentences, which voice says which
    int sampleRate = 22050;
    int hop = 256;             ///< the features' frame grid, for durations in frames
    double trimDb = 40.0;      ///< leading/trailing audio this far below the loudest 20 ms is cut
    double loudnessDb = -20.0; ///< RMS of the speech (silences left out), dBFS
    int threads = 0;           ///< 0: one per core
};

struct CorpusBuildReport
{
    std::string dir;
    int utterances = 0;
    int speakers = 0;
    double audioSeconds = 0.0;
    double wallSeconds = 0.0;
    std::vector<std::string> problems; ///< sentences a voice could not say, skipped
};

/**
 * Builds a speech corpus from local synthesizers, in the LJSpeech layout so
 * every reader and trainer takes it:
 *
 * - wavs/<id>.wav: 16-bit mono at sampleRate, leading and trailing silence
 *   trimmed, loudness-normalized;
 * - metadata.csv: id|text|normalized text|speaker;
 * - alignments/<id>.json: the speaker, the voice settings, the front-end's
 *   symbols (text::TextFrontEnd, exactly what a model reads at inference) and
 *   each symbol's duration in frames of hop samples (summing to
 *   1 + samples / hop), plus the synthesizer's own phone times;
 * - speakers.json (each voice's settings and utterance count), symbols.json
 *   (the symbol table) and corpus.json (how it was built).
 *
 * It is written to a temporary folder beside outDir and renamed when
 * complete, so a failed or cancelled build leaves nothing half made. Any
 * thread may call; progress (from the calling thread) may cancel.
 */
CorpusBuildReport buildCorpus(const CorpusBuildOptions &options, const ProgressFn &progress = {});

/** Scales speech to loudnessDb RMS over its active windows (within about 30 dB of the loudest
 * 20 ms), never past a peak of 0.95: how the corpus's utterances are leveled. */
void normalizeLoudness(std::vector<float> &x, int rate, double loudnessDb);

/** One utterance's alignment, as buildCorpus writes it. */
struct Alignment
{
    std::string speaker;
    std::vector<std::string> symbols;
    std::vector<int> durations; ///< frames per symbol
    int hop = 0;
    int sampleRate = 0;
    long long samples = 0;
};

/** Reads <corpus>/alignments/<id>.json; false when there is none. Throws wb::Error when it is
 * corrupt. */
bool readAlignment(const std::string &corpusDir, const std::string &id, Alignment &out);

} // namespace wb

#pragma once
#include "FastSpeech2Checkpoint.h"
#include "Matrix.h"
#include "Progress.h"

#include <map>
#include <string>
#include <vector>

namespace wb {

struct UtteranceFeatures;

/** One training utterance: symbol ids with their durations, pitch and energy, and its mel frames.
 */
struct TtsItem
{
    std::string id;
    std::string speaker;
    std::vector<int> ids;       ///< symbol ids
    std::vector<int> durations; ///< frames per symbol
    std::vector<float> pitch; ///< per symbol: normalized ln F0 over its voiced frames; 0 when none
    std::vector<float>
        energy; ///< per symbol: normalized ln(RMS + 1e-4); 0 for symbols without frames
    Matrix mel; ///< [frames][nMels], normalized per band
    std::vector<float> speakerEmbedding; ///< empty for one-voice training
    /// The utterance's long-term spectrum (referenceSpectrum in CorpusFeatures.h), from its
    /// log-mel before normalization: what a model with FastSpeech2Config::referenceSpectrum hears.
    std::vector<float> referenceSpectrum;
};

/**
 * One transcribed recording as a training item in spec's normalization: symbol ids, frames per
 * symbol (summing to the feature frames), and the recording's features (utteranceFeatures in
 * CorpusFeatures.h). Pitch and energy are averaged per symbol as a corpus's are. wb::Error when
 * the durations do not add up to the frames or the mel has another band count.
 */
TtsItem transcribedItem(const std::vector<int> &ids, const std::vector<int> &durations,
                        const UtteranceFeatures &features, const TtsFeatureSpec &spec);

/**
 * A corpus made by `wavebench corpus build`, ready for an acoustic model:
 * features are computed (or taken from the cache) with core's corpus
 * features, symbols from each alignment are encoded with the symbol table,
 * pitch and energy averaged per phoneme, and everything normalized with
 * statistics kept in spec (saved with the model). Utterances without an
 * alignment, with symbols outside the table, or whose features disagree with
 * the alignment are skipped and listed in problems; none usable throws wb::Error.
 */
struct TtsDataset
{
    std::vector<TtsItem> items;
    TtsFeatureSpec spec;
    text::SymbolTable symbols = text::SymbolTable::englishIpa();
    std::vector<std::string> problems;

    static TtsDataset load(const std::string &corpusDir, const ProgressFn &progress = {});
    /**
     * Gives each item its speaker embedding, by utterance id, for multi-speaker
     * training; items without one are dropped and listed in problems.
     * wb::Error when none is left or the embeddings differ in size.
     */
    void attachSpeakerEmbeddings(const std::map<std::string, std::vector<float>> &byId);
    /** The embedding size (0 without embeddings). */
    int speakerDim() const;
    /** Each speaker's mean embedding, made unit length, by name. */
    std::map<std::string, std::vector<float>> speakerCentroids() const;
};

} // namespace wb

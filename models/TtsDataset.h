#pragma once
#include "FastSpeech2Checkpoint.h"
#include "Matrix.h"
#include "Progress.h"

#include <string>
#include <vector>

namespace wb {

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
};

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
};

} // namespace wb

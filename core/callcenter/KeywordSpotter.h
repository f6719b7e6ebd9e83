#pragma once
#include "Progress.h"

#include <memory>
#include <string>
#include <vector>

namespace wb {

/** A word the recognizer heard: lower case, times in seconds from the start of the call. */
struct RecognizedWord
{
    int party = 0;
    std::string word;
    double start = 0.0;
    double end = 0.0;
    double confidence = 0.0; ///< pocketsphinx's posterior, 0-1
};

/** A watch-list term (one word or a phrase) found among the recognized words. */
struct KeywordHit
{
    int party = 0;
    std::string term;
    double start = 0.0;
    double end = 0.0;
    double confidence = 0.0; ///< the lowest of its words'
};

/**
 * Finds watch-list words in speech: pocketsphinx (CMU Sphinx, US English
 * acoustic model, its trigram language model and CMU dictionary) decodes each
 * stretch of speech into timed words, and the watch list is matched against
 * them. Full decoding was chosen over pocketsphinx's keyword-spotting search
 * because on the synthetic voices the latter needs a per-word threshold and
 * still fires on unrelated words; decoding also yields a transcript for the
 * report. Terms are matched on whole words; a term ending in '*' matches any
 * word it begins ("refund*" finds "refunds", "refunded").
 *
 * One object per thread (the decoder is not thread-safe); loading takes about
 * a second. The constructor throws wb::Error when the model is missing
 * (WB_POCKETSPHINX_MODEL overrides the folder holding en-us/); recognize()
 * throws wb::Cancelled when progress returns false.
 */
class KeywordSpotter
{
public:
    KeywordSpotter();
    ~KeywordSpotter();
    KeywordSpotter(const KeywordSpotter &) = delete;
    KeywordSpotter &operator=(const KeywordSpotter &) = delete;

    /** The rate recognize() expects. */
    static constexpr int kSampleRate = 16000;
    /** The folder with en-us/, en-us.lm.bin and cmudict-en-us.dict. */
    static std::string modelDirectory();

    /**
     * Decodes mono 16 kHz samples as one utterance; word times are offset by
     * `offset` seconds and tagged with `party`. Silence and filler tokens are
     * dropped, alternate pronunciations ("to(2)") folded to the word.
     */
    std::vector<RecognizedWord> recognize(const float *samples, std::size_t count, double offset,
                                          int party, const ProgressFn &progress = {});
    /** Whether the dictionary knows every word of term (a '*' term: its stem is not checked). */
    bool knows(const std::string &term) const;

    /** Lower-cases a term and collapses its spaces; empty for a term with no letters. */
    static std::string normalizeTerm(const std::string &term);
    /** Every occurrence of each term among words (one party's consecutive words for a phrase). */
    static std::vector<KeywordHit> match(const std::vector<RecognizedWord> &words,
                                         const std::vector<std::string> &terms);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wb

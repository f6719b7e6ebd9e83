#pragma once
#include "SymbolTable.h"
#include "TextNormalizer.h"

#include <string>
#include <vector>

namespace wb::text {

/** One word of an utterance: as normalized, its phonemes, and the pause after it (if any). */
struct PhonemeWord
{
    std::string word;
    std::vector<std::string> phonemes;
    std::string pauseAfter; ///< one of , ; : . ! ? or empty
};

/** What the front-end makes of a text. */
struct Utterance
{
    std::string text;       ///< as given
    std::string normalized; ///< words spelled out, pauses as punctuation
    std::vector<PhonemeWord> words;
    /** The model's input: each word's phonemes, its pause, and " " between words. */
    std::vector<std::string> symbols;
};

/**
 * The English text front-end: TextNormalizer, then Phonemizer word by word,
 * then the symbol sequence a model reads. The corpus builder and inference both
 * call process(), so the same text always gives the same symbols (espeak-ng
 * runs under one lock, word by word, and is cached per word). Long text is
 * handled sentence by sentence. Any thread may call. A user's bad input (empty
 * text, nothing sayable, over kMaxChars) throws wb::Error with a one-line message.
 */
class TextFrontEnd
{
public:
    /** Longer texts are refused: a front-end call is meant for a paragraph, not a book. */
    static constexpr std::size_t kMaxChars = 100000;

    static Utterance process(const std::string &text);
    /** Ids of the utterance's symbols in table; unknown symbols become <unk> and are listed in *unknown. */
    static std::vector<int> ids(const Utterance &utterance, const SymbolTable &table = SymbolTable::englishIpa(),
                                std::vector<std::string> *unknown = nullptr);
};

} // namespace wb::text

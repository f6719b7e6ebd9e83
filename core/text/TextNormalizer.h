#pragma once
#include <string>
#include <vector>

namespace wb::text {

/** One unit of normalized text: a word to say, or a pause made by punctuation. */
struct TextToken
{
    enum class Kind { Word, Pause };
    Kind kind = Kind::Word;
    /** A word as it is said ("twenty-one", "doctor"), or one of the pause symbols , ; : . ! ? */
    std::string text;
    /** A letter read by its name (the "P" of "p.m."), not as a word. */
    bool spelled = false;

    bool isWord() const { return kind == Kind::Word; }
    bool operator==(const TextToken &o) const
    {
        return kind == o.kind && text == o.text && spelled == o.spelled;
    }
};

/**
 * English text normalization: what a listener expects to hear for written
 * text. Numbers (-3.5, 1,234), ordinals (22nd), years (1999, 2005, 2010),
 * decades (1990s), currency ($3.50, £5, €2), percentages, times (3:30 pm),
 * a few units (16 kHz), common abbreviations (Dr., St., e.g., vs.) and
 * symbols (&, +, %) become words; the punctuation , ; : . ! ? (and dashes,
 * brackets, ellipses) becomes pause tokens, repeated pauses collapsed into the
 * strongest. Deterministic and table-driven (NormalizerTables.cpp); pure
 * functions, callable from any thread. Never throws for odd input: characters
 * it cannot say are dropped.
 */
class TextNormalizer
{
public:
    /** UTF-8 text in, words and pauses out (no leading pause; empty when nothing is sayable). */
    static std::vector<TextToken> normalize(const std::string &text);
    /** Tokens as readable text: words spaced, pauses attached ("hello, world."). */
    static std::string join(const std::vector<TextToken> &tokens);
    /** Tokens split after each sentence-final pause (. ! ?), for chunked processing. */
    static std::vector<std::vector<TextToken>> sentences(const std::vector<TextToken> &tokens);
};

} // namespace wb::text

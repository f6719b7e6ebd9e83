#include "TextFrontEnd.h"

#include "Error.h"
#include "Phonemizer.h"
#include "Utf8.h"

#include <cctype>

namespace wb::text {

namespace {

bool isStress(const std::string &s) { return s == "\xCB\x88" || s == "\xCB\x8C"; }

/** Whether a phoneme symbol is a vowel (its first letter is an IPA vowel). */
bool isVowel(const std::string &symbol)
{
    static const char32_t kVowels[] = {U'i', U'ɪ', U'e', U'ɛ', U'æ', U'a', U'ɑ', U'ɒ', U'ɔ', U'o',
                                       U'ʊ', U'u', U'ʌ', U'ə', U'ɚ', U'ɐ', U'ᵻ', U'ɜ'};
    if (symbol.empty())
        return false;
    std::size_t i = 0;
    const char32_t first = utf8::decode(symbol, i);
    for (char32_t v : kVowels)
        if (first == v)
            return true;
    return false;
}

bool startsWithVowel(const std::vector<std::string> &phonemes)
{
    for (const std::string &p : phonemes)
        if (!isStress(p))
            return isVowel(p);
    return false;
}

bool isThe(const std::string &word)
{
    return word.size() == 3 && std::tolower(static_cast<unsigned char>(word[0])) == 't' &&
           std::tolower(static_cast<unsigned char>(word[1])) == 'h' &&
           std::tolower(static_cast<unsigned char>(word[2])) == 'e';
}

/** Phonemes of one sentence's tokens appended to u. */
void phonemize(const std::vector<TextToken> &sentence, Utterance &u)
{
    const std::size_t first = u.words.size();
    for (const TextToken &t : sentence) {
        if (t.isWord())
            u.words.push_back({t.text, Phonemizer::word(t.text, t.spelled), {}});
        else if (!u.words.empty()) // the normalizer never starts with a pause
            u.words.back().pauseAfter = t.text;
    }
    // Word by word, "the" is always ðə; before a vowel a speaker says ðɪ (as espeak-ng does in context).
    for (std::size_t k = first; k + 1 < u.words.size(); ++k) {
        PhonemeWord &w = u.words[k];
        if (isThe(w.word) && w.pauseAfter.empty() && startsWithVowel(u.words[k + 1].phonemes))
            for (std::string &p : w.phonemes)
                if (p == "\xC9\x99") // ə
                    p = "\xC9\xAA";  // ɪ
    }
}

} // namespace

Utterance TextFrontEnd::process(const std::string &text)
{
    bool blank = true;
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c)))
            blank = false;
    if (blank)
        throw Error("the text is empty");
    if (text.size() > kMaxChars)
        throw Error("the text is too long (" + std::to_string(text.size()) + " bytes; at most " +
                    std::to_string(kMaxChars) + ")");

    Utterance u;
    u.text = text;
    const std::vector<TextToken> tokens = TextNormalizer::normalize(text);
    u.normalized = TextNormalizer::join(tokens);
    for (const auto &sentence : TextNormalizer::sentences(tokens))
        phonemize(sentence, u);
    if (u.words.empty())
        throw Error("nothing to say: the text has no words");

    for (std::size_t k = 0; k < u.words.size(); ++k) {
        const PhonemeWord &w = u.words[k];
        u.symbols.insert(u.symbols.end(), w.phonemes.begin(), w.phonemes.end());
        if (!w.pauseAfter.empty())
            u.symbols.push_back(w.pauseAfter);
        if (k + 1 < u.words.size())
            u.symbols.push_back(SymbolTable::kWordBoundary);
    }
    return u;
}

std::vector<int> TextFrontEnd::ids(const Utterance &utterance, const SymbolTable &table,
                                   std::vector<std::string> *unknown)
{
    return table.encode(utterance.symbols, unknown);
}

} // namespace wb::text

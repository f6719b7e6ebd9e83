#include "Phonemizer.h"

#include "Error.h"
#include "Espeak.h"

#include <espeak-ng/speak_lib.h>

#include <unordered_map>

namespace wb::text {

namespace {

constexpr const char *kVoice = "en-us";
constexpr char kSeparator = '_';
// Longer "words" (a run of 10,000 letters) are fed to espeak-ng in pieces of this many bytes.
constexpr std::size_t kMaxWordBytes = 64;
constexpr std::size_t kMaxCached = 50000;

const std::string kPrimary = "\xCB\x88";   // ˈ
const std::string kSecondary = "\xCB\x8C"; // ˌ

/** Phonemes per word; used only with an EspeakSession held, which guards it. */
std::unordered_map<std::string, std::vector<std::string>> &cache()
{
    static std::unordered_map<std::string, std::vector<std::string>> words;
    return words;
}

/** Splits espeak-ng's "h_ə_l_ˈoʊ" into symbols, stress marks apart. */
void appendSymbols(const std::string &phonemes, std::vector<std::string> &out)
{
    std::string unit;
    auto flush = [&] {
        if (!unit.empty())
            out.push_back(unit);
        unit.clear();
    };
    for (std::size_t i = 0; i < phonemes.size();) {
        const char c = phonemes[i];
        if (c == kSeparator || c == ' ' || c == '\n') {
            flush();
            ++i;
        } else if (phonemes.compare(i, 2, kPrimary) == 0 ||
                   phonemes.compare(i, 2, kSecondary) == 0) {
            flush();
            out.push_back(phonemes.substr(i, 2));
            i += 2;
        } else {
            unit += c;
            ++i;
        }
    }
    flush();
}

/** Called with an EspeakSession held. */
std::vector<std::string> runEspeak(const std::string &text)
{
    std::vector<std::string> out;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = std::min(text.size(), start + kMaxWordBytes);
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            --end; // never cut a UTF-8 sequence
        const std::string piece = text.substr(start, end - start);
        const void *cursor = piece.c_str();
        const int mode = espeakPHONEMES_IPA | (int(kSeparator) << 8);
        while (cursor) {
            const char *phonemes = espeak_TextToPhonemes(&cursor, espeakCHARS_UTF8, mode);
            if (phonemes)
                appendSymbols(phonemes, out);
        }
        start = end;
    }
    return out;
}

} // namespace

std::vector<std::string> Phonemizer::word(const std::string &utf8Word, bool spelled)
{
    // Read alone, the article "a" would be the letter's name.
    if (!spelled && (utf8Word == "a" || utf8Word == "A"))
        return {"\xC9\x90"}; // ɐ, as espeak-ng says it inside a sentence
    const std::string key = (spelled ? "\x01" : "") + utf8Word;
    EspeakSession session;
    auto &words = cache();
    const auto hit = words.find(key);
    if (hit != words.end())
        return hit->second;
    session.useVoice(kVoice);
    std::vector<std::string> phonemes = runEspeak(utf8Word);
    if (words.size() >= kMaxCached)
        words.clear();
    words.emplace(key, phonemes);
    return phonemes;
}

std::string Phonemizer::description()
{
    EspeakSession session;
    return "espeak-ng " + session.version() + ' ' + kVoice;
}

} // namespace wb::text

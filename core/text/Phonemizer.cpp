#include "Phonemizer.h"

#include "Error.h"

#include <espeak-ng/speak_lib.h>

#include <mutex>
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

std::mutex &espeakMutex()
{
    static std::mutex m;
    return m;
}

struct State
{
    bool initialized = false;
    std::string failure; // set when initialization failed; every later call reports it
    std::string version;
    std::unordered_map<std::string, std::vector<std::string>> cache;
};

State &state()
{
    static State s;
    return s;
}

/** Called with the mutex held. */
void ensureInitialized(State &s)
{
    if (s.initialized)
        return;
    if (!s.failure.empty())
        throw Error(s.failure);
    // espeakINITIALIZE_DONT_EXIT: a missing data folder must not end the whole program.
    const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
    if (rate <= 0) {
        s.failure = "espeak-ng could not start (is espeak-ng-data installed?)";
        throw Error(s.failure);
    }
    if (espeak_SetVoiceByName(kVoice) != EE_OK) {
        s.failure = std::string("espeak-ng has no voice '") + kVoice + "' (is espeak-ng-data installed?)";
        throw Error(s.failure);
    }
    const char *path = nullptr;
    const char *version = espeak_Info(&path);
    s.version = version ? version : "";
    s.initialized = true;
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
        } else if (phonemes.compare(i, 2, kPrimary) == 0 || phonemes.compare(i, 2, kSecondary) == 0) {
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

/** Called with the mutex held. */
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
    std::lock_guard<std::mutex> lock(espeakMutex());
    State &s = state();
    ensureInitialized(s);
    const auto hit = s.cache.find(key);
    if (hit != s.cache.end())
        return hit->second;
    std::vector<std::string> phonemes = runEspeak(utf8Word);
    if (s.cache.size() >= kMaxCached)
        s.cache.clear();
    s.cache.emplace(key, phonemes);
    return phonemes;
}

std::string Phonemizer::description()
{
    std::lock_guard<std::mutex> lock(espeakMutex());
    State &s = state();
    ensureInitialized(s);
    return "espeak-ng " + s.version + ' ' + kVoice;
}

} // namespace wb::text

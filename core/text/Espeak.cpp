#include "Espeak.h"

#include "Error.h"

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <cstring>

namespace wb::text {

namespace {

std::mutex &engineMutex()
{
    static std::mutex m;
    return m;
}

struct Engine
{
    bool initialized = false;
    std::string failure; // set when initialization failed; every later session reports it
    std::string version;
    std::string dataPath; // espeak-ng-data, whose voices/!v holds the variants
    std::string voice;
    int sampleRate = 0;
    EspeakSession::Speech *sink = nullptr; // where the callback writes, during speak()
};

Engine &engine()
{
    static Engine e;
    return e;
}

const std::string kPrimary = "\xCB\x88";   // ˈ
const std::string kSecondary = "\xCB\x8C"; // ˌ

std::string withoutStress(std::string ipa)
{
    for (const std::string *mark : {&kPrimary, &kSecondary})
        for (std::size_t at = ipa.find(*mark); at != std::string::npos; at = ipa.find(*mark))
            ipa.erase(at, mark->size());
    return ipa;
}

int collect(short *wav, int count, espeak_EVENT *events)
{
    EspeakSession::Speech *sink = engine().sink;
    if (!sink)
        return 0;
    if (wav && count > 0)
        for (int i = 0; i < count; ++i)
            sink->samples.push_back(wav[i] / 32768.0f);
    for (espeak_EVENT *e = events; e && e->type != espeakEVENT_LIST_TERMINATED; ++e)
        if (e->type == espeakEVENT_PHONEME)
            sink->phonemes.push_back(
                {withoutStress(e->id.string), static_cast<long long>(e->sample)});
    return 0;
}

} // namespace

EspeakSession::EspeakSession() : m_lock(engineMutex())
{
    Engine &e = engine();
    if (e.initialized)
        return;
    if (!e.failure.empty())
        throw Error(e.failure);
    // espeakINITIALIZE_DONT_EXIT: a missing data folder must not end the whole program.
    const int rate =
        espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr,
                          espeakINITIALIZE_DONT_EXIT | espeakINITIALIZE_PHONEME_EVENTS |
                              espeakINITIALIZE_PHONEME_IPA);
    if (rate <= 0) {
        e.failure = "espeak-ng could not start (is espeak-ng-data installed?)";
        throw Error(e.failure);
    }
    espeak_SetSynthCallback(collect);
    const char *path = nullptr;
    const char *version = espeak_Info(&path);
    e.version = version ? version : "";
    e.dataPath = path ? path : "";
    e.sampleRate = rate;
    e.initialized = true;
}

void EspeakSession::useVoice(const std::string &name)
{
    Engine &e = engine();
    if (e.voice == name)
        return;
    // espeak-ng quietly speaks the plain language for a variant it does not have ("en-us+Adam" is
    // en-us): a voice list with a misspelt variant would hold two copies of one voice.
    if (const auto plus = name.find('+'); plus != std::string::npos && !e.dataPath.empty()) {
        const std::string variant = name.substr(plus + 1);
        const std::string folder = e.dataPath + "/voices/!v/";
        if (variant.empty() || variant.find('/') != std::string::npos ||
            !std::filesystem::is_regular_file(folder + variant)) {
            std::string hint;
            std::error_code ec;
            for (const auto &entry : std::filesystem::directory_iterator(folder, ec)) {
                const std::string other = entry.path().filename().string();
                if (other.size() == variant.size() &&
                    std::equal(other.begin(), other.end(), variant.begin(), [](char a, char b) {
                        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
                    }))
                    hint = " (variant names are case-sensitive: did you mean '" + other + "'?)";
            }
            throw Error("espeak-ng has no variant '" + variant + "' in " + folder + hint);
        }
    }
    if (espeak_SetVoiceByName(name.c_str()) != EE_OK)
        throw Error("espeak-ng has no voice '" + name + "' (is espeak-ng-data installed?)");
    e.voice = name;
}

std::string EspeakSession::version() const
{
    return engine().version;
}

EspeakSession::Speech EspeakSession::speak(const std::string &text, int rateWpm, int pitch,
                                           int range)
{
    Engine &e = engine();
    if (e.voice.empty())
        throw Error("espeak-ng: no voice selected");
    espeak_SetParameter(espeakRATE, std::clamp(rateWpm, 80, 450), 0);
    espeak_SetParameter(espeakPITCH, std::clamp(pitch, 0, 100), 0);
    espeak_SetParameter(espeakRANGE, std::clamp(range, 0, 100), 0);
    Speech speech;
    speech.sampleRate = e.sampleRate;
    e.sink = &speech;
    const espeak_ERROR status = espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0,
                                             espeakCHARS_UTF8, nullptr, nullptr);
    espeak_Synchronize();
    e.sink = nullptr;
    if (status != EE_OK)
        throw Error("espeak-ng could not speak the text");
    return speech;
}

} // namespace wb::text

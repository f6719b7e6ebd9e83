#include "Voices.h"

#include "Error.h"
#include "text/Espeak.h"

extern "C" {
#include <flite/flite.h>
cst_voice *register_cmu_us_slt(const char *voxdir);
cst_voice *register_cmu_us_rms(const char *voxdir);
cst_voice *register_cmu_us_awb(const char *voxdir);
cst_voice *register_cmu_us_kal16(const char *voxdir);
}

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <mutex>
#include <sstream>

namespace wb {

namespace {

constexpr int kEspeakRate = 175; // espeak-ng's default words per minute
constexpr int kEspeakMid = 50;   // espeak-ng's pitch and range scales are 0-100, 50 the voice's own

std::string factor(double value)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", value);
    return buf;
}

/** flite's US English phone set (CMU ARPAbet) as espeak-ng writes the same sounds in IPA. */
const std::map<std::string, std::string> &arpabetToIpa()
{
    static const std::map<std::string, std::string> table = {
        {"aa", "ɑː"}, {"ae", "æ"},  {"ah", "ʌ"},  {"ao", "ɔː"}, {"aw", "aʊ"}, {"ax", "ə"},
        {"axr", "ɚ"}, {"ay", "aɪ"}, {"eh", "ɛ"},  {"er", "ɜː"}, {"ey", "eɪ"}, {"ih", "ɪ"},
        {"ix", "ɪ"},  {"iy", "iː"}, {"ow", "oʊ"}, {"oy", "ɔɪ"}, {"uh", "ʊ"},  {"uw", "uː"},
        {"b", "b"},   {"ch", "tʃ"}, {"d", "d"},   {"dh", "ð"},  {"dx", "ɾ"},  {"el", "əl"},
        {"em", "m"},  {"en", "n̩"},  {"f", "f"},   {"g", "ɡ"},   {"hh", "h"},  {"jh", "dʒ"},
        {"k", "k"},   {"l", "l"},   {"m", "m"},   {"n", "n"},   {"ng", "ŋ"},  {"nx", "ŋ"},
        {"p", "p"},   {"r", "ɹ"},   {"s", "s"},   {"sh", "ʃ"},  {"t", "t"},   {"th", "θ"},
        {"v", "v"},   {"w", "w"},   {"y", "j"},   {"z", "z"},   {"zh", "ʒ"},  {"pau", ""},
        {"h#", ""},
    };
    return table;
}

std::mutex &fliteMutex()
{
    static std::mutex m;
    return m;
}

/** Called with fliteMutex held. */
cst_voice *fliteVoice(const std::string &base)
{
    static bool initialized = false;
    static std::map<std::string, cst_voice *> voices;
    if (!initialized) {
        flite_init();
        initialized = true;
    }
    const auto hit = voices.find(base);
    if (hit != voices.end())
        return hit->second;
    cst_voice *voice = nullptr;
    if (base == "slt")
        voice = register_cmu_us_slt(nullptr);
    else if (base == "rms")
        voice = register_cmu_us_rms(nullptr);
    else if (base == "awb")
        voice = register_cmu_us_awb(nullptr);
    else if (base == "kal16")
        voice = register_cmu_us_kal16(nullptr);
    if (!voice)
        throw Error("flite has no voice '" + base + "' (slt, rms, awb, kal16)");
    voices.emplace(base, voice);
    return voice;
}

SynthesizedSpeech speakFlite(const VoiceSpec &voice, const std::string &text)
{
    std::lock_guard<std::mutex> lock(fliteMutex());
    cst_voice *v = fliteVoice(voice.base);
    // The settings go on this utterance (whose features fall back to the
    // voice's), so the shared voice object is never changed.
    cst_utterance *u = new_utterance();
    utt_set_input_text(u, text.c_str());
    utt_init(u, v);
    feat_set_float(u->features, "duration_stretch", float(voice.tract / voice.rate));
    feat_set_float(u->features, "f0_shift", float(voice.pitch / voice.tract));
    if (!utt_synth(u)) {
        delete_utterance(u);
        throw Error("flite could not speak '" + text + "'");
    }
    SynthesizedSpeech out;
    const cst_wave *w = utt_wave(u);
    out.sampleRate = w->sample_rate;
    out.samples.resize(static_cast<std::size_t>(w->num_samples));
    for (int i = 0; i < w->num_samples; ++i)
        out.samples[i] = w->samples[i] / 32768.0f;
    double start = 0.0;
    for (const cst_item *s = relation_head(utt_relation(u, "Segment")); s; s = item_next(s)) {
        const std::string name = item_feat_string(s, "name");
        const double end = item_feat_float(s, "end");
        const auto ipa = arpabetToIpa().find(name);
        out.phones.push_back(
            {ipa == arpabetToIpa().end() ? name : ipa->second, start, std::max(start, end)});
        start = std::max(start, end);
    }
    delete_utterance(u);
    return out;
}

SynthesizedSpeech speakEspeak(const VoiceSpec &voice, const std::string &text)
{
    text::EspeakSession session;
    session.useVoice(voice.base);
    const int rate = int(std::lround(kEspeakRate * voice.rate / voice.tract));
    // espeak-ng's pitch scale doubles the voice's pitch about every 50 steps.
    const int pitch = int(std::lround(kEspeakMid + 50.0 * std::log2(voice.pitch / voice.tract)));
    text::EspeakSession::Speech speech = session.speak(text, rate, pitch, kEspeakMid);
    SynthesizedSpeech out;
    out.sampleRate = speech.sampleRate;
    out.samples = std::move(speech.samples);
    const double total = double(out.samples.size()) / out.sampleRate;
    for (std::size_t i = 0; i < speech.phonemes.size(); ++i) {
        const double start = std::min(total, double(speech.phonemes[i].sample) / out.sampleRate);
        const double end =
            i + 1 < speech.phonemes.size()
                ? std::min(total, double(speech.phonemes[i + 1].sample) / out.sampleRate)
                : total;
        out.phones.push_back({speech.phonemes[i].ipa, start, std::max(start, end)});
    }
    if (!out.phones.empty() && out.phones.front().start > 0.0)
        out.phones.insert(out.phones.begin(), {"", 0.0, out.phones.front().start});
    return out;
}

} // namespace

std::string VoiceSpec::name() const
{
    std::string id = engine + '-' + base;
    if (std::abs(pitch - 1.0) > 1e-9)
        id += "-p" + factor(pitch);
    if (std::abs(rate - 1.0) > 1e-9)
        id += "-r" + factor(rate);
    if (std::abs(tract - 1.0) > 1e-9)
        id += "-t" + factor(tract);
    return id;
}

VoiceSpec VoiceSpec::parse(const std::string &text)
{
    for (const VoiceSpec &v : defaultVoices())
        if (v.name() == text)
            return v;
    std::vector<std::string> parts;
    std::stringstream in(text);
    for (std::string part; std::getline(in, part, ':');)
        parts.push_back(part);
    if (parts.size() < 2)
        throw Error("voice '" + text +
                    "': expected a default voice's name (see `wavebench corpus voices`) or "
                    "ENGINE:VOICE[:pitch=X][:rate=X][:tract=X], e.g. flite:slt or "
                    "espeak:en-us+m3:pitch=1.1");
    VoiceSpec v;
    v.engine = parts[0];
    v.base = parts[1];
    for (std::size_t i = 2; i < parts.size(); ++i) {
        const std::string &item = parts[i];
        const std::size_t eq = item.find('=');
        const std::string key = item.substr(0, eq);
        double value = NAN;
        if (eq != std::string::npos) {
            try {
                std::size_t used = 0;
                value = std::stod(item.substr(eq + 1), &used);
                if (eq + 1 + used != item.size())
                    value = NAN;
            } catch (const std::exception &) {
                value = NAN;
            }
        }
        if (!std::isfinite(value))
            throw Error("voice '" + text + "': '" + item + "' is not KEY=NUMBER");
        if (key == "pitch")
            v.pitch = value;
        else if (key == "rate")
            v.rate = value;
        else if (key == "tract")
            v.tract = value;
        else
            throw Error("voice '" + text + "': unknown setting '" + key + "' (pitch, rate, tract)");
    }
    v.validate();
    return v;
}

std::string VoiceSpec::json() const
{
    return "{\"engine\":\"" + engine + "\",\"base\":\"" + base + "\",\"pitch\":" + factor(pitch) +
           ",\"rate\":" + factor(rate) + ",\"tract\":" + factor(tract) + "}";
}

void VoiceSpec::validate() const
{
    if (engine == "flite") {
        const auto known = fliteVoices();
        if (std::find(known.begin(), known.end(), base) == known.end())
            throw Error("flite has no voice '" + base + "' (slt, rms, awb, kal16)");
    } else if (engine == "espeak") {
        const bool plain = !base.empty() && std::all_of(base.begin(), base.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '_';
        });
        if (!plain)
            throw Error("espeak-ng voice '" + base + "' is not a voice name such as en-us+m3");
        text::EspeakSession session; // an unknown language or variant is refused here, not mid-corpus
        session.useVoice(base);
    } else {
        throw Error("unknown synthesizer '" + engine + "' (flite or espeak)");
    }
    const auto check = [&](const char *what, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi))
            throw Error(std::string("voice ") + name() + ": " + what + " " + factor(value) +
                        " is outside " + factor(lo) + "-" + factor(hi));
    };
    check("pitch", pitch, 0.5, 2.0);
    check("rate", rate, 0.5, 2.0);
    check("tract", tract, 0.8, 1.25);
}

std::vector<VoiceSpec> defaultVoices()
{
    std::vector<VoiceSpec> voices;
    for (const char *base : {"slt", "rms", "awb", "kal16"})
        voices.push_back({"flite", base});
    // Augmented flite speakers: shorter and longer vocal tracts, other pitch and pace.
    voices.push_back({"flite", "slt", 1.0, 1.0, 1.12});
    voices.push_back({"flite", "slt", 0.85, 0.95, 0.92});
    voices.push_back({"flite", "rms", 1.0, 1.0, 0.9});
    voices.push_back({"flite", "rms", 1.15, 1.1, 1.0});
    voices.push_back({"flite", "awb", 1.1, 1.0, 1.08});
    voices.push_back({"flite", "awb", 1.0, 0.9, 0.94});
    voices.push_back({"flite", "kal16", 1.2, 1.0, 1.1});
    voices.push_back({"flite", "kal16", 0.9, 1.15, 1.0});
    // espeak-ng's American English with its male and female variants.
    for (const char *variant :
         {"m1", "m2", "m3", "m4", "m5", "m6", "m7", "f1", "f2", "f3", "f4", "f5"})
        voices.push_back({"espeak", std::string("en-us+") + variant});
    voices.push_back({"espeak", "en-us+f2", 1.0, 1.0, 1.1});
    voices.push_back({"espeak", "en-us+m3", 0.9, 0.9, 0.93});
    return voices;
}

std::vector<std::string> fliteVoices()
{
    return {"slt", "rms", "awb", "kal16"};
}

SynthesizedSpeech synthesize(const VoiceSpec &voice, const std::string &text)
{
    voice.validate();
    SynthesizedSpeech out =
        voice.engine == "flite" ? speakFlite(voice, text) : speakEspeak(voice, text);
    if (out.samples.empty())
        throw Error("voice " + voice.name() + " produced no audio for '" + text + "'");
    if (std::abs(voice.tract - 1.0) > 1e-9) {
        // Played tract times faster: declare the higher rate; the resampler
        // to the corpus rate does the rest. Times shrink by the same ratio.
        const int declared = int(std::lround(out.sampleRate * voice.tract));
        const double scale = double(out.sampleRate) / declared;
        for (TimedPhone &p : out.phones) {
            p.start *= scale;
            p.end *= scale;
        }
        out.sampleRate = declared;
    }
    return out;
}

} // namespace wb

#include "KeywordClips.h"

#include "AudioFile.h"
#include "Error.h"
#include "Resampler.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace wb {

namespace {

double uniform(std::mt19937 &rng, double lo, double hi)
{
    return std::uniform_real_distribution<double>(lo, hi)(rng);
}

double rmsOf(const float *x, std::size_t n)
{
    double s = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        s += double(x[i]) * x[i];
    return n ? std::sqrt(s / double(n)) : 0.0;
}

/** White (0), pink (1) or brown (2) noise with unit RMS. */
std::vector<float> noise(std::size_t n, int colour, std::mt19937 &rng)
{
    std::normal_distribution<float> g(0.0f, 1.0f);
    std::vector<float> out(n);
    float b0 = 0, b1 = 0, b2 = 0, brown = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const float w = g(rng);
        if (colour == 1) { // Paul Kellet's economy pink filter
            b0 = 0.99765f * b0 + w * 0.0990460f;
            b1 = 0.96300f * b1 + w * 0.2965164f;
            b2 = 0.57000f * b2 + w * 1.0526913f;
            out[i] = b0 + b1 + b2 + w * 0.1848f;
        } else if (colour == 2) {
            brown = 0.995f * brown + 0.1f * w;
            out[i] = brown;
        } else {
            out[i] = w;
        }
    }
    const double r = rmsOf(out.data(), n);
    if (r > 0)
        for (float &v : out)
            v = float(v / r);
    return out;
}

void addNoise(std::vector<float> &clip, double rms, std::mt19937 &rng)
{
    const std::vector<float> n = noise(clip.size(), int(rng() % 3), rng);
    for (std::size_t i = 0; i < clip.size(); ++i)
        clip[i] += float(rms * n[i]);
}

/** The part of x louder than trimDb below its loudest 10 ms, with a 20 ms margin. */
std::vector<float> trimmed(const std::vector<float> &x, int rate, double trimDb = 40.0)
{
    const std::size_t frame = std::size_t(rate / 100);
    if (x.size() < frame)
        return x;
    std::vector<double> energy;
    for (std::size_t i = 0; i + frame <= x.size(); i += frame)
        energy.push_back(rmsOf(x.data() + i, frame));
    const double peak = *std::max_element(energy.begin(), energy.end());
    if (peak <= 0)
        return {};
    const double floor = peak * std::pow(10.0, -trimDb / 20.0);
    std::size_t first = 0, last = energy.size() - 1;
    while (first < last && energy[first] < floor)
        ++first;
    while (last > first && energy[last] < floor)
        --last;
    const std::size_t margin = std::size_t(rate / 50);
    const std::size_t a = first * frame > margin ? first * frame - margin : 0;
    const std::size_t b = std::min(x.size(), (last + 1) * frame + margin);
    return std::vector<float>(x.begin() + std::ptrdiff_t(a), x.begin() + std::ptrdiff_t(b));
}

VoiceSpec randomVariant(const VoiceSpec &base, std::mt19937 &rng, bool mild)
{
    VoiceSpec v = base;
    if (mild) {
        v.pitch = std::clamp(base.pitch * uniform(rng, 0.92, 1.08), 0.5, 2.0);
        v.rate = std::clamp(base.rate * uniform(rng, 0.9, 1.1), 0.5, 2.0);
    } else {
        v.pitch = std::clamp(base.pitch * uniform(rng, 0.85, 1.2), 0.5, 2.0);
        v.rate = std::clamp(base.rate * uniform(rng, 0.8, 1.2), 0.5, 2.0);
        v.tract = std::clamp(base.tract * uniform(rng, 0.9, 1.12), 0.8, 1.25);
    }
    // Two decimals, as voice names print them.
    v.pitch = std::round(v.pitch * 100.0) / 100.0;
    v.rate = std::round(v.rate * 100.0) / 100.0;
    v.tract = std::round(v.tract * 100.0) / 100.0;
    return v;
}

} // namespace

std::vector<std::string> keywordCommands()
{
    return {"yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go"};
}

std::vector<std::string> keywordFillerWords()
{
    return {"bed",    "bird",   "cat",     "dog",    "eight",    "five",  "four",   "happy",
            "house",  "marvin", "nine",    "one",    "seven",    "sheila", "six",   "three",
            "tree",   "two",    "wow",     "zero",   "learn",    "follow", "forward", "backward",
            "visual", "hello",  "water",   "apple",  "table",    "yellow", "green",  "maybe",
            "window", "open",   "start",   "music",  "light",    "coffee", "paper",  "kitchen",
            "tiger",  "river",  "dinner",  "listen", "morning",  "sister", "pocket", "garden"};
}

std::vector<VoiceSpec> keywordTrainVoices()
{
    std::vector<VoiceSpec> v;
    // flite has few voices: each base comes back with fixed augmentations (takes add random ones).
    for (const char *base : {"slt", "rms", "kal16"}) {
        v.push_back({"flite", base});
        v.push_back({"flite", base, 1.15, 1.0, 1.1});
        v.push_back({"flite", base, 0.85, 0.9, 0.92});
        v.push_back({"flite", base, 1.0, 1.15, 1.05});
        v.push_back({"flite", base, 0.95, 0.85, 0.96});
    }
    for (const char *variant :
         {"m1", "m2", "m3", "m5", "m6", "m8", "f1", "f2", "f5", "adam", "Andy", "boris", "david",
          "ed", "edward", "john", "linda", "max", "michel", "paul", "quincy", "rob", "robert",
          "steph", "Annie", "aunty", "belinda", "benjamin", "caleb", "Alicia", "Andrea", "Gene",
          "Lee", "Mike", "norbert", "travis", "victor", "shelby"})
        v.push_back({"espeak", std::string("en-us+") + variant});
    for (const char *accent : {"en+m1", "en-gb-scotland+m2", "en-029+f1", "en-gb-x-rp+f2",
                               "en-us-nyc+m3", "en-gb-x-rp+m1"})
        v.push_back({"espeak", accent});
    return v;
}

std::vector<VoiceSpec> keywordTestVoices()
{
    return {{"flite", "awb"},
            {"flite", "awb", 1.1, 1.0, 1.08},
            {"flite", "awb", 1.0, 0.9, 0.94},
            {"espeak", "en-us+m4"},
            {"espeak", "en-us+m7"},
            {"espeak", "en-us+f3"},
            {"espeak", "en-us+f4"}};
}

std::vector<float> keywordClip(const VoiceSpec &voice, const std::string &word,
                               const KeywordClipOptions &o, std::mt19937 &rng)
{
    const SynthesizedSpeech s = synthesize(voice, word);
    AudioBuffer audio(s.samples, s.sampleRate);
    if (s.sampleRate != o.sampleRate)
        audio = Resampler::resample(audio, o.sampleRate);
    std::vector<float> speech = trimmed(audio.samples(), o.sampleRate);
    const std::size_t n = std::size_t(std::lround(o.seconds * o.sampleRate));
    if (speech.empty())
        throw Error("voice " + voice.name() + " said nothing for '" + word + "'");
    if (speech.size() > n)
        speech.erase(speech.begin(), speech.begin() + std::ptrdiff_t((speech.size() - n) / 2));
    speech.resize(std::min(speech.size(), n));
    const double level = std::pow(10.0, uniform(rng, o.minLevelDb, o.maxLevelDb) / 20.0);
    const double r = rmsOf(speech.data(), speech.size());
    double gain = r > 0 ? level / r : 1.0;
    float peak = 0.0f;
    for (float v : speech)
        peak = std::max(peak, std::abs(v));
    gain = std::min(gain, 0.95 / std::max(1e-6f, peak));
    std::vector<float> clip(n, 0.0f);
    const std::size_t offset =
        std::uniform_int_distribution<std::size_t>(0, n - speech.size())(rng);
    for (std::size_t i = 0; i < speech.size(); ++i)
        clip[offset + i] = float(speech[i] * gain);
    const double snr = uniform(rng, o.minSnrDb, o.maxSnrDb);
    addNoise(clip, r * gain * std::pow(10.0, -snr / 20.0), rng);
    return clip;
}

std::vector<float> silenceClip(const KeywordClipOptions &o, std::mt19937 &rng)
{
    const std::size_t n = std::size_t(std::lround(o.seconds * o.sampleRate));
    std::vector<float> clip(n, 0.0f);
    const int kind = int(rng() % 10);
    if (kind == 0) { // a muted or disconnected input: near digital silence
        addNoise(clip, 1e-5, rng);
        return clip;
    }
    addNoise(clip, std::pow(10.0, uniform(rng, -75.0, -35.0) / 20.0), rng);
    if (kind <= 3) { // mains hum with harmonics, as a room or a cheap microphone has
        const double f0 = rng() % 2 ? 50.0 : 60.0;
        const double a = std::pow(10.0, uniform(rng, -70.0, -40.0) / 20.0);
        const double phase = uniform(rng, 0.0, 6.28);
        for (std::size_t i = 0; i < n; ++i) {
            const double t = double(i) / o.sampleRate;
            clip[i] += float(a * (std::sin(6.2832 * f0 * t + phase) +
                                  0.5 * std::sin(6.2832 * 3 * f0 * t + phase)));
        }
    } else if (kind <= 5) { // a slow swell, as of air or a fan speeding up
        const double depth = uniform(rng, 0.3, 0.9);
        for (std::size_t i = 0; i < n; ++i)
            clip[i] *= float(1.0 - depth * 0.5 * (1.0 + std::cos(6.2832 * double(i) / double(n))));
    }
    return clip;
}

KeywordDataReport buildKeywordData(const KeywordDataOptions &options, const ProgressFn &progress)
{
    const auto started = std::chrono::steady_clock::now();
    KeywordDataOptions o = options;
    if (o.trainVoices.empty())
        o.trainVoices = keywordTrainVoices();
    if (o.testVoices.empty())
        o.testVoices = keywordTestVoices();
    for (const VoiceSpec &v : o.trainVoices)
        v.validate();
    for (const VoiceSpec &v : o.testVoices)
        v.validate();
    if (o.trainTakes < 1 || o.trainTakes > 100 || o.testTakes < 1 || o.testTakes > 100)
        throw Error("takes must be between 1 and 100");
    if (o.outDir.empty())
        throw Error("no output folder given");
    const fs::path dir = fs::absolute(o.outDir);
    std::error_code ec;
    if (fs::exists(dir, ec) && !(fs::is_directory(dir, ec) && fs::is_empty(dir, ec)))
        throw Error("'" + o.outDir + "' already exists and is not an empty folder; nothing was written");
    const fs::path work = dir.parent_path() / (dir.filename().string() + ".partial");
    fs::remove_all(work, ec);

    std::vector<std::string> classes = keywordCommands();
    classes.push_back(kKeywordUnknown);
    classes.push_back(kKeywordSilence);
    for (const char *part : {"train", "test"})
        for (const std::string &c : classes)
            if (!fs::create_directories(work / part / c, ec))
                throw Error("cannot create '" + (work / part / c).string() + "': " + ec.message());

    const auto fillers = keywordFillerWords();
    const std::size_t total = (o.trainVoices.size() * std::size_t(o.trainTakes) +
                               o.testVoices.size() * std::size_t(o.testTakes)) *
                              (classes.size() + 1);
    std::size_t done = 0;
    KeywordDataReport report;
    std::mt19937 rng(o.seed);
    try {
        for (const bool test : {false, true}) {
            const auto &voices = test ? o.testVoices : o.trainVoices;
            const int takes = test ? o.testTakes : o.trainTakes;
            const fs::path part = work / (test ? "test" : "train");
            int &count = test ? report.testClips : report.trainClips;
            for (const VoiceSpec &base : voices) {
                for (int take = 0; take < takes; ++take) {
                    const VoiceSpec voice = take == 0 ? base : randomVariant(base, rng, test);
                    const std::string stem = voice.name() + "-" + std::to_string(take);
                    const auto save = [&](const std::string &c, const std::string &name,
                                          const std::vector<float> &clip) {
                        AudioFile::write((part / c / (name + ".wav")).string(),
                                         AudioBuffer(clip, o.clip.sampleRate));
                        ++count;
                    };
                    // Each command word, then two filler words for "unknown", then a silence.
                    std::vector<std::pair<std::string, std::string>> items;
                    for (const std::string &w : keywordCommands())
                        items.emplace_back(w, w);
                    // Two different filler words: the same one twice would write one file over the other.
                    const std::size_t first = rng() % fillers.size();
                    const std::size_t second = (first + 1 + rng() % (fillers.size() - 1)) % fillers.size();
                    for (std::size_t f : {first, second})
                        items.emplace_back(kKeywordUnknown, fillers[f]);
                    for (const auto &[c, word] : items) {
                        try {
                            save(c, stem + (c == word ? "" : "-" + word),
                                 keywordClip(voice, word, o.clip, rng));
                        } catch (const Cancelled &) {
                            throw;
                        } catch (const std::exception &e) {
                            report.problems.push_back(voice.name() + " '" + word + "': " + e.what());
                        }
                        reportProgress(progress, double(++done) / double(total));
                    }
                    save(kKeywordSilence, stem + "-silence", silenceClip(o.clip, rng));
                }
            }
        }
        QJsonObject info{{"format", "wavebench-keywords"}, {"seed", double(o.seed)},
                         {"sample_rate", o.clip.sampleRate}, {"seconds", o.clip.seconds},
                         {"train_clips", report.trainClips}, {"test_clips", report.testClips}};
        for (const bool test : {false, true}) {
            QJsonArray list;
            for (const VoiceSpec &v : test ? o.testVoices : o.trainVoices)
                list.append(QString::fromStdString(v.name()));
            info.insert(test ? "test_voices" : "train_voices", list);
        }
        QJsonArray words;
        for (const std::string &c : classes)
            words.append(QString::fromStdString(c));
        info.insert("classes", words);
        std::ofstream(work / "keywords.json")
            << QJsonDocument(info).toJson(QJsonDocument::Indented).toStdString();
        if (fs::exists(dir, ec))
            fs::remove(dir, ec);
        fs::rename(work, dir, ec);
        if (ec)
            throw Error("cannot move the data to '" + dir.string() + "': " + ec.message());
    } catch (...) {
        fs::remove_all(work, ec);
        throw;
    }
    report.wallSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

} // namespace wb

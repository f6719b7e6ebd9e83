#include "SpeakerEncoderCheckpoint.h"

#include "AcousticCheckpoint.h"
#include "Error.h"
#include "MelFilterbank.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <sstream>

namespace wb {

namespace {

constexpr const char *kFormat = "wavebench-speaker-encoder";

std::map<std::string, std::vector<std::int64_t>> expectedShapes(const SpeakerEncoderConfig &c)
{
    std::map<std::string, std::vector<std::int64_t>> s;
    const std::int64_t gates = 4 * std::int64_t(c.hidden);
    for (int l = 0; l < c.layers; ++l) {
        const std::string k = std::to_string(l);
        s["lstm.weight_ih_l" + k] = {gates, l == 0 ? c.nMels : c.hidden};
        s["lstm.weight_hh_l" + k] = {gates, c.hidden};
        s["lstm.bias_ih_l" + k] = {gates};
        s["lstm.bias_hh_l" + k] = {gates};
    }
    s["proj.weight"] = {c.embedding, c.hidden};
    s["proj.bias"] = {c.embedding};
    return s;
}

} // namespace

void SpeakerFeatures::validate() const
{
    if (sampleRate < 8000 || sampleRate > 48000 || nFft < 64 || nFft > 4096 || winLength < 16 ||
        winLength > nFft || hop < 16 || hop > nFft || nMels < 8 || nMels > 128 ||
        windowFrames < 10 || windowFrames > 1000 || windowStep < 1 || windowStep > windowFrames ||
        !(trimDb > 0 && trimDb <= 120))
        throw Error("speaker feature settings out of range");
}

std::vector<float> SpeakerFeatures::frames(const std::vector<float> &samples) const
{
    if (samples.size() < std::size_t(winLength))
        return {};
    thread_local std::unique_ptr<MelFilterbank> bank;
    MelParams p;
    p.sampleRate = sampleRate;
    p.nFft = nFft;
    p.nMels = nMels;
    p.fmin = 0.0f;
    p.fmax = float(sampleRate) / 2.0f;
    if (!bank || bank->params().sampleRate != p.sampleRate || bank->params().nFft != p.nFft ||
        bank->params().nMels != p.nMels)
        bank = std::make_unique<MelFilterbank>(p);
    StftParams s;
    s.nFft = nFft;
    s.hop = hop;
    s.winLength = winLength;
    const Matrix mel = melSpectrogram(samples, s, *bank); // [nMels][frames]
    const std::size_t bands = mel.rows(), total = mel.cols();
    // Frame loudness (sum of mel power) to trim leading and trailing silence.
    std::vector<double> power(total, 0.0);
    double loudest = 0.0;
    for (std::size_t t = 0; t < total; ++t) {
        for (std::size_t b = 0; b < bands; ++b)
            power[t] += mel.values()[b * total + t];
        loudest = std::max(loudest, power[t]);
    }
    if (!(loudest > 1e-10))
        return {};
    const double floor = loudest * std::pow(10.0, -trimDb / 10.0);
    std::size_t first = 0, last = total;
    while (first < total && power[first] < floor)
        ++first;
    while (last > first && power[last - 1] < floor)
        --last;
    const std::size_t n = last - first;
    std::vector<float> out(n * bands);
    std::vector<double> mean(bands, 0.0);
    for (std::size_t t = 0; t < n; ++t)
        for (std::size_t b = 0; b < bands; ++b) {
            const float v = std::log(std::max(mel.values()[b * total + first + t], 1e-6f));
            out[t * bands + b] = v;
            mean[b] += v;
        }
    for (double &m : mean)
        m /= double(n);
    double var = 0.0;
    for (std::size_t t = 0; t < n; ++t)
        for (std::size_t b = 0; b < bands; ++b) {
            float &v = out[t * bands + b];
            v = float(v - mean[b]);
            var += double(v) * v;
        }
    const float scale = float(1.0 / (std::sqrt(var / double(out.size())) + 1e-3));
    for (float &v : out)
        v *= scale;
    return out;
}

std::map<std::string, std::string> SpeakerFeatures::toMetadata() const
{
    return {{"sample_rate", std::to_string(sampleRate)},
            {"n_fft", std::to_string(nFft)},
            {"win_length", std::to_string(winLength)},
            {"hop", std::to_string(hop)},
            {"n_mels", std::to_string(nMels)},
            {"window_frames", std::to_string(windowFrames)},
            {"window_step", std::to_string(windowStep)},
            {"trim_db", metadataText(float(trimDb))}};
}

SpeakerFeatures SpeakerFeatures::fromMetadata(const std::map<std::string, std::string> &m,
                                              const std::string &source)
{
    SpeakerFeatures f;
    f.sampleRate = metadataInt(m, "sample_rate", source);
    f.nFft = metadataInt(m, "n_fft", source);
    f.winLength = metadataInt(m, "win_length", source);
    f.hop = metadataInt(m, "hop", source);
    f.nMels = metadataInt(m, "n_mels", source);
    f.windowFrames = metadataInt(m, "window_frames", source);
    f.windowStep = metadataInt(m, "window_step", source);
    f.trimDb = metadataFloat(m, "trim_db", source);
    f.validate();
    return f;
}

void SpeakerEncoderConfig::validate() const
{
    const auto in = [](int v, int lo, int hi) { return v >= lo && v <= hi; };
    if (!in(nMels, 8, 128) || !in(hidden, 4, 1024) || !in(layers, 1, 6) || !in(embedding, 2, 1024))
        throw Error("speaker encoder configuration out of range: " + describe());
}

std::string SpeakerEncoderConfig::describe() const
{
    std::ostringstream s;
    s << layers << "-layer LSTM, " << hidden << " hidden, " << embedding << "-d embedding, "
      << nMels << " mels";
    return s.str();
}

std::map<std::string, std::string> SpeakerEncoderConfig::toMetadata() const
{
    return {{"enc_n_mels", std::to_string(nMels)},
            {"enc_hidden", std::to_string(hidden)},
            {"enc_layers", std::to_string(layers)},
            {"enc_embedding", std::to_string(embedding)}};
}

SpeakerEncoderConfig SpeakerEncoderConfig::fromMetadata(const std::map<std::string, std::string> &m,
                                                        const std::string &source)
{
    SpeakerEncoderConfig c;
    c.nMels = metadataInt(m, "enc_n_mels", source);
    c.hidden = metadataInt(m, "enc_hidden", source);
    c.layers = metadataInt(m, "enc_layers", source);
    c.embedding = metadataInt(m, "enc_embedding", source);
    c.validate();
    return c;
}

void SpeakerEncoderCheckpoint::save(const std::string &path) const
{
    SafeTensors t = parameters;
    auto &m = t.metadata();
    for (const auto &kv : config.toMetadata())
        m[kv.first] = kv.second;
    for (const auto &kv : features.toMetadata())
        m[kv.first] = kv.second;
    for (const auto &n : notes)
        m["note." + n.first] = n.second;
    m["format"] = kFormat;
    t.save(path);
}

SpeakerEncoderCheckpoint SpeakerEncoderCheckpoint::load(const std::string &path)
{
    const SafeTensors t = SafeTensors::load(path);
    const auto &m = t.metadata();
    const auto format = m.find("format");
    if (format == m.end() || format->second != kFormat)
        throw Error("'" + path + "' is not a WaveBench speaker encoder");
    SpeakerEncoderCheckpoint c;
    c.config = SpeakerEncoderConfig::fromMetadata(m, path);
    c.features = SpeakerFeatures::fromMetadata(m, path);
    if (c.features.nMels != c.config.nMels)
        throw Error("'" + path + "': its features have " + std::to_string(c.features.nMels) +
                    " mel bands, its network reads " + std::to_string(c.config.nMels));
    c.parameters = checkedParameters(t, expectedShapes(c.config), path);
    for (const auto &kv : m)
        if (kv.first.rfind("note.", 0) == 0)
            c.notes[kv.first.substr(5)] = kv.second;
    return c;
}

long long SpeakerEncoderCheckpoint::parameterCount() const
{
    return parameterCountOf(parameters);
}

std::vector<std::string> SpeakerEncoderCheckpoint::trainingSpeakers() const
{
    std::vector<std::string> out;
    const auto it = notes.find("train_speakers");
    if (it == notes.end())
        return out;
    std::stringstream in(it->second);
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            out.push_back(line);
    return out;
}

} // namespace wb

#include "AudioClassifierCheckpoint.h"

#include "AcousticCheckpoint.h"
#include "Error.h"
#include "MelFilterbank.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <memory>
#include <sstream>

namespace wb {

namespace {

constexpr const char *kFormat = "wavebench-audio-classifier";

const std::string &need(const std::map<std::string, std::string> &m, const std::string &key,
                        const std::string &source)
{
    const auto it = m.find(key);
    if (it == m.end())
        throw Error("'" + source + "' lacks '" + key + "': not a WaveBench audio classifier");
    return it->second;
}

int intOf(const std::map<std::string, std::string> &m, const std::string &key,
          const std::string &source)
{
    try {
        return std::stoi(need(m, key, source));
    } catch (const Error &) {
        throw;
    } catch (const std::exception &) {
        throw Error("'" + source + "': '" + key + "' is not a number");
    }
}

double doubleOf(const std::map<std::string, std::string> &m, const std::string &key,
                const std::string &source)
{
    try {
        return std::stod(need(m, key, source));
    } catch (const Error &) {
        throw;
    } catch (const std::exception &) {
        throw Error("'" + source + "': '" + key + "' is not a number");
    }
}

std::string str(double v)
{
    std::ostringstream s;
    s.precision(9);
    s << v;
    return s.str();
}

} // namespace

int ClassifierFeatures::clipSamples() const
{
    return int(std::lround(seconds * sampleRate));
}

int ClassifierFeatures::frames() const
{
    return 1 + clipSamples() / hop;
}

void ClassifierFeatures::validate() const
{
    if (sampleRate < 4000 || sampleRate > 48000 || nFft < 64 || nFft > 4096 || winLength < 16 ||
        winLength > nFft || hop < 16 || hop > nFft || nMels < 8 || nMels > 128 || !(fmin >= 0) ||
        !(fmax > fmin) || fmax > sampleRate / 2.0f + 1e-3f || !(seconds >= 0.25 && seconds <= 4.0))
        throw Error("classifier feature settings out of range");
}

std::vector<float> ClassifierFeatures::logMel(const std::vector<float> &clip) const
{
    // One filterbank per thread and setting: building it costs more than a clip's FFTs.
    thread_local std::unique_ptr<MelFilterbank> bank;
    MelParams p;
    p.sampleRate = sampleRate;
    p.nFft = nFft;
    p.nMels = nMels;
    p.fmin = fmin;
    p.fmax = fmax;
    if (!bank || bank->params().sampleRate != p.sampleRate || bank->params().nFft != p.nFft ||
        bank->params().nMels != p.nMels || bank->params().fmin != p.fmin ||
        bank->params().fmax != p.fmax)
        bank = std::make_unique<MelFilterbank>(p);
    StftParams s;
    s.nFft = nFft;
    s.hop = hop;
    s.winLength = winLength;
    std::vector<float> x = clip;
    x.resize(std::size_t(clipSamples()), 0.0f);
    Matrix mel = melSpectrogram(x, s, *bank);
    std::vector<float> &v = mel.values();
    double sum = 0.0;
    for (float &e : v) {
        e = std::log(std::max(e, 1e-10f));
        sum += e;
    }
    if (bandMean) {
        const std::size_t cols = mel.cols();
        for (std::size_t b = 0; b < mel.rows(); ++b) {
            float *row = mel.row(b);
            double bandSum = 0.0;
            for (std::size_t t = 0; t < cols; ++t)
                bandSum += row[t];
            const float bandAverage = float(bandSum / double(cols));
            for (std::size_t t = 0; t < cols; ++t)
                row[t] -= bandAverage;
        }
        sum = 0.0; // every band now averages zero
    }
    const double mean = sum / double(v.size());
    double var = 0.0;
    for (float e : v)
        var += (e - mean) * (e - mean);
    const double scale = 1.0 / (std::sqrt(var / double(v.size())) + 1e-3);
    for (float &e : v)
        e = float((e - mean) * scale);
    return v;
}

std::vector<float> ClassifierFeatures::fitClip(const std::vector<float> &samples) const
{
    const std::size_t n = std::size_t(clipSamples());
    std::vector<float> out(n, 0.0f);
    if (samples.size() <= n) {
        std::copy(samples.begin(), samples.end(), out.begin() + std::ptrdiff_t((n - samples.size()) / 2));
        return out;
    }
    // The loudest window, by a running sum of squares.
    double energy = 0.0, best = -1.0;
    std::size_t bestStart = 0;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        energy += double(samples[i]) * samples[i];
        if (i >= n)
            energy -= double(samples[i - n]) * samples[i - n];
        if (i + 1 >= n && energy > best * (1.0 + 1e-9)) {
            best = energy;
            bestStart = i + 1 - n;
        }
    }
    std::copy(samples.begin() + std::ptrdiff_t(bestStart),
              samples.begin() + std::ptrdiff_t(bestStart + n), out.begin());
    return out;
}

std::map<std::string, std::string> ClassifierFeatures::toMetadata() const
{
    return {{"sample_rate", std::to_string(sampleRate)}, {"n_fft", std::to_string(nFft)},
            {"win_length", std::to_string(winLength)},   {"hop", std::to_string(hop)},
            {"n_mels", std::to_string(nMels)},           {"fmin", str(fmin)},
            {"fmax", str(fmax)},                         {"seconds", str(seconds)},
            {"band_mean", bandMean ? "1" : "0"}};
}

ClassifierFeatures ClassifierFeatures::fromMetadata(const std::map<std::string, std::string> &m,
                                                    const std::string &source)
{
    ClassifierFeatures f;
    f.sampleRate = intOf(m, "sample_rate", source);
    f.nFft = intOf(m, "n_fft", source);
    f.winLength = intOf(m, "win_length", source);
    f.hop = intOf(m, "hop", source);
    f.nMels = intOf(m, "n_mels", source);
    f.fmin = float(doubleOf(m, "fmin", source));
    f.fmax = float(doubleOf(m, "fmax", source));
    f.seconds = doubleOf(m, "seconds", source);
    const auto bandMean = m.find("band_mean"); // absent in checkpoints older than the option
    f.bandMean = bandMean != m.end() && bandMean->second == "1";
    f.validate();
    return f;
}

void ClassifierConfig::validate() const
{
    const auto in = [](int v, int lo, int hi) { return v >= lo && v <= hi; };
    if (!in(classes, 2, 256) || !in(channels1, 1, 512) || !in(channels2, 1, 512) ||
        !in(channels3, 1, 1024) || !in(hidden, 1, 4096) || !(dropout >= 0.0f && dropout < 0.95f))
        throw Error("audio classifier configuration out of range: " + describe());
}

std::string ClassifierConfig::describe() const
{
    std::ostringstream s;
    s << "conv " << channels1 << "/" << channels2 << "/" << channels3 << ", hidden " << hidden
      << ", dropout " << dropout << ", " << classes << " classes";
    return s.str();
}

std::map<std::string, std::string> ClassifierConfig::toMetadata() const
{
    return {{"classes", std::to_string(classes)},     {"channels1", std::to_string(channels1)},
            {"channels2", std::to_string(channels2)}, {"channels3", std::to_string(channels3)},
            {"hidden", std::to_string(hidden)},       {"dropout", str(dropout)}};
}

ClassifierConfig ClassifierConfig::fromMetadata(const std::map<std::string, std::string> &m,
                                                const std::string &source)
{
    ClassifierConfig c;
    c.classes = intOf(m, "classes", source);
    c.channels1 = intOf(m, "channels1", source);
    c.channels2 = intOf(m, "channels2", source);
    c.channels3 = intOf(m, "channels3", source);
    c.hidden = intOf(m, "hidden", source);
    c.dropout = float(doubleOf(m, "dropout", source));
    c.validate();
    return c;
}

int ClassifierEvaluation::total() const
{
    int n = 0;
    for (const auto &row : confusion)
        for (int v : row)
            n += v;
    return n;
}

double ClassifierEvaluation::accuracy() const
{
    int right = 0;
    for (std::size_t i = 0; i < confusion.size(); ++i)
        right += i < confusion[i].size() ? confusion[i][i] : 0;
    const int n = total();
    return n ? double(right) / n : NAN;
}

double ClassifierEvaluation::precision(int c) const
{
    int predicted = 0;
    for (const auto &row : confusion)
        predicted += std::size_t(c) < row.size() ? row[std::size_t(c)] : 0;
    return predicted ? double(confusion[std::size_t(c)][std::size_t(c)]) / predicted : NAN;
}

double ClassifierEvaluation::recall(int c) const
{
    int actual = 0;
    for (int v : confusion[std::size_t(c)])
        actual += v;
    return actual ? double(confusion[std::size_t(c)][std::size_t(c)]) / actual : NAN;
}

std::string ClassifierEvaluation::toJson() const
{
    QJsonArray names, rows;
    for (const auto &n : classNames)
        names.append(QString::fromStdString(n));
    for (const auto &row : confusion) {
        QJsonArray r;
        for (int v : row)
            r.append(v);
        rows.append(r);
    }
    return QJsonDocument(QJsonObject{{"classes", names}, {"confusion", rows}})
        .toJson(QJsonDocument::Compact)
        .toStdString();
}

ClassifierEvaluation ClassifierEvaluation::fromJson(const std::string &json)
{
    ClassifierEvaluation e;
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    for (const auto &n : o.value("classes").toArray())
        e.classNames.push_back(n.toString().toStdString());
    for (const auto &r : o.value("confusion").toArray()) {
        std::vector<int> row;
        for (const auto &v : r.toArray())
            row.push_back(v.toInt());
        if (row.size() != e.classNames.size())
            return {};
        e.confusion.push_back(row);
    }
    if (e.confusion.size() != e.classNames.size())
        return {};
    return e;
}

std::map<std::string, std::vector<std::int64_t>>
AudioClassifierCheckpoint::expectedShapes(const ClassifierConfig &c)
{
    return {{"conv1.weight", {c.channels1, 1, 3, 3}},
            {"conv1.bias", {c.channels1}},
            {"conv2.weight", {c.channels2, c.channels1, 3, 3}},
            {"conv2.bias", {c.channels2}},
            {"conv3.weight", {c.channels3, c.channels2, 3, 3}},
            {"conv3.bias", {c.channels3}},
            {"hidden.weight", {c.hidden, c.channels3}},
            {"hidden.bias", {c.hidden}},
            {"out.weight", {c.classes, c.hidden}},
            {"out.bias", {c.classes}}};
}

void AudioClassifierCheckpoint::save(const std::string &path) const
{
    SafeTensors t = parameters;
    auto &m = t.metadata();
    m = config.toMetadata();
    for (const auto &kv : features.toMetadata())
        m[kv.first] = kv.second;
    for (const auto &n : notes)
        m["note." + n.first] = n.second;
    QJsonArray names;
    for (const auto &n : classNames)
        names.append(QString::fromStdString(n));
    m["class_names"] = QJsonDocument(names).toJson(QJsonDocument::Compact).toStdString();
    m["format"] = kFormat;
    t.save(path);
}

AudioClassifierCheckpoint AudioClassifierCheckpoint::load(const std::string &path)
{
    const SafeTensors t = SafeTensors::load(path);
    const auto &m = t.metadata();
    const auto format = m.find("format");
    if (format == m.end() || format->second != kFormat)
        throw Error("'" + path + "' is not a WaveBench audio classifier");
    AudioClassifierCheckpoint c;
    c.config = ClassifierConfig::fromMetadata(m, path);
    c.features = ClassifierFeatures::fromMetadata(m, path);
    const QJsonDocument names = QJsonDocument::fromJson(QByteArray::fromStdString(need(m, "class_names", path)));
    for (const auto &n : names.array())
        c.classNames.push_back(n.toString().toStdString());
    if (int(c.classNames.size()) != c.config.classes)
        throw Error("'" + path + "' names " + std::to_string(c.classNames.size()) +
                    " classes, its network has " + std::to_string(c.config.classes));
    c.parameters = checkedParameters(t, expectedShapes(c.config), path);
    for (const auto &kv : m)
        if (kv.first.rfind("note.", 0) == 0)
            c.notes[kv.first.substr(5)] = kv.second;
    return c;
}

long long AudioClassifierCheckpoint::parameterCount() const
{
    long long n = 0;
    for (const auto &kv : parameters.tensors())
        n += kv.second.elementCount();
    return n;
}

} // namespace wb

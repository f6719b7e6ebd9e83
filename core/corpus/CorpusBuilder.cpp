#include "CorpusBuilder.h"

#include "AudioFile.h"
#include "Error.h"
#include "Parallel.h"
#include "PhoneAlignment.h"
#include "Resampler.h"
#include "Sentences.h"
#include "text/Phonemizer.h"
#include "text/SymbolTable.h"
#include "text/TextFrontEnd.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <random>
#include <thread>

namespace fs = std::filesystem;

namespace wb {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

void writeText(const fs::path &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out)
        throw Error("cannot write '" + path.string() + "'");
}

void writeJson(const fs::path &path, const QJsonObject &o)
{
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    writeText(path, bytes.toStdString());
}

/** RMS over windows of `window` samples every `step`. */
std::vector<double> windowRms(const std::vector<float> &x, int window, int step)
{
    std::vector<double> out;
    for (std::size_t at = 0; at + 1 <= x.size(); at += static_cast<std::size_t>(step)) {
        const std::size_t end = std::min(x.size(), at + static_cast<std::size_t>(window));
        double sum = 0.0;
        for (std::size_t i = at; i < end; ++i)
            sum += double(x[i]) * x[i];
        out.push_back(std::sqrt(sum / double(end - at)));
        if (end == x.size())
            break;
    }
    return out;
}

struct Trimmed
{
    std::vector<float> samples;
    double offsetSeconds = 0.0; ///< where the kept audio started in the original
};

/** Cuts leading and trailing audio quieter than trimDb below the loudest 20 ms, keeping 20 ms of
 * margin. */
Trimmed trimSilence(const std::vector<float> &x, int rate, double trimDb)
{
    const int window = std::max(1, rate / 50), step = std::max(1, rate / 200);
    const std::vector<double> rms = windowRms(x, window, step);
    const double peak = rms.empty() ? 0.0 : *std::max_element(rms.begin(), rms.end());
    if (!(peak > 0.0))
        throw Error("the voice produced only silence");
    const double floor = peak * std::pow(10.0, -trimDb / 20.0);
    std::size_t first = 0, last = rms.size() - 1;
    while (first < rms.size() && rms[first] < floor)
        ++first;
    while (last > first && rms[last] < floor)
        --last;
    const long long margin = rate / 50;
    const long long begin = std::max<long long>(0, static_cast<long long>(first) * step - margin);
    const long long end = std::min<long long>(
        static_cast<long long>(x.size()), static_cast<long long>(last) * step + window + margin);
    Trimmed t;
    t.samples.assign(x.begin() + begin, x.begin() + end);
    t.offsetSeconds = double(begin) / rate;
    return t;
}

} // namespace

void normalizeLoudness(std::vector<float> &x, int rate, double loudnessDb)
{
    const std::vector<double> rms = windowRms(x, std::max(1, rate / 50), std::max(1, rate / 50));
    const double peakRms = rms.empty() ? 0.0 : *std::max_element(rms.begin(), rms.end());
    double sum = 0.0;
    int active = 0;
    for (double r : rms)
        if (r > peakRms * 0.03) { // within about 30 dB of the loudest: speech, not pauses
            sum += r * r;
            ++active;
        }
    if (active == 0)
        return;
    double gain = std::pow(10.0, loudnessDb / 20.0) / std::sqrt(sum / active);
    float peak = 0.0f;
    for (float v : x)
        peak = std::max(peak, std::abs(v));
    if (peak * gain > 0.95)
        gain = 0.95 / peak;
    for (float &v : x)
        v = float(v * gain);
}

namespace {

struct Job
{
    std::string id;
    std::string text;
    int voice = 0;
};

struct Done
{
    std::string id, text, normalized, speaker;
    double seconds = 0.0;
};

QJsonObject alignmentJson(const Job &job, const VoiceSpec &voice, const text::Utterance &u,
                          const std::vector<int> &durations, const std::vector<TimedPhone> &phones,
                          long long samples, const CorpusBuildOptions &o)
{
    QJsonArray symbols, frames, timed;
    for (std::size_t i = 0; i < u.symbols.size(); ++i) {
        symbols.append(q(u.symbols[i]));
        frames.append(durations[i]);
    }
    for (const TimedPhone &p : phones)
        timed.append(
            QJsonArray{q(p.ipa), std::round(p.start * 1e4) / 1e4, std::round(p.end * 1e4) / 1e4});
    QJsonObject a;
    a.insert("id", q(job.id));
    a.insert("speaker", q(voice.name()));
    a.insert("voice", QJsonDocument::fromJson(QByteArray::fromStdString(voice.json())).object());
    a.insert("text", q(u.text));
    a.insert("normalized", q(u.normalized));
    a.insert("sample_rate", o.sampleRate);
    a.insert("samples", double(samples));
    a.insert("hop", o.hop);
    a.insert("symbols", symbols);
    a.insert("durations", frames);
    a.insert("synthesizer_phones", timed);
    return a;
}

/** Speaks one sentence, writes its wav and alignment; returns what metadata.csv needs. */
Done makeUtterance(const Job &job, const VoiceSpec &voice, const fs::path &dir,
                   const CorpusBuildOptions &o)
{
    const text::Utterance u = text::TextFrontEnd::process(job.text);
    SynthesizedSpeech speech = synthesize(voice, u.normalized);
    std::vector<float> samples =
        Resampler::resample(AudioBuffer(std::move(speech.samples), speech.sampleRate), o.sampleRate)
            .samples();
    Trimmed t = trimSilence(samples, o.sampleRate, o.trimDb);
    normalizeLoudness(t.samples, o.sampleRate, o.loudnessDb);
    const double length = double(t.samples.size()) / o.sampleRate;
    for (TimedPhone &p : speech.phones) {
        p.start = std::clamp(p.start - t.offsetSeconds, 0.0, length);
        p.end = std::clamp(p.end - t.offsetSeconds, 0.0, length);
    }
    const long long count = static_cast<long long>(t.samples.size());
    const std::vector<int> durations =
        alignDurations(u.symbols, speech.phones, count, o.sampleRate, o.hop);
    AudioFile::write((dir / "wavs" / (job.id + ".wav")).string(),
                     AudioBuffer(std::move(t.samples), o.sampleRate));
    writeJson(dir / "alignments" / (job.id + ".json"),
              alignmentJson(job, voice, u, durations, speech.phones, count, o));
    return {job.id, job.text, u.normalized, voice.name(), length};
}

/** metadata.csv fields may not hold the separator or a line break. */
std::string field(std::string s)
{
    for (char &c : s)
        if (c == '|' || c == '\n' || c == '\r')
            c = ' ';
    return s;
}

} // namespace

CorpusBuildReport buildCorpus(const CorpusBuildOptions &options, const ProgressFn &progress)
{
    const auto started = std::chrono::steady_clock::now();
    CorpusBuildOptions o = options;
    if (o.voices.empty())
        o.voices = defaultVoices();
    for (const VoiceSpec &v : o.voices)
        v.validate();
    {
        std::map<std::string, int> names;
        for (const VoiceSpec &v : o.voices)
            if (++names[v.name()] > 1)
                throw Error("voice " + v.name() + " is listed twice");
    }
    if (o.sentences < 1 || o.sentences > 100000)
        throw Error("sentences must be between 1 and 100000, not " + std::to_string(o.sentences));
    if (o.sampleRate < 8000 || o.sampleRate > 96000)
        throw Error("corpus sample rate must be 8000-96000 Hz");
    if (o.hop < 1 || o.hop > 4096)
        throw Error("hop must be 1-4096 samples");
    if (o.outDir.empty())
        throw Error("no output folder given");
    const fs::path dir = fs::absolute(o.outDir);
    std::error_code ec;
    if (fs::exists(dir, ec) && !(fs::is_directory(dir, ec) && fs::is_empty(dir, ec)))
        throw Error("'" + o.outDir +
                    "' already exists and is not an empty folder; nothing was written");
    const fs::path work = dir.parent_path() / (dir.filename().string() + ".partial");
    fs::remove_all(work, ec);
    if (!fs::create_directories(work / "wavs", ec) ||
        !fs::create_directories(work / "alignments", ec))
        throw Error("cannot create '" + work.string() + "': " + ec.message());

    // Sentence i is said by one voice; the voices take turns in an order the seed shuffles.
    const std::vector<std::string> sentences = corpusSentences(o.sentences, o.seed);
    std::vector<int> order(o.voices.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::mt19937 rng(o.seed);
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<Job> jobs(sentences.size());
    std::vector<int> perVoice(o.voices.size(), 0);
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const int v = order[i % order.size()];
        jobs[i] = {"s" + std::to_string(1000 + v).substr(1) + "-" +
                       std::to_string(100000 + ++perVoice[v]).substr(1),
                   sentences[i], v};
    }

    std::vector<Done> done(jobs.size());
    std::vector<std::string> problems(jobs.size());
    std::atomic<std::size_t> next{0}, finished{0};
    std::atomic<bool> stop{false};
    const int threads =
        o.threads > 0 ? o.threads : int(std::max(1u, std::thread::hardware_concurrency()));
    try {
        runWorkers(std::min<int>(threads, int(jobs.size())), stop, [&](int worker) {
            for (std::size_t i = next++; i < jobs.size() && !stop; i = next++) {
                try {
                    done[i] = makeUtterance(jobs[i], o.voices[jobs[i].voice], work, o);
                } catch (const Cancelled &) {
                    throw;
                } catch (const std::exception &e) {
                    problems[i] =
                        jobs[i].id + " (" + o.voices[jobs[i].voice].name() + "): " + e.what();
                }
                ++finished;
                if (worker == 0)
                    reportProgress(progress, double(finished) / jobs.size());
            }
        });
        reportProgress(progress, 1.0);

        CorpusBuildReport report;
        std::string metadata;
        std::map<std::string, std::pair<int, double>> speakers;
        for (std::size_t i = 0; i < jobs.size(); ++i) {
            if (!problems[i].empty()) {
                report.problems.push_back(problems[i]);
                continue;
            }
            const Done &d = done[i];
            metadata +=
                d.id + '|' + field(d.text) + '|' + field(d.normalized) + '|' + d.speaker + '\n';
            speakers[d.speaker].first += 1;
            speakers[d.speaker].second += d.seconds;
            report.audioSeconds += d.seconds;
            ++report.utterances;
        }
        if (report.utterances == 0)
            throw Error("no utterance could be made" +
                        (report.problems.empty() ? std::string()
                                                 : " (first problem: " + report.problems[0] + ")"));
        writeText(work / "metadata.csv", metadata);
        QJsonArray list;
        for (const VoiceSpec &v : o.voices) {
            QJsonObject s = QJsonDocument::fromJson(QByteArray::fromStdString(v.json())).object();
            s.insert("name", q(v.name()));
            s.insert("utterances", speakers[v.name()].first);
            s.insert("seconds", speakers[v.name()].second);
            list.append(s);
        }
        writeJson(work / "speakers.json", QJsonObject{{"speakers", list}});
        text::SymbolTable::englishIpa().save((work / "symbols.json").string());
        report.speakers = int(std::count_if(speakers.begin(), speakers.end(),
                                            [](const auto &s) { return s.second.first > 0; }));
        report.wallSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        QJsonObject info{{"format", "wavebench-corpus"},
                         {"version", 1},
                         {"sentences", o.sentences},
                         {"seed", double(o.seed)},
                         {"sample_rate", o.sampleRate},
                         {"hop", o.hop},
                         {"trim_db", o.trimDb},
                         {"loudness_dbfs", o.loudnessDb},
                         {"front_end", q(text::Phonemizer::description())},
                         {"symbol_table", q(text::SymbolTable::englishIpa().name())},
                         {"utterances", report.utterances},
                         {"speakers", report.speakers},
                         {"audio_seconds", report.audioSeconds},
                         {"build_seconds", report.wallSeconds},
                         {"threads", threads}};
        writeJson(work / "corpus.json", info);
        if (fs::exists(dir, ec))
            fs::remove(dir, ec); // the empty folder the user named
        fs::rename(work, dir, ec);
        if (ec)
            throw Error("cannot move the corpus to '" + dir.string() + "': " + ec.message());
        report.dir = dir.string();
        return report;
    } catch (...) {
        fs::remove_all(work, ec);
        throw;
    }
}

bool readAlignment(const std::string &corpusDir, const std::string &id, Alignment &out)
{
    const fs::path path = fs::path(corpusDir) / "alignments" / (id + ".json");
    QFile file(q(path.string()));
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadOnly))
        throw Error("cannot read '" + path.string() + "'");
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &err);
    const QJsonObject o = doc.object();
    const QJsonArray symbols = o.value("symbols").toArray(),
                     durations = o.value("durations").toArray();
    if (err.error != QJsonParseError::NoError || !doc.isObject() ||
        symbols.size() != durations.size() || o.value("hop").toInt() < 1 ||
        o.value("sample_rate").toInt() < 1)
        throw Error("alignment '" + path.string() + "' is corrupt");
    Alignment a;
    a.speaker = o.value("speaker").toString().toStdString();
    a.hop = o.value("hop").toInt();
    a.sampleRate = o.value("sample_rate").toInt();
    a.samples = static_cast<long long>(o.value("samples").toDouble());
    for (int i = 0; i < symbols.size(); ++i) {
        a.symbols.push_back(symbols[i].toString().toStdString());
        const int d = durations[i].toInt(-1);
        if (d < 0)
            throw Error("alignment '" + path.string() + "' has a negative duration");
        a.durations.push_back(d);
    }
    out = std::move(a);
    return true;
}

} // namespace wb

#include "CorpusFeatures.h"

#include "AudioFile.h"
#include "CorpusBuilder.h"
#include "Error.h"
#include "FrameEnergy.h"
#include "MelFilterbank.h"
#include "Npy.h"
#include "Parallel.h"
#include "PitchTracker.h"
#include "Resampler.h"
#include "Stft.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <filesystem>
#include <mutex>
#include <thread>

namespace fs = std::filesystem;

namespace wb {

namespace {

bool upToDate(const fs::path &audio, const std::vector<fs::path> &outputs)
{
    std::error_code ec;
    const auto source = fs::last_write_time(audio, ec);
    if (ec)
        return false;
    for (const auto &o : outputs) {
        const auto t = fs::last_write_time(o, ec);
        if (ec || t < source)
            return false;
    }
    return true;
}

/** <id>.durations.npy from the corpus builder's alignment, checked against the feature frames. */
void writeDurations(const std::string &root, const Utterance &u, const FeatureParams &p,
                    std::size_t frames, const fs::path &folder)
{
    Alignment a;
    if (!readAlignment(root, u.id, a))
        return;
    if (a.hop != p.hop || a.sampleRate != p.sampleRate)
        throw Error("its alignment is in frames of " + std::to_string(a.hop) + " samples at " +
                    std::to_string(a.sampleRate) + " Hz, the features use " +
                    std::to_string(p.hop) + " at " + std::to_string(p.sampleRate));
    long long sum = 0;
    for (int d : a.durations)
        sum += d;
    if (sum != static_cast<long long>(frames))
        throw Error("its alignment covers " + std::to_string(sum) + " frames, the audio has " +
                    std::to_string(frames) +
                    " (was the audio changed after the corpus was built?)");
    Npy::write((folder / (u.id + ".durations.npy")).string(),
               std::vector<float>(a.durations.begin(), a.durations.end()));
}

MelFilterbank filterbankOf(const FeatureParams &params)
{
    MelParams mp;
    mp.sampleRate = params.sampleRate;
    mp.nFft = params.nFft;
    mp.nMels = params.nMels;
    mp.fmin = params.fmin;
    mp.fmax = params.fmax;
    return MelFilterbank(mp);
}

Matrix logMelOf(const std::vector<float> &samples, const FeatureParams &p, const MelFilterbank &fb)
{
    StftParams stft;
    stft.nFft = p.nFft;
    stft.hop = p.hop;
    Matrix mel = melSpectrogram(samples, stft, fb);
    for (float &v : mel.values())
        v = std::log(std::max(v, p.logFloor));
    return mel;
}

UtteranceFeatures featuresWith(const std::vector<float> &samples, const FeatureParams &p, const MelFilterbank &fb)
{
    StftParams stft;
    stft.nFft = p.nFft;
    stft.hop = p.hop;
    UtteranceFeatures out;
    out.logMel = logMelOf(samples, p, fb);
    PitchParams pitch;
    pitch.sampleRate = p.sampleRate;
    pitch.hop = p.hop;
    pitch.fmin = p.f0Min;
    pitch.fmax = p.f0Max;
    out.f0 = trackPitch(samples, pitch).f0;
    out.energy = frameEnergy(samples, stft);
    if (out.f0.size() != out.logMel.cols() || out.energy.size() != out.logMel.cols())
        throw Error("feature frame counts disagree (" + std::to_string(out.logMel.cols()) + " mel, " +
                    std::to_string(out.f0.size()) + " F0, " + std::to_string(out.energy.size()) +
                    " energy)");
    return out;
}

void computeOne(const std::string &root, const Utterance &u, const FeatureParams &p,
                const MelFilterbank &fb, const fs::path &folder)
{
    ReadOptions read;
    read.targetRate = p.sampleRate;
    read.mono = true;
    const AudioBuffer audio = AudioFile::read(u.audioPath, read);
    const UtteranceFeatures f = featuresWith(audio.samples(), p, fb);
    Npy::write((folder / (u.id + ".mel.npy")).string(), f.logMel);
    Npy::write((folder / (u.id + ".f0.npy")).string(), f.f0);
    Npy::write((folder / (u.id + ".energy.npy")).string(), f.energy);
    writeDurations(root, u, p, f.logMel.cols(), folder);
}

} // namespace

FeatureReport computeCorpusFeatures(const Corpus &corpus, const FeatureParams &params,
                                    const ProgressFn &progress)
{
    const MelFilterbank fb = filterbankOf(params); // validates the parameters before any work
    FeatureReport report;
    const fs::path folder = fs::path(corpus.root) / "features";
    report.folder = folder.string();
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        throw Error("cannot create '" + folder.string() + "': " + ec.message());

    const int n = int(corpus.utterances.size());
    int workers = params.threads > 0 ? params.threads
                                     : std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
    workers = std::clamp(workers, 1, std::max(1, n));
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::atomic<int> computed{0};
    std::atomic<int> cached{0};
    std::atomic<bool> stop{false};
    std::mutex problemsMutex;
    std::vector<std::pair<int, std::string>> problems;
    reportProgress(progress, 0.0);
    runWorkers(workers, stop, [&](int worker) {
        for (int i = next++; i < n && !stop; i = next++) {
            const Utterance &u = corpus.utterances[std::size_t(i)];
            std::vector<fs::path> outputs{folder / (u.id + ".mel.npy"), folder / (u.id + ".f0.npy"),
                                          folder / (u.id + ".energy.npy")};
            if (fs::exists(fs::path(corpus.root) / "alignments" / (u.id + ".json")))
                outputs.push_back(folder / (u.id + ".durations.npy"));
            if (upToDate(u.audioPath, outputs)) {
                ++cached;
            } else {
                try {
                    computeOne(corpus.root, u, params, fb, folder);
                    ++computed;
                } catch (const Error &e) {
                    std::lock_guard<std::mutex> lock(problemsMutex);
                    problems.emplace_back(i, u.id + ": " + e.what());
                }
            }
            ++done;
            if (worker == 0)
                reportProgress(progress, double(done) / n);
        }
    });
    std::sort(problems.begin(), problems.end());
    for (auto &p : problems)
        report.problems.push_back(std::move(p.second));
    report.computed = computed;
    report.cached = cached;
    reportProgress(progress, 1.0);
    return report;
}

UtteranceFeatures utteranceFeatures(const std::vector<float> &samples, const FeatureParams &params)
{
    return featuresWith(samples, params, filterbankOf(params));
}

Matrix ttsLogMel(const std::vector<float> &samples, int sampleRate, const FeatureParams &params)
{
    const MelFilterbank fb = filterbankOf(params);
    if (sampleRate == params.sampleRate)
        return logMelOf(samples, params, fb);
    const AudioBuffer at = Resampler::resample(AudioBuffer(samples, sampleRate), params.sampleRate);
    return logMelOf(at.samples(), params, fb);
}

std::vector<float> referenceSpectrum(const Matrix &logMel)
{
    const std::size_t bands = logMel.rows(), frames = logMel.cols();
    if (bands == 0 || frames == 0)
        throw Error("no audio to take a voice's spectrum from");
    std::vector<double> level(frames, 0.0);
    for (std::size_t b = 0; b < bands; ++b)
        for (std::size_t t = 0; t < frames; ++t)
            level[t] += logMel.at(b, t);
    const double loudest = *std::max_element(level.begin(), level.end()) / double(bands);
    std::vector<double> sum(bands, 0.0);
    int kept = 0;
    for (std::size_t t = 0; t < frames; ++t) {
        if (level[t] / double(bands) < loudest - 7.0)
            continue; // pauses and the quietest consonants
        for (std::size_t b = 0; b < bands; ++b)
            sum[b] += logMel.at(b, t);
        ++kept;
    }
    double mean = 0.0;
    for (double &v : sum) {
        v /= kept;
        mean += v;
    }
    mean /= double(bands);
    std::vector<float> out(bands);
    for (std::size_t b = 0; b < bands; ++b)
        out[b] = float((sum[b] - mean) / 3.0);
    return out;
}

std::vector<float> referenceSpectrumOfAudio(std::vector<float> samples, int sampleRate,
                                            const FeatureParams &params)
{
    normalizeLoudness(samples, sampleRate, -20.0);
    return referenceSpectrum(ttsLogMel(samples, sampleRate, params));
}

std::vector<float> averageSpectrum(const std::vector<std::vector<float>> &spectra)
{
    if (spectra.empty())
        throw Error("no reference spectrum to average");
    std::vector<double> sum(spectra.front().size(), 0.0);
    for (const auto &s : spectra) {
        if (s.size() != sum.size())
            throw Error("reference spectra of different sizes cannot be averaged");
        for (std::size_t b = 0; b < s.size(); ++b)
            sum[b] += s[b];
    }
    std::vector<float> out(sum.size());
    for (std::size_t b = 0; b < sum.size(); ++b)
        out[b] = float(sum[b] / double(spectra.size()));
    return out;
}

} // namespace wb

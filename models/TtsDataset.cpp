#include "TtsDataset.h"

#include "Error.h"
#include "Npy.h"
#include "corpus/CorpusBuilder.h"
#include "corpus/CorpusFeatures.h"
#include "corpus/CorpusReader.h"

#include <cmath>

namespace wb {

namespace {

constexpr float kEnergyFloor = 1e-4f;

struct Raw
{
    TtsItem item;
    std::vector<float> logF0;  ///< per symbol, NaN when unvoiced or empty
    std::vector<float> energy; ///< per symbol, NaN when empty
};

/** Per symbol: the mean ln F0 of its voiced frames and ln of its mean RMS (NaN when it has none). */
void perSymbol(const std::vector<int> &durations, const std::vector<float> &f0, const std::vector<float> &rms,
               std::vector<float> &logF0, std::vector<float> &energy)
{
    logF0.clear();
    energy.clear();
    std::size_t t = 0;
    for (int d : durations) {
        double lf = 0.0, e = 0.0;
        int voiced = 0;
        for (int k = 0; k < d; ++k, ++t) {
            if (f0[t] > 0.0f) {
                lf += std::log(double(f0[t]));
                ++voiced;
            }
            e += rms[t];
        }
        logF0.push_back(voiced > 0 ? float(lf / voiced) : NAN);
        energy.push_back(d > 0 ? std::log(float(e / d) + kEnergyFloor) : NAN);
    }
}

} // namespace

TtsDataset TtsDataset::load(const std::string &corpusDir, const ProgressFn &progress)
{
    TtsDataset data;
    const Corpus corpus = CorpusReader::read(corpusDir);
    data.problems = corpus.problems;
    FeatureParams fp;
    const FeatureReport features =
        computeCorpusFeatures(corpus, fp, [&](double f) { return !progress || progress(0.8 * f); });
    data.problems.insert(data.problems.end(), features.problems.begin(), features.problems.end());
    data.spec.sampleRate = fp.sampleRate;
    data.spec.nFft = fp.nFft;
    data.spec.hop = fp.hop;
    data.spec.nMels = fp.nMels;
    data.spec.fmax = fp.fmax;
    data.spec.logFloor = fp.logFloor;

    std::vector<Raw> raws;
    double f0Sum = 0.0, f0Sq = 0.0, eSum = 0.0, eSq = 0.0;
    long long f0Count = 0, eCount = 0;
    std::vector<double> melSum(std::size_t(fp.nMels), 0.0), melSq(std::size_t(fp.nMels), 0.0);
    long long melCount = 0;
    for (std::size_t n = 0; n < corpus.utterances.size(); ++n) {
        if (n % 64 == 0)
            reportProgress(progress, 0.8 + 0.15 * double(n) / corpus.utterances.size());
        const Utterance &u = corpus.utterances[n];
        try {
            Alignment a;
            if (!readAlignment(corpus.root, u.id, a))
                throw Error("no alignment (a corpus from `wavebench corpus build` has them)");
            std::vector<std::string> unknown;
            Raw r;
            r.item.id = u.id;
            r.item.speaker = u.speaker;
            r.item.ids = data.symbols.encode(a.symbols, &unknown);
            if (!unknown.empty())
                throw Error("symbol '" + unknown.front() + "' is not in the symbol table");
            r.item.durations = a.durations;
            const std::string base = features.folder + "/" + u.id;
            const Matrix mel = Npy::read(base + ".mel.npy");
            const Matrix f0 = Npy::read(base + ".f0.npy");
            const Matrix rms = Npy::read(base + ".energy.npy");
            const std::size_t frames = mel.cols();
            long long total = 0;
            for (int d : a.durations)
                total += d;
            if (int(mel.rows()) != fp.nMels || f0.size() != frames || rms.size() != frames ||
                total != static_cast<long long>(frames))
                throw Error(
                    "features and alignment disagree (recompute with `wavebench corpus features`)");
            r.item.referenceSpectrum = referenceSpectrum(mel);
            r.item.mel = Matrix(frames, std::size_t(fp.nMels));
            for (std::size_t t = 0; t < frames; ++t)
                for (int m = 0; m < fp.nMels; ++m) {
                    const float v = mel.at(std::size_t(m), t);
                    r.item.mel.at(t, std::size_t(m)) = v;
                    melSum[std::size_t(m)] += v;
                    melSq[std::size_t(m)] += double(v) * v;
                }
            melCount += static_cast<long long>(frames);
            perSymbol(a.durations, f0.values(), rms.values(), r.logF0, r.energy);
            for (std::size_t t = 0; t < frames; ++t)
                if (f0.values()[t] > 0.0f) {
                    const double lf = std::log(double(f0.values()[t]));
                    f0Sum += lf;
                    f0Sq += lf * lf;
                    ++f0Count;
                }
            for (float le : r.energy)
                if (!std::isnan(le)) {
                    eSum += le;
                    eSq += double(le) * le;
                    ++eCount;
                }
            raws.push_back(std::move(r));
        } catch (const Error &e) {
            data.problems.push_back(u.id + ": " + e.what());
        }
    }
    if (raws.empty() || f0Count == 0 || eCount == 0)
        throw Error("no usable utterance in '" + corpusDir + "'" +
                    (data.problems.empty() ? std::string()
                                           : " (first problem: " + data.problems.front() + ")"));

    const auto stats = [](double sum, double sq, long long n, float &mean, float &stdev) {
        mean = float(sum / n);
        stdev = float(std::sqrt(std::max(1e-8, sq / n - (sum / n) * (sum / n))));
    };
    stats(f0Sum, f0Sq, f0Count, data.spec.pitchMean, data.spec.pitchStd);
    stats(eSum, eSq, eCount, data.spec.energyMean, data.spec.energyStd);
    data.spec.melMean.resize(std::size_t(fp.nMels));
    data.spec.melStd.resize(std::size_t(fp.nMels));
    for (std::size_t m = 0; m < std::size_t(fp.nMels); ++m)
        stats(melSum[m], melSq[m], melCount, data.spec.melMean[m], data.spec.melStd[m]);

    for (Raw &r : raws) {
        for (std::size_t i = 0; i < r.logF0.size(); ++i) {
            r.item.pitch.push_back(std::isnan(r.logF0[i])
                                       ? 0.0f
                                       : (r.logF0[i] - data.spec.pitchMean) / data.spec.pitchStd);
            r.item.energy.push_back(std::isnan(r.energy[i]) ? 0.0f
                                                            : (r.energy[i] - data.spec.energyMean) /
                                                                  data.spec.energyStd);
        }
        for (std::size_t t = 0; t < r.item.mel.rows(); ++t)
            for (std::size_t m = 0; m < std::size_t(fp.nMels); ++m)
                r.item.mel.at(t, m) =
                    (r.item.mel.at(t, m) - data.spec.melMean[m]) / data.spec.melStd[m];
        data.items.push_back(std::move(r.item));
    }
    reportProgress(progress, 1.0);
    return data;
}

void TtsDataset::attachSpeakerEmbeddings(const std::map<std::string, std::vector<float>> &byId)
{
    std::vector<TtsItem> kept;
    std::size_t dim = 0;
    for (TtsItem &item : items) {
        const auto it = byId.find(item.id);
        if (it == byId.end() || it->second.empty()) {
            problems.push_back(item.id + ": no speaker embedding");
            continue;
        }
        if (dim == 0)
            dim = it->second.size();
        if (it->second.size() != dim)
            throw Error("speaker embeddings of different sizes (" + std::to_string(dim) + " and " +
                        std::to_string(it->second.size()) + ")");
        item.speakerEmbedding = it->second;
        kept.push_back(std::move(item));
    }
    if (kept.empty())
        throw Error("no utterance of the corpus has a speaker embedding");
    items = std::move(kept);
}

int TtsDataset::speakerDim() const
{
    return items.empty() ? 0 : int(items.front().speakerEmbedding.size());
}

std::map<std::string, std::vector<float>> TtsDataset::speakerCentroids() const
{
    std::map<std::string, std::vector<double>> sums;
    for (const TtsItem &item : items) {
        if (item.speakerEmbedding.empty())
            continue;
        auto &sum = sums[item.speaker];
        sum.resize(item.speakerEmbedding.size(), 0.0);
        for (std::size_t i = 0; i < item.speakerEmbedding.size(); ++i)
            sum[i] += item.speakerEmbedding[i];
    }
    std::map<std::string, std::vector<float>> out;
    for (const auto &[name, sum] : sums) {
        double norm = 0.0;
        for (double v : sum)
            norm += v * v;
        norm = std::sqrt(norm);
        std::vector<float> unit(sum.size());
        for (std::size_t i = 0; i < sum.size(); ++i)
            unit[i] = norm > 0 ? float(sum[i] / norm) : 0.0f;
        out[name] = std::move(unit);
    }
    return out;
}

} // namespace wb

namespace wb {

TtsItem transcribedItem(const std::vector<int> &ids, const std::vector<int> &durations,
                        const UtteranceFeatures &features, const TtsFeatureSpec &spec)
{
    const std::size_t frames = features.logMel.cols(), bands = features.logMel.rows();
    long long total = 0;
    for (int d : durations)
        total += d;
    if (durations.size() != ids.size() || total != static_cast<long long>(frames) ||
        features.f0.size() != frames || features.energy.size() != frames)
        throw Error("the durations do not cover the recording's " + std::to_string(frames) + " frames");
    if (bands != spec.melMean.size() || bands != spec.melStd.size())
        throw Error("the recording's mel has " + std::to_string(bands) + " bands, the model's " +
                    std::to_string(spec.melMean.size()));
    TtsItem item;
    item.ids = ids;
    item.durations = durations;
    item.referenceSpectrum = referenceSpectrum(features.logMel);
    std::vector<float> logF0, energy;
    perSymbol(durations, features.f0, features.energy, logF0, energy);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        item.pitch.push_back(std::isnan(logF0[i]) ? 0.0f : (logF0[i] - spec.pitchMean) / spec.pitchStd);
        item.energy.push_back(std::isnan(energy[i]) ? 0.0f : (energy[i] - spec.energyMean) / spec.energyStd);
    }
    item.mel = Matrix(frames, bands);
    for (std::size_t t = 0; t < frames; ++t)
        for (std::size_t m = 0; m < bands; ++m)
            item.mel.at(t, m) = (features.logMel.at(m, t) - spec.melMean[m]) / spec.melStd[m];
    return item;
}

} // namespace wb

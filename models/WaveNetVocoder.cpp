#include "WaveNetVocoder.h"

#include "AudioFile.h"
#include "Error.h"
#include "Npy.h"
#include "WaveNetGenerator.h"
#include "corpus/CorpusFeatures.h"
#include "corpus/CorpusReader.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace wb {

namespace {

constexpr const char *kFormat = "wavebench-wavenet-vocoder";

float noteFloat(const WaveNetWeights &w, const std::string &key, const std::string &source)
{
    const std::string v = w.note(key);
    try {
        std::size_t used = 0;
        const float f = std::stof(v, &used);
        if (used == v.size() && std::isfinite(f))
            return f;
    } catch (const std::exception &) {
    }
    throw Error(source + " has no valid '" + key + "'");
}

} // namespace

VocoderData loadVocoderData(const std::string &corpusDir, int maxUtterances, const ProgressFn &progress)
{
    Corpus corpus = CorpusReader::read(corpusDir);
    if (maxUtterances > 0 && int(corpus.utterances.size()) > maxUtterances)
        corpus.utterances.resize(std::size_t(maxUtterances));
    const FeatureParams params;
    const FeatureReport report =
        computeCorpusFeatures(corpus, params, [&](double f) { return !progress || progress(0.5 * f); });
    VocoderData out;
    out.nMels = params.nMels;
    out.hop = params.hop;
    out.sampleRate = params.sampleRate;
    ReadOptions read;
    read.targetRate = params.sampleRate;
    read.threads = 1;
    for (std::size_t i = 0; i < corpus.utterances.size(); ++i) {
        const Utterance &u = corpus.utterances[i];
        const std::string melPath = (std::filesystem::path(report.folder) / (u.id + ".mel.npy")).string();
        if (!std::filesystem::exists(melPath))
            continue; // reported by the feature pass
        const Matrix mel = Npy::read(melPath);
        const std::vector<float> audio = AudioFile::read(u.audioPath, read).samples();
        if (mel.rows() != std::size_t(params.nMels) || mel.cols() == 0 || audio.empty())
            continue;
        const std::size_t frames = std::min(mel.cols(), audio.size() / std::size_t(params.hop));
        if (frames == 0)
            continue;
        out.signal.insert(out.signal.end(), audio.begin(), audio.begin() + std::ptrdiff_t(frames * params.hop));
        for (std::size_t t = 0; t < frames; ++t)
            for (std::size_t m = 0; m < mel.rows(); ++m)
                out.mel.push_back(mel.at(m, t));
        ++out.utterances;
        reportProgress(progress, 0.5 + 0.5 * double(i + 1) / double(corpus.utterances.size()));
    }
    if (out.utterances == 0)
        throw Error(corpusDir + ": no utterance with audio and features to train a vocoder on");
    double sum = 0.0, squares = 0.0;
    for (float v : out.mel) {
        sum += v;
        squares += double(v) * v;
    }
    const double n = double(out.mel.size());
    out.melMean = float(sum / n);
    out.melStd = float(std::sqrt(std::max(1e-6, squares / n - (sum / n) * (sum / n))));
    for (float &v : out.mel)
        v = (v - out.melMean) / out.melStd;
    return out;
}

WaveNetVocoder::WaveNetVocoder(WaveNetWeights weights) : m_weights(std::move(weights))
{
    const std::string source = "this WaveNet";
    if (m_weights.note("format") != kFormat || !m_weights.config().conditioned())
        throw Error("not a WaveNet vocoder (make one with `wavebench tts train --model vocoder`)");
    m_mean = noteFloat(m_weights, "vocoder_mel_mean", source);
    m_std = noteFloat(m_weights, "vocoder_mel_std", source);
    m_sampleRate = int(noteFloat(m_weights, "sample_rate", source));
    if (!(m_std > 0.0f) || m_sampleRate < 8000 || m_sampleRate > 96000)
        throw Error("the WaveNet vocoder's normalization or sample rate is out of range");
}

WaveNetVocoder WaveNetVocoder::load(const std::string &path)
{
    WaveNetWeights weights;
    try {
        weights = WaveNetWeights::load(path);
    } catch (const Error &e) {
        throw Error(path + " is not a WaveNet vocoder: " + e.what());
    }
    try {
        return WaveNetVocoder(std::move(weights));
    } catch (const Error &e) {
        throw Error(path + ": " + e.what());
    }
}

void WaveNetVocoder::mark(WaveNetWeights &weights, const VocoderData &data)
{
    weights.setNote("format", kFormat);
    weights.setNote("vocoder_mel_mean", std::to_string(data.melMean));
    weights.setNote("vocoder_mel_std", std::to_string(data.melStd));
    weights.setNote("sample_rate", std::to_string(data.sampleRate));
}

void WaveNetVocoder::checkGrid(int nMels, int hop, int sampleRate) const
{
    const WaveNetConfig &c = m_weights.config();
    if (c.melChannels != nMels || c.hopLength != hop || m_sampleRate != sampleRate)
        throw Error("the WaveNet vocoder takes " + std::to_string(c.melChannels) + " mel bands every " +
                    std::to_string(c.hopLength) + " samples at " + std::to_string(m_sampleRate) +
                    " Hz, but the acoustic model makes " + std::to_string(nMels) + " every " +
                    std::to_string(hop) + " at " + std::to_string(sampleRate) + " Hz");
}

std::vector<float> WaveNetVocoder::vocode(const Matrix &logMel, std::uint64_t seed, float temperature,
                                          const ProgressFn &progress) const
{
    const WaveNetConfig &c = m_weights.config();
    if (logMel.rows() != std::size_t(c.melChannels) || logMel.cols() == 0)
        throw Error("the WaveNet vocoder wants " + std::to_string(c.melChannels) + " mel bands");
    WaveNetGenerateOptions o;
    o.samples = std::int64_t(logMel.cols()) * c.hopLength;
    o.seed = seed;
    o.temperature = temperature;
    o.mel.reserve(logMel.size());
    for (std::size_t t = 0; t < logMel.cols(); ++t)
        for (std::size_t m = 0; m < logMel.rows(); ++m)
            o.mel.push_back((logMel.at(m, t) - m_mean) / m_std);
    return WaveNetGenerator(m_weights).generate(o, progress);
}

} // namespace wb

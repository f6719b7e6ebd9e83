#include <torch/torch.h>

#include "SpeakerEncoder.h"

#include "AudioFile.h"
#include "Error.h"
#include "Resampler.h"
#include "SpeakerEncoderNet.h"
#include "ModuleTensors.h"
#include "corpus/CorpusReader.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <sstream>

namespace wb {

struct SpeakerEncoder::Impl
{
    SpeakerEncoderCheckpoint checkpoint;
    SpeakerEncoderNet net{nullptr};
    std::mutex mutex;
};

SpeakerEncoder::SpeakerEncoder(const SpeakerEncoderCheckpoint &checkpoint)
    : d(std::make_shared<Impl>())
{
    d->checkpoint = checkpoint;
    d->net = SpeakerEncoderNet(checkpoint.config);
    copyParametersInto(*d->net, checkpoint.parameters, "speaker encoder");
    d->net->eval();
}

SpeakerEncoder SpeakerEncoder::load(const std::string &path)
{
    return SpeakerEncoder(SpeakerEncoderCheckpoint::load(path));
}

const SpeakerEncoderCheckpoint &SpeakerEncoder::checkpoint() const
{
    return d->checkpoint;
}

int SpeakerEncoder::dimension() const
{
    return d->checkpoint.config.embedding;
}

std::vector<float> SpeakerEncoder::embed(const std::vector<float> &samples, int sampleRate,
                                         double minSeconds) const
{
    if (sampleRate <= 0)
        throw Error("the sample rate must be positive");
    const SpeakerFeatures &f = d->checkpoint.features;
    std::vector<float> x = samples;
    if (sampleRate != f.sampleRate)
        x = Resampler::resample(AudioBuffer(std::move(x), sampleRate), f.sampleRate).samples();
    const std::vector<float> frames = f.frames(x);
    const int minFrames = std::max(1, int(std::lround(minSeconds * f.sampleRate / f.hop)));
    std::vector<float> e;
    {
        const std::lock_guard<std::mutex> lock(d->mutex);
        e = embedUtteranceFrames(d->net, frames, f, minFrames);
    }
    if (e.empty()) {
        std::ostringstream s;
        s.precision(2);
        s << "too little voice to embed: " << double(frames.size() / std::size_t(f.nMels)) * f.hop / f.sampleRate
          << " s of sound after trimming silence, at least " << minSeconds << " s needed";
        throw Error(s.str());
    }
    return e;
}

std::vector<float> SpeakerEncoder::embedFile(const std::string &path, double minSeconds) const
{
    ReadOptions o;
    o.targetRate = d->checkpoint.features.sampleRate;
    const AudioBuffer a = AudioFile::read(path, o);
    try {
        return embed(a.samples(), a.sampleRate(), minSeconds);
    } catch (const Error &e) {
        throw Error("'" + path + "': " + e.what());
    }
}

double cosineSimilarity(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size())
        throw Error("embeddings of different sizes cannot be compared");
    double ab = 0.0, aa = 0.0, bb = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ab += double(a[i]) * b[i];
        aa += double(a[i]) * a[i];
        bb += double(b[i]) * b[i];
    }
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0.0;
}

std::vector<float> averageEmbedding(const std::vector<std::vector<float>> &embeddings)
{
    if (embeddings.empty())
        throw Error("no embedding to average");
    std::vector<double> sum(embeddings[0].size(), 0.0);
    for (const auto &e : embeddings) {
        if (e.size() != sum.size())
            throw Error("embeddings of different sizes cannot be averaged");
        for (std::size_t i = 0; i < e.size(); ++i)
            sum[i] += e[i];
    }
    double norm = 0.0;
    for (double v : sum)
        norm += v * v;
    norm = std::sqrt(norm);
    std::vector<float> out(sum.size());
    for (std::size_t i = 0; i < sum.size(); ++i)
        out[i] = norm > 0 ? float(sum[i] / norm) : 0.0f;
    return out;
}

double equalErrorRate(std::vector<float> same, std::vector<float> different, double *threshold)
{
    if (same.empty() || different.empty())
        throw Error("the equal error rate needs same-speaker and different-speaker trials");
    std::sort(same.begin(), same.end());
    std::sort(different.begin(), different.end());
    // Sweep the threshold over every score: false rejects = same below it,
    // false accepts = different at or above it; take the crossing.
    std::vector<float> all = same;
    all.insert(all.end(), different.begin(), different.end());
    std::sort(all.begin(), all.end());
    double best = 2.0, eer = 1.0, at = 0.0;
    for (std::size_t i = 0; i < all.size(); i = std::size_t(std::upper_bound(all.begin(), all.end(), all[i]) - all.begin())) {
        const float t = all[i];
        const double frr = double(std::lower_bound(same.begin(), same.end(), t) - same.begin()) / double(same.size());
        const double far = double(different.end() - std::lower_bound(different.begin(), different.end(), t)) /
                           double(different.size());
        if (std::abs(frr - far) < best) {
            best = std::abs(frr - far);
            eer = (frr + far) / 2.0;
            at = t;
        }
    }
    if (threshold)
        *threshold = at;
    return eer;
}

SpeakerVerification verifyEmbeddings(const std::vector<std::vector<float>> &embeddings,
                                     const std::vector<int> &speakerOf,
                                     const std::vector<std::string> &speakerNames)
{
    if (embeddings.size() != speakerOf.size())
        throw Error("one speaker label per embedding is needed");
    std::vector<int> counts(speakerNames.size(), 0);
    for (int s : speakerOf) {
        if (s < 0 || s >= int(counts.size()))
            throw Error("a speaker label is out of range");
        ++counts[std::size_t(s)];
    }
    SpeakerVerification v;
    for (std::size_t s = 0; s < counts.size(); ++s)
        if (counts[s] >= 2)
            v.speakerNames.push_back(speakerNames[s]);
    v.speakers = int(v.speakerNames.size());
    if (v.speakers < 2)
        throw Error("verification needs at least two speakers with two utterances each");
    std::vector<float> same, different;
    for (std::size_t i = 0; i < embeddings.size(); ++i)
        for (std::size_t j = i + 1; j < embeddings.size(); ++j)
            (speakerOf[i] == speakerOf[j] ? same : different)
                .push_back(float(cosineSimilarity(embeddings[i], embeddings[j])));
    v.utterances = int(embeddings.size());
    v.sameTrials = (long long)same.size();
    v.differentTrials = (long long)different.size();
    v.eer = equalErrorRate(std::move(same), std::move(different), &v.threshold);
    return v;
}

std::string SpeakerVerification::toJson() const
{
    std::ostringstream s;
    s.precision(6);
    s << "{\"speakers\":" << speakers << ",\"utterances\":" << utterances
      << ",\"same_trials\":" << sameTrials << ",\"different_trials\":" << differentTrials
      << ",\"eer\":" << eer << ",\"eer_percent\":" << eer * 100.0 << ",\"threshold\":" << threshold
      << ",\"speaker_names\":[";
    for (std::size_t i = 0; i < speakerNames.size(); ++i)
        s << (i ? "," : "") << '"' << speakerNames[i] << '"';
    s << "]}";
    return s.str();
}

CorpusEmbeddings embedCorpus(const SpeakerEncoder &encoder, const Corpus &corpus, int maxPerSpeaker,
                             const ProgressFn &progress)
{
    CorpusEmbeddings out;
    out.speakerNames = corpus.speakers();
    std::map<std::string, int> index;
    for (std::size_t i = 0; i < out.speakerNames.size(); ++i)
        index[out.speakerNames[i]] = int(i);
    std::vector<int> taken(out.speakerNames.size(), 0);
    const std::size_t n = corpus.utterances.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (progress && !progress(double(i) / double(n)))
            throw Cancelled();
        const Utterance &u = corpus.utterances[i];
        const int s = index.at(u.speaker);
        if (maxPerSpeaker > 0 && taken[std::size_t(s)] >= maxPerSpeaker)
            continue;
        try {
            out.embeddings.push_back(encoder.embedFile(u.audioPath));
        } catch (const Error &e) {
            out.problems.push_back(e.what());
            continue;
        }
        out.speakerOf.push_back(s);
        out.ids.push_back(u.id);
        ++taken[std::size_t(s)];
    }
    if (progress)
        progress(1.0);
    return out;
}

SpeakerVerification evaluateSpeakerEncoder(const SpeakerEncoder &encoder, const Corpus &corpus,
                                           int maxPerSpeaker, const ProgressFn &progress)
{
    const CorpusEmbeddings e = embedCorpus(encoder, corpus, maxPerSpeaker, progress);
    return verifyEmbeddings(e.embeddings, e.speakerOf, e.speakerNames);
}

} // namespace wb

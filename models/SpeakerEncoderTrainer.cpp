#include <torch/torch.h>

#include "SpeakerEncoderTrainer.h"

#include "AudioFile.h"
#include "Error.h"
#include "ModuleTensors.h"
#include "SpeakerEncoder.h"
#include "SpeakerEncoderNet.h"
#include "corpus/CorpusReader.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <random>
#include <sstream>

namespace wb {

int SpeakerFrames::utteranceCount() const
{
    int n = 0;
    for (const auto &u : utterances)
        n += int(u.size());
    return n;
}

SpeakerFrames SpeakerFrames::fromCorpus(const Corpus &corpus, const SpeakerFeatures &features,
                                        const ProgressFn &progress)
{
    SpeakerFrames out;
    out.speakers = corpus.speakers();
    out.utterances.resize(out.speakers.size());
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < out.speakers.size(); ++i)
        index[out.speakers[i]] = i;
    ReadOptions read;
    read.targetRate = features.sampleRate;
    read.threads = 1;
    const std::size_t n = corpus.utterances.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (progress && !progress(double(i) / double(n)))
            throw Cancelled();
        const Utterance &u = corpus.utterances[i];
        try {
            std::vector<float> frames = features.frames(AudioFile::read(u.audioPath, read).samples());
            if (frames.empty())
                throw Error("no sound");
            out.utterances[index.at(u.speaker)].push_back(std::move(frames));
        } catch (const Error &e) {
            out.problems.push_back(u.audioPath + ": " + e.what());
        }
    }
    if (progress)
        progress(1.0);
    return out;
}

namespace {

/** GE2E softmax loss of embeddings [N, M, D] (unit length); w and b are the learned scale and bias. */
torch::Tensor ge2eLoss(const torch::Tensor &e, const torch::Tensor &w, const torch::Tensor &b)
{
    const auto n = e.size(0), m = e.size(1);
    const torch::Tensor sum = e.sum(1);                                   // [N, D]
    torch::Tensor centroids = sum / double(m);
    centroids = centroids / (centroids.norm(2, 1, true) + 1e-6);
    torch::Tensor exclusive = (sum.unsqueeze(1) - e) / double(m - 1);     // [N, M, D]
    exclusive = exclusive / (exclusive.norm(2, 2, true) + 1e-6);
    const torch::Tensor others = torch::einsum("jid,kd->jik", {e, centroids}); // [N, M, N]
    const torch::Tensor own = (e * exclusive).sum(2);                     // [N, M]
    const torch::Tensor mask = torch::eye(n, e.options()).unsqueeze(1);   // [N, 1, N]
    const torch::Tensor cos = others * (1 - mask) + own.unsqueeze(2) * mask;
    const torch::Tensor logits = (cos * w.clamp_min(1e-6) + b).reshape({n * m, n});
    const torch::Tensor labels = torch::arange(n, torch::kLong).repeat_interleave(m);
    return torch::nn::functional::cross_entropy(logits, labels);
}

double heldOutEer(SpeakerEncoderNet &net, const SpeakerFrames &heldOut, const SpeakerFeatures &f,
                  int perSpeaker)
{
    std::vector<std::vector<float>> embeddings;
    std::vector<int> speakerOf;
    net->eval();
    for (std::size_t s = 0; s < heldOut.speakers.size(); ++s) {
        int taken = 0;
        for (const auto &u : heldOut.utterances[s]) {
            if (perSpeaker > 0 && taken >= perSpeaker)
                break;
            std::vector<float> e = embedUtteranceFrames(net, u, f);
            if (e.empty())
                continue;
            embeddings.push_back(std::move(e));
            speakerOf.push_back(int(s));
            ++taken;
        }
    }
    net->train();
    return verifyEmbeddings(embeddings, speakerOf, heldOut.speakers).eer;
}

std::string joinLines(const std::vector<std::string> &v)
{
    std::string s;
    for (const auto &x : v)
        s += x + "\n";
    return s;
}

} // namespace

SpeakerEncoderCheckpoint trainSpeakerEncoder(const SpeakerFrames &train, const SpeakerFrames &heldOut,
                                             const SpeakerTrainOptions &o, const ProgressFn &progress,
                                             const std::function<void(const SpeakerTrainStep &)> &onStep)
{
    o.config.validate();
    o.features.validate();
    if (o.config.nMels != o.features.nMels)
        throw Error("the encoder's mel bands and the features' differ");
    if (o.steps < 1 || o.steps > 10000000 || o.speakersPerBatch < 2 || o.speakersPerBatch > 256 ||
        o.utterancesPerSpeaker < 2 || o.utterancesPerSpeaker > 64 || o.cropFrames < 10 ||
        o.cropFrames > 1000 || !(o.learningRate > 0 && o.learningRate < 1))
        throw Error("speaker training options out of range (steps >= 1, 2-256 speakers and 2-64 "
                    "utterances per batch, crops of 10-1000 frames, a learning rate in (0, 1))");
    // Speakers with enough utterances of at least a crop's length.
    std::vector<std::vector<const std::vector<float> *>> usable;
    std::vector<std::string> usedSpeakers;
    const std::size_t cropValues = std::size_t(o.cropFrames) * std::size_t(o.features.nMels);
    for (std::size_t s = 0; s < train.speakers.size(); ++s) {
        std::vector<const std::vector<float> *> list;
        for (const auto &u : train.utterances[s])
            if (u.size() >= cropValues)
                list.push_back(&u);
        if (int(list.size()) >= 2) {
            usable.push_back(std::move(list));
            usedSpeakers.push_back(train.speakers[s]);
        }
    }
    if (int(usable.size()) < o.speakersPerBatch)
        throw Error("the corpus has " + std::to_string(usable.size()) +
                    " speakers with two utterances of at least " + std::to_string(o.cropFrames) +
                    " frames; a batch needs " + std::to_string(o.speakersPerBatch));
    for (const auto &s : usedSpeakers)
        for (const auto &h : heldOut.speakers)
            if (s == h)
                throw Error("speaker '" + s + "' is in both the training and the held-out corpus");
    if (o.threads > 0)
        torch::set_num_threads(o.threads);
    torch::manual_seed(o.seed);
    std::mt19937_64 rng(o.seed);

    SpeakerEncoderNet net(o.config);
    int done = 0;
    double previousSeconds = 0.0;
    if (o.resume) {
        if (o.resume->config.toMetadata() != o.config.toMetadata())
            throw Error("the checkpoint to resume has another shape: " + o.resume->config.describe());
        copyParametersInto(*net, o.resume->parameters, "the checkpoint to resume");
        const auto it = o.resume->notes.find("steps");
        done = it == o.resume->notes.end() ? 0 : std::stoi(it->second);
        const auto sec = o.resume->notes.find("train_seconds");
        previousSeconds = sec == o.resume->notes.end() ? 0.0 : std::stod(sec->second);
    }
    torch::Tensor w = torch::full({1}, 10.0, torch::requires_grad());
    torch::Tensor b = torch::full({1}, -5.0, torch::requires_grad());
    std::vector<torch::Tensor> params = net->parameters();
    params.push_back(w);
    params.push_back(b);
    torch::optim::Adam optimizer(params, torch::optim::AdamOptions(o.learningRate));
    net->train();

    const bool evaluate = heldOut.speakers.size() >= 2;
    double lastEer = -1.0;
    const auto started = std::chrono::steady_clock::now();
    const auto seconds = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };
    const auto snapshot = [&](int stepsDone) {
        SpeakerEncoderCheckpoint c;
        c.config = o.config;
        c.features = o.features;
        c.parameters = parametersOf(*net);
        c.notes["steps"] = std::to_string(stepsDone);
        c.notes["train_seconds"] = std::to_string(previousSeconds + seconds());
        c.notes["train_speakers"] = joinLines(usedSpeakers);
        c.notes["batch"] = std::to_string(o.speakersPerBatch) + " speakers x " +
                           std::to_string(o.utterancesPerSpeaker) + " utterances, " +
                           std::to_string(o.cropFrames) + "-frame crops";
        if (lastEer >= 0) {
            c.notes["heldout_eer"] = std::to_string(lastEer);
            c.notes["heldout_speakers"] = std::to_string(heldOut.speakers.size());
        }
        return c;
    };

    const int n = o.speakersPerBatch, m = o.utterancesPerSpeaker, mels = o.features.nMels;
    std::vector<std::size_t> order(usable.size());
    for (int step = 1; step <= o.steps; ++step) {
        if (progress && !progress(double(step - 1) / o.steps))
            throw Cancelled();
        const double fraction = double(step) / o.steps;
        const double lr = o.learningRate * (fraction > 0.85 ? 0.25 : fraction > 0.6 ? 0.5 : 1.0);
        for (auto &group : optimizer.param_groups())
            static_cast<torch::optim::AdamOptions &>(group.options()).lr(lr);
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::shuffle(order.begin(), order.end(), rng);
        torch::Tensor batch = torch::empty({n * m, o.cropFrames, mels});
        float *dst = batch.data_ptr<float>();
        for (int j = 0; j < n; ++j) {
            const auto &list = usable[order[std::size_t(j)]];
            std::vector<std::size_t> pick(list.size());
            for (std::size_t i = 0; i < pick.size(); ++i)
                pick[i] = i;
            std::shuffle(pick.begin(), pick.end(), rng);
            for (int i = 0; i < m; ++i) {
                const std::vector<float> &u = *list[pick[std::size_t(i) % pick.size()]];
                const std::size_t frames = u.size() / std::size_t(mels);
                const std::size_t start =
                    std::uniform_int_distribution<std::size_t>(0, frames - std::size_t(o.cropFrames))(rng);
                std::copy_n(u.begin() + std::ptrdiff_t(start * std::size_t(mels)), cropValues, dst);
                dst += cropValues;
            }
        }
        const torch::Tensor e = net->forward(batch).reshape({n, m, -1});
        const torch::Tensor loss = ge2eLoss(e, w, b);
        optimizer.zero_grad();
        loss.backward();
        torch::nn::utils::clip_grad_norm_(net->parameters(), o.clipNorm);
        optimizer.step();

        SpeakerTrainStep report;
        report.step = done + step;
        report.steps = done + o.steps;
        report.loss = loss.item<double>();
        if (!std::isfinite(report.loss))
            throw Error("training diverged (the loss is not finite) at step " + std::to_string(report.step));
        if (evaluate && ((o.evaluateEvery > 0 && step % o.evaluateEvery == 0) || step == o.steps)) {
            lastEer = heldOutEer(net, heldOut, o.features, o.evaluatePerSpeaker);
            report.heldOutEer = lastEer;
        }
        report.seconds = seconds();
        if (onStep)
            onStep(report);
        if (o.saveEvery > 0 && o.onSave && step % o.saveEvery == 0 && step != o.steps)
            o.onSave(snapshot(done + step));
    }
    if (progress)
        progress(1.0);
    return snapshot(done + o.steps);
}

} // namespace wb

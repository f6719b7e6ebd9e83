#include <torch/torch.h>

#include "FastSpeech2Trainer.h"

#include "Error.h"
#include "FastSpeech2.h"
#include "ModuleTensors.h"
#include "SpeakerConsistency.h"
#include "TtsBatches.h"
#include "corpus/CorpusFeatures.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <random>
#include <sstream>

namespace wb {

namespace {

struct Losses
{
    torch::Tensor total, mel, duration, pitch, energy, speaker;
};

/** What the model takes per voice: the batch's embeddings, and their spectra when it hears those too. */
torch::Tensor voiceInput(const FastSpeech2Config &config, const TtsBatch &b)
{
    if (!config.referenceSpectrum)
        return b.speakers;
    if (!b.spectra.defined())
        throw Error("the model hears the reference's spectrum, and this corpus has no speaker embeddings");
    return torch::cat({b.speakers, b.spectra}, 1);
}

/** The speaker-consistency term, when training has one. */
struct SpeakerTerm
{
    SpeakerConsistency *consistency = nullptr;
    double weight = 0.0;
    std::mt19937_64 *rng = nullptr;
};

Losses lossesOf(FastSpeech2 &model, const TtsBatch &b, const SpeakerTerm &speakerTerm = {},
                const torch::Tensor &voiceTargets = {})
{
    const FastSpeech2Impl::Output out =
        model->forward(b.ids, b.durations, b.pitch, b.energy, voiceInput(model->config(), b));
    const torch::Tensor symbolMask = b.ids.ne(0).to(torch::kFloat);
    const torch::Tensor frameMask = b.melPad.logical_not().to(torch::kFloat).unsqueeze(-1);
    const auto frames = std::min(out.mel.size(1), b.mel.size(1));
    const torch::Tensor predicted = out.mel.slice(1, 0, frames), target = b.mel.slice(1, 0, frames);
    const torch::Tensor mask = frameMask.slice(1, 0, frames);
    Losses l;
    l.mel =
        ((predicted - target).abs() * mask).sum() / (mask.sum() * target.size(2)).clamp_min(1.0);
    const auto masked = [&](const torch::Tensor &p, const torch::Tensor &t) {
        return ((p - t).pow(2) * symbolMask).sum() / symbolMask.sum().clamp_min(1.0);
    };
    l.duration = masked(out.logDuration, torch::log1p(b.durations.to(torch::kFloat)));
    l.pitch = masked(out.pitch, b.pitch);
    l.energy = masked(out.energy, b.energy);
    l.total = l.mel + l.duration + l.pitch + l.energy;
    if (speakerTerm.consistency) {
        l.speaker = speakerTerm.consistency->loss(out.mel, out.framePad, voiceTargets, *speakerTerm.rng);
        l.total = l.total + speakerTerm.weight * l.speaker;
    }
    return l;
}

} // namespace

namespace {

/** The unit-length mean of the embeddings of these items, as embeddingOf gives them. */
template <typename EmbeddingOf>
std::vector<float> unitMean(const std::vector<int> &items, const EmbeddingOf &embeddingOf,
                            const TtsDataset &data)
{
    if (items.empty())
        throw Error("no utterance to average the voice of");
    std::vector<double> sum;
    for (int i : items) {
        const std::vector<float> &e = embeddingOf(i);
        if (e.empty() || (!sum.empty() && e.size() != sum.size()))
            throw Error("utterance " + data.items.at(std::size_t(i)).id +
                        " has no speaker embedding of the corpus's size");
        sum.resize(e.size(), 0.0);
        for (std::size_t j = 0; j < e.size(); ++j)
            sum[j] += e[j];
    }
    double norm = 0.0;
    for (double v : sum)
        norm += v * v;
    norm = std::max(std::sqrt(norm), 1e-12);
    std::vector<float> out(sum.size());
    for (std::size_t j = 0; j < sum.size(); ++j)
        out[j] = float(sum[j] / norm);
    return out;
}

} // namespace

std::vector<float> meanSpeakerEmbedding(const TtsDataset &data, const std::vector<int> &items)
{
    return unitMean(
        items, [&](int i) -> const std::vector<float> & { return data.items.at(std::size_t(i)).speakerEmbedding; },
        data);
}

std::string speakerCentroidsJson(const std::map<std::string, std::vector<float>> &centroids)
{
    std::ostringstream s;
    s.precision(6);
    s << '{';
    bool first = true;
    for (const auto &[name, e] : centroids) {
        s << (first ? "" : ",") << '"' << name << "\":[";
        for (std::size_t i = 0; i < e.size(); ++i)
            s << (i ? "," : "") << e[i];
        s << ']';
        first = false;
    }
    s << '}';
    return s.str();
}

FastSpeech2Checkpoint trainFastSpeech2(
    const TtsDataset &data, const FastSpeech2TrainOptions &options, const ProgressFn &progress,
    const std::function<void(const FastSpeech2Step &)> &onStep, const FastSpeech2Checkpoint *start,
    const std::function<void(const FastSpeech2Checkpoint &)> &onCheckpoint)
{
    std::mt19937_64 rng = startTtsTraining(data,
                                           {options.steps, options.batchSize, options.learningRate,
                                            options.validationFraction, options.threads, options.seed},
                                           start ? &start->symbols : nullptr);
    FastSpeech2Config config = start ? start->config : options.config;
    config.vocab = data.symbols.size();
    config.nMels = data.spec.nMels;
    if (start && start->config.speakerDim != data.speakerDim())
        throw Error("the starting checkpoint takes " + std::to_string(start->config.speakerDim) +
                    "-d speaker embeddings, the corpus has " + std::to_string(data.speakerDim()));
    config.speakerDim = data.speakerDim();
    if (config.speakerToDecoder && config.speakerDim == 0)
        throw Error("feeding the voice to the decoder needs a corpus with speaker embeddings");
    if (options.referenceMix < 0 || options.referenceMix > 64)
        throw Error("the reference mix must be 0 to 64 utterances");
    if (options.referenceMix > 0 && config.speakerDim == 0)
        throw Error("a reference mix needs a corpus with speaker embeddings");
    if (config.referenceSpectrum && config.speakerDim == 0)
        throw Error("hearing the reference's spectrum needs a corpus with speaker embeddings");
    if (!(options.speakerLossWeight >= 0.0 && options.speakerLossWeight <= 100.0))
        throw Error("the speaker-consistency weight must be 0 to 100");
    std::unique_ptr<SpeakerConsistency> consistency;
    if (options.speakerLossWeight > 0.0) {
        if (!options.speakerLossEncoder)
            throw Error("the speaker-consistency loss needs a speaker encoder");
        consistency = std::make_unique<SpeakerConsistency>(*options.speakerLossEncoder, data.spec);
    }
    const bool ownTargets = !options.speakerLossTargets.empty();
    if (ownTargets) {
        if (!consistency)
            throw Error("speaker-loss targets without a speaker-consistency loss");
        if (options.speakerLossTargets.size() != data.items.size())
            throw Error("the speaker-loss targets do not match the corpus's utterances");
        for (const auto &t : options.speakerLossTargets)
            if (int(t.size()) != options.speakerLossEncoder->config.embedding)
                throw Error("a speaker-loss target is not of the loss encoder's size");
    } else if (consistency && options.speakerLossEncoder->config.embedding != config.speakerDim) {
        throw Error("the speaker-consistency encoder gives " +
                    std::to_string(options.speakerLossEncoder->config.embedding) +
                    "-d embeddings, the corpus's voices are " + std::to_string(config.speakerDim) +
                    "-d: give its own embeddings as the loss's targets");
    }
    const auto lossTargetOf = [&](int i) -> const std::vector<float> & {
        return options.speakerLossTargets.at(std::size_t(i));
    };
    config.validate();

    FastSpeech2 model(config);
    if (start)
        model->copyFrom(start->parameters, "the starting checkpoint");
    int warmCopied = 0;
    if (options.warmStart && !start) {
        if (options.warmStart->symbols.size() != data.symbols.size())
            throw Error("the warm-start model has another symbol table");
        warmCopied = copyMatchingParameters(*model, options.warmStart->parameters);
        if (warmCopied == 0)
            throw Error("the warm-start model shares no parameter with this configuration");
    }
    std::vector<int> validation, training;
    splitHeldOut(data.items.size(), options.validationFraction, rng, validation, training);

    // Each speaker's training utterances, for the reference mix.
    std::map<std::string, std::vector<int>> bySpeaker;
    for (int i : training)
        bySpeaker[data.items[std::size_t(i)].speaker].push_back(i);
    torch::Tensor lossTargets; // this batch's, when the loss's encoder has its own
    const auto mixReferences = [&](TtsBatch &batch, const std::vector<int> &members) {
        for (std::size_t k = 0; k < members.size(); ++k) {
            const std::vector<int> &pool = bySpeaker[data.items[std::size_t(members[k])].speaker];
            if (pool.empty())
                continue;
            const int count = std::uniform_int_distribution<int>(1, options.referenceMix)(rng);
            std::vector<int> picks;
            for (int n = 0; n < count; ++n)
                picks.push_back(
                    pool[std::uniform_int_distribution<std::size_t>(0, pool.size() - 1)(rng)]);
            const std::vector<float> mixed = meanSpeakerEmbedding(data, picks);
            batch.speakers[std::int64_t(k)].copy_(torch::tensor(mixed));
            std::vector<std::vector<float>> spectra;
            for (int i : picks)
                spectra.push_back(data.items[std::size_t(i)].referenceSpectrum);
            batch.spectra[std::int64_t(k)].copy_(torch::tensor(averageSpectrum(spectra)));
            if (ownTargets)
                lossTargets[std::int64_t(k)].copy_(torch::tensor(unitMean(picks, lossTargetOf, data)));
        }
    };

    torch::optim::Adam optimizer(
        model->parameters(),
        torch::optim::AdamOptions(options.learningRate).betas({0.9, 0.98}).eps(1e-9));
    const std::string centroidsJson = speakerCentroidsJson(data.speakerCentroids());
    const auto started = std::chrono::steady_clock::now();
    const long long previous =
        start && start->notes.count("steps") ? std::stoll(start->notes.at("steps")) : 0;
    double lastValidation = NAN;
    const auto snapshot = [&](int steps) {
        FastSpeech2Checkpoint out;
        out.config = config;
        out.features = data.spec;
        out.symbols = data.symbols;
        out.parameters = model->exportParameters();
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        out.notes["steps"] = std::to_string(previous + steps);
        out.notes["train_seconds"] = std::to_string(seconds);
        out.notes["utterances"] = std::to_string(training.size());
        out.notes["validation_mel_l1"] =
            std::isnan(lastValidation) ? "" : std::to_string(lastValidation);
        if (config.speakerDim > 0)
            out.notes["speaker_centroids"] = centroidsJson;
        if (warmCopied > 0)
            out.notes["warm_start_tensors"] = std::to_string(warmCopied);
        if (options.referenceMix > 0)
            out.notes["reference_mix"] = std::to_string(options.referenceMix);
        if (consistency) {
            out.notes["speaker_loss_weight"] = std::to_string(options.speakerLossWeight);
            out.notes["speaker_loss_encoder_dim"] =
                std::to_string(options.speakerLossEncoder->config.embedding);
        }
        return out;
    };
    std::vector<std::vector<int>> batches;
    std::size_t nextBatch = 0;
    for (int step = 1; step <= options.steps; ++step) {
        reportProgress(progress, double(step - 1) / options.steps);
        if (nextBatch >= batches.size()) {
            batches = ttsEpochBatches(data, training, options.batchSize, rng);
            nextBatch = 0;
        }
        const double global = double(previous + step);
        const double warm = warmupDecay(global, options.warmupSteps);
        for (auto &group : optimizer.param_groups())
            static_cast<torch::optim::AdamOptions &>(group.options())
                .lr(options.learningRate * warm);
        model->train();
        const std::vector<int> &members = batches[nextBatch++];
        TtsBatch batch = makeTtsBatch(data, members);
        if (ownTargets) {
            lossTargets = torch::zeros(
                {std::int64_t(members.size()), options.speakerLossEncoder->config.embedding});
            for (std::size_t k = 0; k < members.size(); ++k)
                lossTargets[std::int64_t(k)].copy_(torch::tensor(lossTargetOf(members[k])));
        }
        if (options.referenceMix > 0)
            mixReferences(batch, members);
        optimizer.zero_grad();
        const Losses l =
            lossesOf(model, batch, {consistency.get(), options.speakerLossWeight, &rng},
                     ownTargets ? lossTargets : batch.speakers);
        l.total.backward();
        torch::nn::utils::clip_grad_norm_(model->parameters(), 1.0);
        optimizer.step();

        FastSpeech2Step info;
        info.step = step;
        info.loss = l.total.item<double>();
        info.mel = l.mel.item<double>();
        info.duration = l.duration.item<double>();
        info.pitch = l.pitch.item<double>();
        info.energy = l.energy.item<double>();
        info.speaker = l.speaker.defined() ? l.speaker.item<double>() : 0.0;
        if (!validation.empty() && (step % options.validateEvery == 0 || step == options.steps)) {
            torch::NoGradGuard noGrad;
            model->eval();
            double sum = 0.0;
            int count = 0;
            for (std::size_t at = 0; at < validation.size(); at += std::size_t(options.batchSize)) {
                const std::vector<int> members(
                    validation.begin() + std::ptrdiff_t(at),
                    validation.begin() +
                        std::ptrdiff_t(
                            std::min(validation.size(), at + std::size_t(options.batchSize))));
                sum += lossesOf(model, makeTtsBatch(data, members)).mel.item<double>() *
                       double(members.size());
                count += int(members.size());
            }
            lastValidation = sum / count;
            info.validated = true;
        }
        info.validationMel = lastValidation;
        if (onStep)
            onStep(info);
        if (onCheckpoint && options.checkpointEvery > 0 && step % options.checkpointEvery == 0 &&
            step < options.steps) {
            model->eval();
            onCheckpoint(snapshot(step));
        }
    }
    reportProgress(progress, 1.0);
    return snapshot(options.steps);
}

} // namespace wb

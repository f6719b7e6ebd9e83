#include <torch/torch.h>

#include "FastSpeech2Trainer.h"

#include "Error.h"
#include "FastSpeech2.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

namespace wb {

namespace {

struct Batch
{
    torch::Tensor ids, durations, pitch, energy, mel, melPad;
};

Batch makeBatch(const TtsDataset &data, const std::vector<int> &members)
{
    std::int64_t maxT = 0, maxF = 0;
    for (int i : members) {
        maxT = std::max<std::int64_t>(maxT, std::int64_t(data.items[std::size_t(i)].ids.size()));
        maxF = std::max<std::int64_t>(maxF, std::int64_t(data.items[std::size_t(i)].mel.rows()));
    }
    const auto b = std::int64_t(members.size());
    const int nm = data.spec.nMels;
    Batch out;
    out.ids = torch::zeros({b, maxT}, torch::kLong);
    out.durations = torch::zeros({b, maxT}, torch::kLong);
    out.pitch = torch::zeros({b, maxT});
    out.energy = torch::zeros({b, maxT});
    out.mel = torch::zeros({b, maxF, nm});
    out.melPad = torch::ones({b, maxF}, torch::kBool);
    for (std::int64_t k = 0; k < b; ++k) {
        const TtsItem &it = data.items[std::size_t(members[std::size_t(k)])];
        const auto t = std::int64_t(it.ids.size()), f = std::int64_t(it.mel.rows());
        std::vector<std::int64_t> ids(it.ids.begin(), it.ids.end()),
            dur(it.durations.begin(), it.durations.end());
        out.ids[k].slice(0, 0, t).copy_(torch::tensor(ids, torch::kLong));
        out.durations[k].slice(0, 0, t).copy_(torch::tensor(dur, torch::kLong));
        out.pitch[k].slice(0, 0, t).copy_(torch::tensor(it.pitch));
        out.energy[k].slice(0, 0, t).copy_(torch::tensor(it.energy));
        out.mel[k].slice(0, 0, f).copy_(
            torch::from_blob(const_cast<float *>(it.mel.values().data()), {f, nm}, torch::kFloat));
        out.melPad[k].slice(0, 0, f).fill_(false);
    }
    return out;
}

struct Losses
{
    torch::Tensor total, mel, duration, pitch, energy;
};

Losses lossesOf(FastSpeech2 &model, const Batch &b)
{
    const FastSpeech2Impl::Output out = model->forward(b.ids, b.durations, b.pitch, b.energy);
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
    return l;
}

/** Batches of similar length: shuffle, sort chunks of 8 batches by frames, cut, shuffle the
 * batches. */
std::vector<std::vector<int>> epochBatches(const TtsDataset &data, const std::vector<int> &pool,
                                           int batchSize, std::mt19937_64 &rng)
{
    std::vector<int> order = pool;
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<std::vector<int>> batches;
    const std::size_t chunk = std::size_t(batchSize) * 8;
    for (std::size_t at = 0; at < order.size(); at += chunk) {
        const auto end = order.begin() + std::ptrdiff_t(std::min(order.size(), at + chunk));
        std::sort(order.begin() + std::ptrdiff_t(at), end, [&](int a, int b) {
            return data.items[std::size_t(a)].mel.rows() < data.items[std::size_t(b)].mel.rows();
        });
        for (auto it = order.begin() + std::ptrdiff_t(at); it < end;
             it += std::min<std::ptrdiff_t>(batchSize, end - it))
            batches.emplace_back(it, std::min(end, it + batchSize));
    }
    std::shuffle(batches.begin(), batches.end(), rng);
    return batches;
}

} // namespace

FastSpeech2Checkpoint trainFastSpeech2(
    const TtsDataset &data, const FastSpeech2TrainOptions &options, const ProgressFn &progress,
    const std::function<void(const FastSpeech2Step &)> &onStep, const FastSpeech2Checkpoint *start,
    const std::function<void(const FastSpeech2Checkpoint &)> &onCheckpoint)
{
    if (options.steps < 1 || options.steps > 10000000)
        throw Error("steps must be between 1 and 10000000");
    if (options.batchSize < 1 || options.batchSize > 256)
        throw Error("batch size must be between 1 and 256");
    if (!(options.learningRate > 0.0 && options.learningRate < 1.0))
        throw Error("learning rate must be in (0, 1)");
    if (!(options.validationFraction >= 0.0 && options.validationFraction < 0.5))
        throw Error("validation fraction must be in [0, 0.5)");
    if (data.items.empty())
        throw Error("no training data");
    FastSpeech2Config config = start ? start->config : options.config;
    config.vocab = data.symbols.size();
    config.nMels = data.spec.nMels;
    config.validate();
    if (start && !(start->symbols == data.symbols))
        throw Error("the checkpoint was trained with another symbol table than this corpus");
    if (options.threads > 0)
        torch::set_num_threads(options.threads);
    torch::manual_seed(options.seed);
    std::mt19937_64 rng(options.seed);

    FastSpeech2 model(config);
    if (start)
        model->copyFrom(start->parameters, "the starting checkpoint");
    // Held-out utterances: a fixed part of a seeded shuffle.
    std::vector<int> all(data.items.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = int(i);
    std::shuffle(all.begin(), all.end(), rng);
    const auto held =
        all.size() > 20 ? std::size_t(std::lround(all.size() * options.validationFraction)) : 0;
    const std::vector<int> validation(all.begin(), all.begin() + std::ptrdiff_t(held));
    const std::vector<int> training(all.begin() + std::ptrdiff_t(held), all.end());

    torch::optim::Adam optimizer(
        model->parameters(),
        torch::optim::AdamOptions(options.learningRate).betas({0.9, 0.98}).eps(1e-9));
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
        return out;
    };
    std::vector<std::vector<int>> batches;
    std::size_t nextBatch = 0;
    for (int step = 1; step <= options.steps; ++step) {
        reportProgress(progress, double(step - 1) / options.steps);
        if (nextBatch >= batches.size()) {
            batches = epochBatches(data, training, options.batchSize, rng);
            nextBatch = 0;
        }
        const double global = double(previous + step);
        const double warm =
            std::min(global / options.warmupSteps, std::sqrt(options.warmupSteps / global));
        for (auto &group : optimizer.param_groups())
            static_cast<torch::optim::AdamOptions &>(group.options())
                .lr(options.learningRate * warm);
        model->train();
        const Batch batch = makeBatch(data, batches[nextBatch++]);
        optimizer.zero_grad();
        const Losses l = lossesOf(model, batch);
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
                sum += lossesOf(model, makeBatch(data, members)).mel.item<double>() *
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

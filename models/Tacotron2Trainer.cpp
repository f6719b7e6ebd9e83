#include <torch/torch.h>

#include "Tacotron2Trainer.h"

#include "Error.h"
#include "Tacotron2.h"
#include "TtsBatches.h"

#include <chrono>
#include <cmath>

namespace wb {

namespace {

struct TacoLosses
{
    torch::Tensor total, mel, postnet, stop, guided;
    double focus = 0.0;
};

TacoLosses tacotronLosses(Tacotron2 &model, const TtsBatch &b, const Tacotron2TrainOptions &o)
{
    const int r = model->config().reduction;
    const Tacotron2Impl::Output out = model->forward(b.ids, b.mel);
    const torch::Tensor frameMask = b.melPad.logical_not().to(torch::kFloat); // [B, F]
    const torch::Tensor mask = frameMask.unsqueeze(-1);
    const double bands = double(b.mel.size(2));
    const torch::Tensor count = (mask.sum() * bands).clamp_min(1.0);
    TacoLosses l;
    l.mel = ((out.melBefore - b.mel).abs() * mask).sum() / count;
    l.postnet = ((out.mel - b.mel).abs() * mask).sum() / count;

    // Stop target per decoder step: 1 from the step holding the last real frame on.
    const auto steps = out.stop.size(1);
    const torch::Tensor frames = frameMask.sum(1);                                 // [B]
    const torch::Tensor lastStep = ((frames - 1.0) / r).floor().unsqueeze(1);      // [B,1]
    const torch::Tensor stepIndex = torch::arange(steps, torch::kFloat).unsqueeze(0); // [1,S]
    const torch::Tensor stopTarget = stepIndex.ge(lastStep).to(torch::kFloat);
    l.stop = torch::binary_cross_entropy_with_logits(
        out.stop, stopTarget, {}, torch::full({1}, 5.0), at::Reduction::Mean);

    // Guided attention: W[s, n] = 1 - exp(-(n/N - s/S)^2 / (2 g^2)) inside each item's extent.
    const torch::Tensor symbols = b.ids.ne(0).sum(1).to(torch::kFloat).unsqueeze(1).unsqueeze(2);
    const torch::Tensor validSteps = (lastStep + 1.0).unsqueeze(2);               // [B,1,1]
    const torch::Tensor n = torch::arange(b.ids.size(1), torch::kFloat).view({1, 1, -1});
    const torch::Tensor s = torch::arange(steps, torch::kFloat).view({1, -1, 1});
    const torch::Tensor inside = n.lt(symbols).logical_and(s.lt(validSteps)).to(torch::kFloat);
    const torch::Tensor w =
        1.0 - torch::exp(-(n / symbols - s / validSteps).pow(2) / (2.0 * o.guidedSigma * o.guidedSigma));
    l.guided = (out.alignment * w * inside).sum() / validSteps.sum().clamp_min(1.0);
    {
        torch::NoGradGuard noGrad;
        const torch::Tensor stepValid = s.lt(validSteps).squeeze(2).to(torch::kFloat); // [B,S]
        l.focus = ((std::get<0>(out.alignment.max(2)) * stepValid).sum() / stepValid.sum())
                      .item<double>();
    }
    l.total = l.mel + l.postnet + l.stop + o.guidedAttention * l.guided;
    return l;
}

} // namespace

Tacotron2Checkpoint trainTacotron2(const TtsDataset &data, const Tacotron2TrainOptions &options,
                                   const ProgressFn &progress,
                                   const std::function<void(const Tacotron2Step &)> &onStep,
                                   const Tacotron2Checkpoint *start,
                                   const std::function<void(const Tacotron2Checkpoint &)> &onCheckpoint)
{
    if (!(options.guidedAttention >= 0.0 && options.guidedAttention <= 100.0))
        throw Error("guided attention weight must be between 0 and 100");
    if (!(options.guidedSigma > 0.0 && options.guidedSigma <= 1.0))
        throw Error("guided attention width must be in (0, 1]");
    std::mt19937_64 rng = startTtsTraining(data,
                                           {options.steps, options.batchSize, options.learningRate,
                                            options.validationFraction, options.threads, options.seed},
                                           start ? &start->symbols : nullptr);
    Tacotron2Config config = start ? start->config : options.config;
    config.vocab = data.symbols.size();
    config.nMels = data.spec.nMels;
    config.validate();

    Tacotron2 model(config);
    if (start)
        model->copyFrom(start->parameters, "the starting checkpoint");
    std::vector<int> validation, training;
    splitHeldOut(data.items.size(), options.validationFraction, rng, validation, training);
    torch::optim::Adam optimizer(model->parameters(),
                                 torch::optim::AdamOptions(options.learningRate).weight_decay(1e-6));
    const auto began = std::chrono::steady_clock::now();
    const long long before =
        start && start->notes.count("steps") ? std::stoll(start->notes.at("steps")) : 0;
    double heldOut = NAN;
    const auto checkpointAt = [&](int steps) {
        Tacotron2Checkpoint c;
        c.config = config;
        c.features = data.spec;
        c.symbols = data.symbols;
        c.parameters = model->exportParameters();
        c.notes["steps"] = std::to_string(before + steps);
        c.notes["train_seconds"] = std::to_string(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count());
        c.notes["utterances"] = std::to_string(training.size());
        c.notes["validation_mel_l1"] = std::isnan(heldOut) ? "" : std::to_string(heldOut);
        return c;
    };
    const int r = config.reduction;
    std::vector<std::vector<int>> epoch;
    std::size_t next = 0;
    for (int step = 1; step <= options.steps; ++step) {
        reportProgress(progress, double(step - 1) / options.steps);
        if (next >= epoch.size()) {
            epoch = ttsEpochBatches(data, training, options.batchSize, rng);
            next = 0;
        }
        for (auto &group : optimizer.param_groups())
            static_cast<torch::optim::AdamOptions &>(group.options())
                .lr(options.learningRate * warmupDecay(double(before + step), options.warmupSteps));
        model->train();
        optimizer.zero_grad();
        const TacoLosses l = tacotronLosses(model, makeTtsBatch(data, epoch[next++], r), options);
        l.total.backward();
        torch::nn::utils::clip_grad_norm_(model->parameters(), 1.0);
        optimizer.step();

        Tacotron2Step info;
        info.step = step;
        info.loss = l.total.item<double>();
        info.mel = l.mel.item<double>();
        info.postnet = l.postnet.item<double>();
        info.stop = l.stop.item<double>();
        info.guided = l.guided.item<double>();
        info.focus = l.focus;
        if (!validation.empty() && (step % options.validateEvery == 0 || step == options.steps)) {
            torch::NoGradGuard noGrad;
            model->eval();
            double sum = 0.0;
            for (std::size_t at = 0; at < validation.size(); at += std::size_t(options.batchSize)) {
                const auto end = std::min(validation.size(), at + std::size_t(options.batchSize));
                const std::vector<int> members(validation.begin() + std::ptrdiff_t(at),
                                               validation.begin() + std::ptrdiff_t(end));
                sum += tacotronLosses(model, makeTtsBatch(data, members, r), options)
                           .postnet.item<double>() *
                       double(members.size());
            }
            heldOut = sum / double(validation.size());
            info.validated = true;
        }
        info.validationMel = heldOut;
        if (onStep)
            onStep(info);
        if (onCheckpoint && options.checkpointEvery > 0 && step % options.checkpointEvery == 0 &&
            step < options.steps) {
            model->eval();
            onCheckpoint(checkpointAt(step));
        }
    }
    reportProgress(progress, 1.0);
    return checkpointAt(options.steps);
}

} // namespace wb

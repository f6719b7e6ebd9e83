#include <torch/torch.h>

#include "WaveNetTrainer.h"

#include "Error.h"
#include "MuLaw.h"
#include "WaveNet.h"

#include <random>

namespace wb {

struct WaveNetTrainer::Private
{
    WaveNetConfig config;
    WaveNetTrainOptions options;
    torch::Device device{torch::kCPU};
    std::unique_ptr<WaveNetWeights> initial;
};

WaveNetTrainer::WaveNetTrainer(const WaveNetConfig &config, const WaveNetTrainOptions &options)
    : d(std::make_unique<Private>())
{
    config.validate();
    if (options.steps < 1 || options.batchSize < 1 || options.targetLength < 1)
        throw Error("WaveNet training needs at least one step, one crop and one target sample");
    if (!(options.learningRate > 0.0) || options.learningRate > 1.0)
        throw Error("WaveNet learning rate must be in (0, 1]");
    d->config = config;
    d->options = options;
    if (options.useCuda && torch::cuda::is_available())
        d->device = torch::Device(torch::kCUDA, 0);
}

WaveNetTrainer::~WaveNetTrainer() = default;

void WaveNetTrainer::setThreads(int n)
{
    if (n > 0)
        torch::set_num_threads(n);
}

std::string WaveNetTrainer::deviceName() const
{
    return d->device.str();
}

void WaveNetTrainer::setInitialWeights(const WaveNetWeights &weights)
{
    if (weights.config() != d->config)
        throw Error("cannot continue training: the weights are for " + weights.config().describe() +
                    ", not " + d->config.describe());
    d->initial = std::make_unique<WaveNetWeights>(weights);
}

WaveNetWeights WaveNetTrainer::train(const std::vector<float> &signal, const ProgressFn &progress,
                                     const LossFn &onLoss, const std::vector<float> &mel)
{
    const WaveNetConfig &c = d->config;
    const WaveNetTrainOptions &o = d->options;
    const std::int64_t field = c.receptiveField();
    const std::int64_t target = o.targetLength;
    const std::int64_t crop = field + target; // field - 1 context inputs, then target inputs
    if (std::int64_t(signal.size()) < crop)
        throw Error("the clip has " + std::to_string(signal.size()) + " samples; training needs at least " +
                    std::to_string(crop) + " (receptive field " + std::to_string(field) + " + target length " +
                    std::to_string(target) + ")");
    const std::int64_t frames = c.conditioned() ? std::int64_t(mel.size()) / c.melChannels : 0;
    if (c.conditioned() &&
        (mel.size() % std::size_t(c.melChannels) != 0 || frames * c.hopLength < std::int64_t(signal.size())))
        throw Error("the mel has " + std::to_string(frames) + " frames, too few for " +
                    std::to_string(signal.size()) + " samples at hop " + std::to_string(c.hopLength));
    setThreads(o.threads);

    torch::manual_seed(o.seed);
    WaveNet model(c);
    if (d->initial)
        model->copyFrom(*d->initial);
    model->to(d->device);
    model->train();
    torch::optim::Adam optimizer(model->parameters(), torch::optim::AdamOptions(o.learningRate));

    const std::vector<int> codes = muLawEncode(signal, c.mu());
    const torch::Tensor all =
        torch::tensor(std::vector<std::int64_t>(codes.begin(), codes.end()), torch::kLong).to(d->device);
    // [1, melChannels, frames]: upsampled to one column per sample crop by crop, since a whole
    // corpus at the sample rate would take melChannels floats per sample (gigabytes).
    torch::Tensor melFrames;
    if (c.conditioned()) {
        const torch::Tensor m = torch::from_blob(const_cast<float *>(mel.data()), {frames, c.melChannels},
                                                 torch::kFloat);
        melFrames = m.t().unsqueeze(0).contiguous().to(d->device);
    }
    std::mt19937_64 rng(o.seed);
    std::uniform_int_distribution<std::int64_t> start(0, std::int64_t(signal.size()) - crop);

    for (int step = 0; step < o.steps; ++step) {
        std::vector<torch::Tensor> inputs, targets, conds;
        for (int b = 0; b < o.batchSize; ++b) {
            const std::int64_t s = start(rng);
            inputs.push_back(all.slice(0, s, s + crop - 1));
            targets.push_back(all.slice(0, s + field, s + crop));
            if (c.conditioned()) {
                const std::int64_t first = s / c.hopLength, last = (s + crop - 2) / c.hopLength;
                const torch::Tensor columns =
                    model->upsampleMel(melFrames.slice(2, first, last + 1)).squeeze(0);
                const std::int64_t at = s - first * c.hopLength;
                conds.push_back(columns.slice(1, at, at + crop - 1));
            }
        }
        const torch::Tensor x = model->oneHot(torch::stack(inputs));
        const torch::Tensor m = c.conditioned() ? torch::stack(conds) : torch::Tensor();
        // Only the last `target` outputs see a full receptive field of real samples.
        const torch::Tensor logits = model->forward(x, m).slice(2, field - 1);
        const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, torch::stack(targets));
        optimizer.zero_grad();
        loss.backward();
        optimizer.step();
        if (onLoss)
            onLoss(step, loss.item<double>());
        reportProgress(progress, double(step + 1) / o.steps);
    }
    model->to(torch::kCPU);
    return model->weights();
}

} // namespace wb

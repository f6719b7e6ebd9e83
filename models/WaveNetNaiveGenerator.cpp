#include <torch/torch.h>

#include "WaveNetNaiveGenerator.h"

#include "Error.h"
#include "WaveNet.h"

namespace wb {

struct WaveNetNaiveGenerator::Private
{
    explicit Private(const WaveNetConfig &c) : model(c) {}
    WaveNet model;
    std::vector<float> last;

    torch::Tensor run(const std::vector<int> &codes, const std::vector<float> &mel)
    {
        const WaveNetConfig &c = model->config();
        const auto n = std::int64_t(codes.size());
        if (n == 0)
            throw Error("WaveNet needs at least one input sample");
        if (c.conditioned() && std::int64_t(mel.size()) != n * c.melChannels)
            throw Error("mel-conditioned WaveNet: expected " + std::to_string(n * c.melChannels) +
                        " mel values, got " + std::to_string(mel.size()));
        torch::NoGradGuard noGrad;
        const torch::Tensor x = model->oneHot(
            torch::tensor(std::vector<std::int64_t>(codes.begin(), codes.end()), torch::kLong).unsqueeze(0));
        torch::Tensor m;
        if (c.conditioned())
            m = torch::from_blob(const_cast<float *>(mel.data()), {1, c.melChannels, n}, torch::kFloat);
        return model->forward(x, m).squeeze(0).contiguous(); // [levels, n]
    }
};

WaveNetNaiveGenerator::WaveNetNaiveGenerator(const WaveNetWeights &weights)
    : d(std::make_unique<Private>(weights.config()))
{
    d->model->copyFrom(weights);
    d->model->eval();
}

WaveNetNaiveGenerator::~WaveNetNaiveGenerator() = default;

const float *WaveNetNaiveGenerator::logits(const std::vector<int> &codes, const std::vector<float> &mel)
{
    const torch::Tensor last = d->run(codes, mel).select(1, std::int64_t(codes.size()) - 1).contiguous();
    d->last.assign(last.data_ptr<float>(), last.data_ptr<float>() + last.numel());
    return d->last.data();
}

std::vector<float> WaveNetNaiveGenerator::allLogits(const std::vector<int> &codes, const std::vector<float> &mel)
{
    const torch::Tensor all = d->run(codes, mel);
    return std::vector<float>(all.data_ptr<float>(), all.data_ptr<float>() + all.numel());
}

} // namespace wb

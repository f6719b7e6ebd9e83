#include "WaveNet.h"

#include "Error.h"
#include "ModuleTensors.h"

namespace wb {

namespace {

namespace F = torch::nn::functional;

torch::nn::Conv1d conv(int in, int out, int kernel, int dilation = 1, bool bias = true)
{
    return torch::nn::Conv1d(
        torch::nn::Conv1dOptions(in, out, kernel).dilation(dilation).bias(bias));
}

// A kernel-2 convolution made causal by padding `dilation` zeros on the left.
torch::Tensor causal(torch::nn::Conv1d c, const torch::Tensor &x, int dilation)
{
    return c->forward(F::pad(x, F::PadFuncOptions({dilation, 0})));
}

/** One gated residual layer; registered under "layers.<i>" so names match PyTorch's. */
class LayerImpl : public torch::nn::Module
{
public:
    LayerImpl(int channels, int dilation, int melChannels) : m_dilation(dilation)
    {
        filter = register_module("filter", conv(channels, channels, 2, dilation));
        gate = register_module("gate", conv(channels, channels, 2, dilation));
        residual = register_module("residual", conv(channels, channels, 1));
        skip = register_module("skip", conv(channels, channels, 1));
        if (melChannels > 0)
            cond = register_module("cond", conv(melChannels, 2 * channels, 1, 1, /*bias=*/false));
    }

    /** Returns the layer's output; adds its skip contribution to skipSum. */
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &mel, torch::Tensor &skipSum)
    {
        torch::Tensor f = causal(filter, x, m_dilation);
        torch::Tensor g = causal(gate, x, m_dilation);
        if (cond) {
            const auto c = cond->forward(mel).chunk(2, /*dim=*/1);
            f = f + c[0];
            g = g + c[1];
        }
        const torch::Tensor z = torch::tanh(f) * torch::sigmoid(g);
        const torch::Tensor s = skip->forward(z);
        skipSum = skipSum.defined() ? skipSum + s : s;
        return x + residual->forward(z);
    }

    torch::nn::Conv1d filter{nullptr}, gate{nullptr}, residual{nullptr}, skip{nullptr},
        cond{nullptr};

private:
    int m_dilation;
};

TORCH_MODULE(Layer);

} // namespace

WaveNetImpl::WaveNetImpl(const WaveNetConfig &config) : m_config(config)
{
    m_config.validate();
    const int r = config.channels;
    m_input = register_module("input_conv", conv(config.levels, r, 2));
    m_layers = register_module("layers", torch::nn::ModuleList());
    for (int i = 0; i < config.totalLayers(); ++i)
        m_layers->push_back(Layer(r, config.dilation(i), config.melChannels));
    m_output1 = register_module("output1", conv(r, r, 1));
    m_output2 = register_module("output2", conv(r, config.levels, 1));
}

torch::Tensor WaveNetImpl::forward(const torch::Tensor &oneHot, const torch::Tensor &mel)
{
    if (m_config.conditioned() && (!mel.defined() || mel.size(2) != oneHot.size(2)))
        throw Error("a mel-conditioned WaveNet needs one mel column per input sample");
    torch::Tensor x = causal(m_input, oneHot, 1);
    torch::Tensor skipSum;
    for (const auto &module : *m_layers)
        x = module->as<LayerImpl>()->forward(x, mel, skipSum);
    torch::Tensor h = m_output1->forward(torch::relu(skipSum));
    return m_output2->forward(torch::relu(h));
}

torch::Tensor WaveNetImpl::oneHot(const torch::Tensor &codes) const
{
    return F::one_hot(codes.to(torch::kLong), m_config.levels).permute({0, 2, 1}).to(torch::kFloat);
}

torch::Tensor WaveNetImpl::upsampleMel(const torch::Tensor &mel) const
{
    return mel.repeat_interleave(m_config.hopLength, /*dim=*/2);
}

WaveNetWeights WaveNetImpl::weights() const
{
    SafeTensors t = parametersOf(*this);
    t.metadata() = m_config.toMetadata();
    return WaveNetWeights::fromSafeTensors(std::move(t), "module");
}

void WaveNetImpl::copyFrom(const WaveNetWeights &weights)
{
    if (weights.config() != m_config)
        throw Error("WaveNet weights for " + weights.config().describe() +
                    " do not fit a model with " + m_config.describe());
    torch::NoGradGuard noGrad;
    for (auto &item : named_parameters()) {
        const auto &src = weights.tensors().at(item.key());
        torch::Tensor p = item.value();
        const torch::Tensor cpu =
            torch::from_blob(const_cast<float *>(src.data.data()), p.sizes(), torch::kFloat);
        p.copy_(cpu);
    }
}

} // namespace wb

#pragma once
// Includes torch: only for .cpp files that already include torch/torch.h first.
#include <torch/torch.h>

#include "WaveNetConfig.h"
#include "WaveNetWeights.h"

namespace wb {

/**
 * The course's WaveNet in LibTorch: a causal kernel-2 input convolution over
 * the one-hot mu-law signal; blocks x layers gated residual layers with
 * dilations 1, 2, ..., 2^(layers-1) per block (filter and gate convolutions of
 * kernel 2, tanh(f) * sigmoid(g), a 1x1 residual added to the layer's input
 * and a 1x1 skip); the skips summed, then ReLU, 1x1, ReLU, 1x1 to the levels.
 * Each causal convolution pads its own input with zeros on the left, so output
 * t sees inputs up to t only. When mel-conditioned, a 1x1 projection of the
 * upsampled mel is added to every layer's filter and gate pre-activations.
 * Used by one thread at a time; bad shapes throw c10::Error from torch, and
 * copyFrom() throws wb::Error for weights of another configuration.
 */
class WaveNetImpl : public torch::nn::Module
{
public:
    explicit WaveNetImpl(const WaveNetConfig &config);

    /**
     * oneHot [batch, levels, time] -> logits [batch, levels, time]; logits at t
     * predict the sample after input t. mel, when conditioned, is already
     * upsampled to one column per input sample: [batch, melChannels, time].
     */
    torch::Tensor forward(const torch::Tensor &oneHot, const torch::Tensor &mel = {});
    /** Integer levels [batch, time] -> one-hot float [batch, levels, time]. */
    torch::Tensor oneHot(const torch::Tensor &codes) const;
    /** Mel frames [batch, melChannels, frames] -> [batch, melChannels, frames * hopLength]. */
    torch::Tensor upsampleMel(const torch::Tensor &mel) const;

    const WaveNetConfig &config() const { return m_config; }
    /** The parameters as plain float arrays (copied to the CPU). */
    WaveNetWeights weights() const;
    /** Overwrites the parameters; wb::Error when weights belong to another configuration. */
    void copyFrom(const WaveNetWeights &weights);

private:
    WaveNetConfig m_config;
    torch::nn::Conv1d m_input{nullptr};
    torch::nn::ModuleList m_layers;
    torch::nn::Conv1d m_output1{nullptr}, m_output2{nullptr};
};

TORCH_MODULE(WaveNet);

} // namespace wb

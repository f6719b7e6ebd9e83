#pragma once
// Includes torch: only for .cpp files that include torch/torch.h before any Qt header.
#include <torch/torch.h>

#include "AudioClassifierCheckpoint.h"

namespace wb {

/**
 * The seed's keyword network on a log-mel input [batch, 1, mels, frames]:
 * three blocks of 3x3 convolution, ReLU and 2x2 max-pooling (channels1..3),
 * global average pooling, a hidden layer with ReLU and dropout, and one logit
 * per class. One instance per thread.
 */
class AudioClassifierNetImpl : public torch::nn::Module
{
public:
    explicit AudioClassifierNetImpl(const ClassifierConfig &config);
    /** Logits [batch, classes]. */
    torch::Tensor forward(torch::Tensor x);
    /** Copies parameters in (shapes already checked by the checkpoint). */
    void loadParameters(const SafeTensors &parameters);

private:
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, conv3{nullptr};
    torch::nn::Linear hidden{nullptr}, out{nullptr};
    torch::nn::Dropout dropout{nullptr};
};
TORCH_MODULE(AudioClassifierNet);

} // namespace wb

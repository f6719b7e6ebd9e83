#include <torch/torch.h>

#include "AudioClassifierNet.h"

#include "Error.h"

namespace wb {

namespace {

torch::nn::Conv2d conv(int in, int out)
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, /*kernel_size=*/3).padding(1));
}

} // namespace

AudioClassifierNetImpl::AudioClassifierNetImpl(const ClassifierConfig &c)
{
    c.validate();
    conv1 = register_module("conv1", conv(1, c.channels1));
    conv2 = register_module("conv2", conv(c.channels1, c.channels2));
    conv3 = register_module("conv3", conv(c.channels2, c.channels3));
    hidden = register_module("hidden", torch::nn::Linear(c.channels3, c.hidden));
    out = register_module("out", torch::nn::Linear(c.hidden, c.classes));
    dropout = register_module("dropout", torch::nn::Dropout(double(c.dropout)));
}

torch::Tensor AudioClassifierNetImpl::forward(torch::Tensor x)
{
    x = torch::max_pool2d(torch::relu(conv1->forward(x)), /*kernel_size=*/2);
    x = torch::max_pool2d(torch::relu(conv2->forward(x)), /*kernel_size=*/2);
    x = torch::max_pool2d(torch::relu(conv3->forward(x)), /*kernel_size=*/2);
    x = x.mean({2, 3}); // global average pooling
    x = dropout->forward(torch::relu(hidden->forward(x)));
    return out->forward(x);
}

void AudioClassifierNetImpl::loadParameters(const SafeTensors &parameters)
{
    torch::NoGradGuard noGrad;
    for (auto &item : named_parameters()) {
        const SafeTensors::Tensor &t = parameters.at(item.key());
        if (t.elementCount() != item.value().numel())
            throw Error("parameter '" + item.key() + "' has the wrong size");
        item.value().copy_(torch::from_blob(const_cast<float *>(t.data.data()),
                                            item.value().sizes(), torch::kFloat));
    }
}

} // namespace wb

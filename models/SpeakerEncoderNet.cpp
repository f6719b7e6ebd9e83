#include <torch/torch.h>

#include "SpeakerEncoderNet.h"

#include <algorithm>

namespace wb {

SpeakerEncoderNetImpl::SpeakerEncoderNetImpl(const SpeakerEncoderConfig &config)
{
    config.validate();
    lstm = register_module(
        "lstm", torch::nn::LSTM(torch::nn::LSTMOptions(config.nMels, config.hidden)
                                    .num_layers(config.layers)
                                    .batch_first(true)));
    proj = register_module("proj", torch::nn::Linear(config.hidden, config.embedding));
}

torch::Tensor SpeakerEncoderNetImpl::forward(torch::Tensor frames)
{
    const auto out = lstm->forward(frames);
    const torch::Tensor last = std::get<0>(std::get<1>(out))[-1]; // h_n of the top layer
    const torch::Tensor e = proj->forward(last);
    return e / (e.norm(2, 1, true) + 1e-6);
}

std::vector<float> embedUtteranceFrames(SpeakerEncoderNet &net, const std::vector<float> &frames,
                                        const SpeakerFeatures &features, int minFrames)
{
    const int mels = features.nMels;
    const int total = int(frames.size() / std::size_t(mels));
    if (total < std::max(minFrames, 1))
        return {};
    torch::NoGradGuard noGrad;
    const torch::Tensor all =
        torch::from_blob(const_cast<float *>(frames.data()), {total, mels}, torch::kFloat32);
    std::vector<torch::Tensor> windows;
    const int w = features.windowFrames;
    if (total <= w) {
        windows.push_back(all);
    } else {
        int start = 0;
        for (; start + w <= total; start += features.windowStep)
            windows.push_back(all.narrow(0, start, w));
        // The tail, so the end of a recording is heard too.
        if (start - features.windowStep + w < total)
            windows.push_back(all.narrow(0, total - w, w));
    }
    const torch::Tensor e = net->forward(torch::stack(windows)).mean(0);
    const torch::Tensor unit = (e / (e.norm() + 1e-6)).contiguous();
    return std::vector<float>(unit.data_ptr<float>(), unit.data_ptr<float>() + unit.numel());
}

} // namespace wb

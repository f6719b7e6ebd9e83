#pragma once
// Includes torch: only for .cpp files that include torch/torch.h before any Qt header.
#include <torch/torch.h>

#include "SpeakerEncoderCheckpoint.h"

namespace wb {

/**
 * The GE2E speaker encoder: an LSTM stack over [batch, frames, mels], the
 * top layer's last hidden state projected linearly and L2-normalized.
 * One instance per thread.
 */
class SpeakerEncoderNetImpl : public torch::nn::Module
{
public:
    explicit SpeakerEncoderNetImpl(const SpeakerEncoderConfig &config);
    /** Unit-length embeddings [batch, embedding]. */
    torch::Tensor forward(torch::Tensor frames);

private:
    torch::nn::LSTM lstm{nullptr};
    torch::nn::Linear proj{nullptr};
};
TORCH_MODULE(SpeakerEncoderNet);

/**
 * An utterance's embedding from its normalized frames ([frames][mels]
 * row-major): the mean of the windows' unit embeddings (windowFrames long,
 * every windowStep; one window of everything when shorter), made unit length
 * again. Empty when there are fewer than minFrames frames. Runs without
 * gradients; the net is put in eval mode by the caller.
 */
std::vector<float> embedUtteranceFrames(SpeakerEncoderNet &net, const std::vector<float> &frames,
                                        const SpeakerFeatures &features, int minFrames = 20);

} // namespace wb

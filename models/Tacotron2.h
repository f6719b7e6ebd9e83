#pragma once
// Includes torch: only for .cpp files that already include torch/torch.h first.
#include <torch/torch.h>

#include "Tacotron2Checkpoint.h"

namespace wb {

/**
 * Tacotron 2 (Shen et al., 2018) in LibTorch, sized for a CPU. Encoder:
 * symbol embedding, convolutions with layer norm, a bidirectional LSTM.
 * Decoder, one step per `reduction` frames: a pre-net over the previous
 * frame (dropout 0.5, also at inference, as the paper), an attention LSTM,
 * location-sensitive attention (Chorowski et al., 2015: the energies see a
 * convolution of the previous and the cumulative attention weights, which
 * is what pushes the focus forward), a decoder LSTM, a linear layer to the
 * next frames and a stop-token logit. A convolutional post-net adds a
 * residual to the whole mel. Frames are the corpus's normalized log-mel.
 * One thread at a time.
 */
class Tacotron2Impl : public torch::nn::Module
{
public:
    explicit Tacotron2Impl(const Tacotron2Config &config);

    struct Output
    {
        torch::Tensor melBefore; ///< [B, S*r, nMels] the decoder's frames
        torch::Tensor mel;       ///< [B, S*r, nMels] after the post-net
        torch::Tensor stop;      ///< [B, S] stop-token logits, one per decoder step
        torch::Tensor alignment; ///< [B, S, T] attention weights per decoder step
    };

    /** Teacher-forced: ids [B, T] (0 = padding), target mel [B, S*r, nMels]. */
    Output forward(const torch::Tensor &ids, const torch::Tensor &targetMel);

    /**
     * Free-running for one utterance ids [1, T]: steps until the stop token
     * passes stopThreshold, or maxFrames. With `monotonic`, each step may
     * only look from one symbol behind to three ahead of the last focus,
     * a common guard against skipping and repeating at inference.
     */
    Output infer(const torch::Tensor &ids, int maxFrames, double stopThreshold = 0.5,
                 bool monotonic = true);

    const Tacotron2Config &config() const { return m_config; }
    SafeTensors exportParameters() const;
    void copyFrom(const SafeTensors &parameters, const std::string &source);

private:
    struct State;
    torch::Tensor encode(const torch::Tensor &ids, const torch::Tensor &pad);
    /** One decoder step from the previous frame's pre-net output; returns [B, r*nMels] frames. */
    torch::Tensor step(State &s, const torch::Tensor &prenetOut, torch::Tensor *stopLogit,
                       const torch::Tensor *window);
    torch::Tensor prenet(const torch::Tensor &frames);
    torch::Tensor postnet(const torch::Tensor &mel);

    Tacotron2Config m_config;
    torch::nn::Embedding m_embed{nullptr};
    torch::nn::ModuleList m_convs, m_convNorms;
    torch::nn::LSTM m_encoderLstm{nullptr};
    torch::nn::Linear m_prenet1{nullptr}, m_prenet2{nullptr};
    torch::nn::LSTMCell m_attentionRnn{nullptr}, m_decoderRnn{nullptr};
    torch::nn::Linear m_query{nullptr}, m_memory{nullptr}, m_locationDense{nullptr}, m_energy{nullptr};
    torch::nn::Conv1d m_locationConv{nullptr};
    torch::nn::Linear m_frames{nullptr}, m_stop{nullptr};
    torch::nn::ModuleList m_postnet, m_postnetNorms;
    torch::nn::Dropout m_drop{nullptr};
};
TORCH_MODULE(Tacotron2);

} // namespace wb

#pragma once
// Includes torch: only for .cpp files that already include torch/torch.h first.
#include <torch/torch.h>

#include "FastSpeech2Checkpoint.h"

namespace wb {

/** Post-norm transformer block as FastSpeech's: self-attention, then a two-layer 1-D convolution.
 */
class FftBlockImpl : public torch::nn::Module
{
public:
    FftBlockImpl(int dModel, int heads, int filter, int kernel, float dropout);
    /** x [B, T, d]; pad [B, T] true at padding. */
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &pad);

private:
    int m_heads;
    torch::nn::Linear m_qkv{nullptr}, m_out{nullptr};
    torch::nn::LayerNorm m_norm1{nullptr}, m_norm2{nullptr};
    torch::nn::Conv1d m_conv1{nullptr}, m_conv2{nullptr};
    torch::nn::Dropout m_drop{nullptr};
};
TORCH_MODULE(FftBlock);

/** Two convolutions with layer norm and a linear head: one value per phoneme. */
class VariancePredictorImpl : public torch::nn::Module
{
public:
    VariancePredictorImpl(int dModel, int filter, int kernel, float dropout);
    torch::Tensor forward(const torch::Tensor &x,
                          const torch::Tensor &pad); ///< [B, T, d] -> [B, T]

private:
    torch::nn::Conv1d m_conv1{nullptr}, m_conv2{nullptr};
    torch::nn::LayerNorm m_norm1{nullptr}, m_norm2{nullptr};
    torch::nn::Linear m_head{nullptr};
    torch::nn::Dropout m_drop{nullptr};
};
TORCH_MODULE(VariancePredictor);

/**
 * FastSpeech 2 (Ren et al., 2021) in LibTorch, sized for a CPU: symbol
 * embedding and sinusoidal positions; encoder blocks over phonemes; the
 * variance adaptor, whose duration predictor gives ln(1 + frames) per symbol
 * and whose pitch and energy predictors give one normalized value per
 * phoneme (FastPitch's phoneme-level variant), each value embedded by a 1-D
 * convolution and added back; the length regulator, which repeats each
 * phoneme's vector for its frames; decoder blocks over frames; a linear layer
 * to the normalized log-mel. Training uses the corpus's durations, pitch and
 * energy (teacher forcing); inference uses the predictions, scaled by the
 * user's controls. One thread at a time.
 */
class FastSpeech2Impl : public torch::nn::Module
{
public:
    explicit FastSpeech2Impl(const FastSpeech2Config &config);

    struct Output
    {
        torch::Tensor mel;         ///< [B, F, nMels], normalized log-mel
        torch::Tensor logDuration; ///< [B, T] predicted ln(1 + frames)
        torch::Tensor pitch;       ///< [B, T] predicted, normalized
        torch::Tensor energy;      ///< [B, T] predicted, normalized
        torch::Tensor durations;   ///< [B, T] the frames used (targets, or the rounded predictions)
        torch::Tensor framePad;    ///< [B, F] true at padding frames
    };

    /** ids [B, T] (0 = padding); targets [B, T] each (durations as long); speakers
     * [B, config.voiceInputSize()] for a multi-speaker model (the embedding, then the reference
     * spectrum when the model takes one), undefined otherwise. */
    Output forward(const torch::Tensor &ids, const torch::Tensor &durations,
                   const torch::Tensor &pitch, const torch::Tensor &energy,
                   const torch::Tensor &speakers = {});
    /** One utterance ids [1, T]; speed > 1 is faster; pitch and energy shifts are added in
     * normalized units; speaker [1, voiceInputSize()] for a multi-speaker model. */
    Output infer(const torch::Tensor &ids, double speed, double pitchShift, double energyShift,
                 int maxFrames, const torch::Tensor &speaker = {});

    const FastSpeech2Config &config() const { return m_config; }
    SafeTensors exportParameters() const;
    /** Overwrites the parameters; wb::Error for a tensor missing or of another shape. */
    void copyFrom(const SafeTensors &parameters, const std::string &source);

private:
    /** Phoneme encoder output, plus the projected speaker embedding when the model has one. */
    torch::Tensor encode(const torch::Tensor &ids, const torch::Tensor &pad,
                         const torch::Tensor &speakers);
    /** The variance adaptor's three predictions from the encoder output. */
    Output predict(const torch::Tensor &h, const torch::Tensor &pad);
    /** The speaker embedding and reference spectrum parts of a speakers input. */
    torch::Tensor embeddingPart(const torch::Tensor &speakers) const;
    torch::Tensor spectrumPart(const torch::Tensor &speakers) const;
    Output decode(torch::Tensor h, const torch::Tensor &durations, const torch::Tensor &pitchValues,
                  const torch::Tensor &energyValues, const torch::Tensor &speakers, Output out);
    torch::Tensor positions(std::int64_t length) const;

    FastSpeech2Config m_config;
    torch::nn::Embedding m_embed{nullptr};
    torch::nn::ModuleList m_encoder, m_decoder;
    VariancePredictor m_duration{nullptr}, m_pitch{nullptr}, m_energy{nullptr};
    torch::nn::Conv1d m_pitchEmbed{nullptr}, m_energyEmbed{nullptr};
    torch::nn::Linear m_melOut{nullptr};
    torch::nn::Linear m_speaker{nullptr}; ///< multi-speaker models only
    torch::nn::Linear m_speakerDecoder{nullptr}; ///< ... with config.speakerToDecoder
    /// ... with config.referenceSpectrum: the spectrum onto the encoder output and the frames
    torch::nn::Linear m_reference{nullptr}, m_referenceDecoder{nullptr};
};
TORCH_MODULE(FastSpeech2);

} // namespace wb

#include <torch/torch.h>

#include "FastSpeech2.h"

#include "Error.h"
#include "ModuleTensors.h"

#include <cmath>

namespace wb {

namespace F = torch::nn::functional;

namespace {

/** Conv1d over [B, T, C] tensors (torch's wants [B, C, T]). */
torch::Tensor convTime(torch::nn::Conv1d &conv, const torch::Tensor &x)
{
    return conv->forward(x.transpose(1, 2)).transpose(1, 2);
}

torch::nn::Conv1d sameConv(int in, int out, int kernel)
{
    return torch::nn::Conv1d(torch::nn::Conv1dOptions(in, out, kernel).padding(kernel / 2));
}

} // namespace

FftBlockImpl::FftBlockImpl(int dModel, int heads, int filter, int kernel, float dropout)
    : m_heads(heads)
{
    m_qkv = register_module("qkv", torch::nn::Linear(dModel, 3 * dModel));
    m_out = register_module("out", torch::nn::Linear(dModel, dModel));
    m_norm1 = register_module("norm1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({dModel})));
    m_norm2 = register_module("norm2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({dModel})));
    m_conv1 = register_module("conv1", sameConv(dModel, filter, kernel));
    m_conv2 = register_module("conv2", sameConv(filter, dModel, kernel));
    m_drop = register_module("drop", torch::nn::Dropout(dropout));
}

torch::Tensor FftBlockImpl::forward(const torch::Tensor &x, const torch::Tensor &pad)
{
    const auto b = x.size(0), t = x.size(1), d = x.size(2), dh = d / m_heads;
    const auto qkv =
        m_qkv->forward(x).view({b, t, 3, m_heads, dh}).permute({2, 0, 3, 1, 4}); // 3, B, H, T, dh
    torch::Tensor scores = torch::matmul(qkv[0], qkv[1].transpose(-2, -1)) / std::sqrt(double(dh));
    scores = scores.masked_fill(pad.view({b, 1, 1, t}), -1e9);
    const torch::Tensor attended =
        torch::matmul(torch::softmax(scores, -1), qkv[2]).permute({0, 2, 1, 3}).reshape({b, t, d});
    const torch::Tensor keep = pad.logical_not().unsqueeze(-1).to(x.dtype());
    torch::Tensor h = m_norm1->forward(x + m_drop->forward(m_out->forward(attended))) * keep;
    const torch::Tensor ff = convTime(m_conv2, torch::relu(convTime(m_conv1, h)));
    return m_norm2->forward(h + m_drop->forward(ff)) * keep;
}

VariancePredictorImpl::VariancePredictorImpl(int dModel, int filter, int kernel, float dropout)
{
    m_conv1 = register_module("conv1", sameConv(dModel, filter, kernel));
    m_conv2 = register_module("conv2", sameConv(filter, filter, kernel));
    m_norm1 = register_module("norm1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({filter})));
    m_norm2 = register_module("norm2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({filter})));
    m_head = register_module("head", torch::nn::Linear(filter, 1));
    m_drop = register_module("drop", torch::nn::Dropout(dropout));
}

torch::Tensor VariancePredictorImpl::forward(const torch::Tensor &x, const torch::Tensor &pad)
{
    torch::Tensor h = m_drop->forward(m_norm1->forward(torch::relu(convTime(m_conv1, x))));
    h = m_drop->forward(m_norm2->forward(torch::relu(convTime(m_conv2, h))));
    return m_head->forward(h).squeeze(-1).masked_fill(pad, 0.0);
}

FastSpeech2Impl::FastSpeech2Impl(const FastSpeech2Config &config) : m_config(config)
{
    config.validate();
    const int d = config.dModel;
    m_embed = register_module(
        "embed", torch::nn::Embedding(torch::nn::EmbeddingOptions(config.vocab, d).padding_idx(0)));
    for (int i = 0; i < config.encoderLayers; ++i)
        m_encoder->push_back(
            FftBlock(d, config.heads, config.ffnFilter, config.ffnKernel, config.dropout));
    for (int i = 0; i < config.decoderLayers; ++i)
        m_decoder->push_back(
            FftBlock(d, config.heads, config.ffnFilter, config.ffnKernel, config.dropout));
    register_module("encoder", m_encoder);
    register_module("decoder", m_decoder);
    const int pf = config.predictorFilter, pk = config.predictorKernel;
    m_duration = register_module("duration", VariancePredictor(d, pf, pk, config.dropout));
    m_pitch = register_module("pitch", VariancePredictor(d, pf, pk, config.dropout));
    m_energy = register_module("energy", VariancePredictor(d, pf, pk, config.dropout));
    m_pitchEmbed = register_module("pitch_embed", sameConv(1, d, 3));
    m_energyEmbed = register_module("energy_embed", sameConv(1, d, 3));
    m_melOut = register_module("mel_out", torch::nn::Linear(d, config.nMels));
    if (config.speakerDim > 0)
        m_speaker = register_module("speaker_proj", torch::nn::Linear(config.speakerDim, d));
    if (config.speakerToDecoder) {
        m_speakerDecoder =
            register_module("speaker_decoder_proj", torch::nn::Linear(config.speakerDim, d));
        // Starts silent: a model warm-started from one without it speaks exactly as before.
        torch::NoGradGuard noGrad;
        m_speakerDecoder->weight.zero_();
        m_speakerDecoder->bias.zero_();
    }
    if (config.referenceSpectrum) {
        m_reference = register_module("reference_proj", torch::nn::Linear(config.nMels, d));
        m_referenceDecoder =
            register_module("reference_decoder_proj", torch::nn::Linear(config.nMels, d));
        // Silent at first too, for a warm start from a model that only had the embedding.
        torch::NoGradGuard noGrad;
        for (auto *layer : {&m_reference, &m_referenceDecoder}) {
            (*layer)->weight.zero_();
            (*layer)->bias.zero_();
        }
    }
}

torch::Tensor FastSpeech2Impl::embeddingPart(const torch::Tensor &speakers) const
{
    return m_config.referenceSpectrum ? speakers.narrow(1, 0, m_config.speakerDim) : speakers;
}

torch::Tensor FastSpeech2Impl::spectrumPart(const torch::Tensor &speakers) const
{
    return speakers.narrow(1, m_config.speakerDim, m_config.nMels);
}

torch::Tensor FastSpeech2Impl::positions(std::int64_t length) const
{
    const int d = m_config.dModel;
    const torch::Tensor pos = torch::arange(length, torch::kFloat).unsqueeze(1);
    const torch::Tensor rate =
        torch::exp(torch::arange(0, d, 2, torch::kFloat) * (-std::log(10000.0) / d)).unsqueeze(0);
    torch::Tensor table = torch::zeros({length, d});
    table.index_put_(
        {torch::indexing::Slice(), torch::indexing::Slice(0, torch::indexing::None, 2)},
        torch::sin(pos * rate));
    table.index_put_(
        {torch::indexing::Slice(), torch::indexing::Slice(1, torch::indexing::None, 2)},
        torch::cos(pos * rate));
    return table.unsqueeze(0).to(m_embed->weight.device());
}

torch::Tensor FastSpeech2Impl::encode(const torch::Tensor &ids, const torch::Tensor &pad,
                                      const torch::Tensor &speakers)
{
    torch::Tensor h =
        m_embed->forward(ids) + positions(ids.size(1)); // N(0, 1) embeddings: no sqrt(d) scaling
    for (const auto &block : *m_encoder)
        h = block->as<FftBlock>()->forward(h, pad);
    if (m_config.speakerDim > 0) {
        if (!speakers.defined() || speakers.dim() != 2 || speakers.size(0) != ids.size(0) ||
            speakers.size(1) != m_config.voiceInputSize())
            throw Error("this FastSpeech 2 model speaks in many voices and needs a " +
                        std::to_string(m_config.speakerDim) + "-d speaker embedding" +
                        (m_config.referenceSpectrum
                             ? " followed by the reference's " + std::to_string(m_config.nMels) +
                                   "-band spectrum"
                             : std::string()));
        // The voice conditions everything after the encoder: durations, pitch, energy, the mel.
        torch::Tensor voice = m_speaker->forward(embeddingPart(speakers));
        if (m_reference)
            voice = voice + m_reference->forward(spectrumPart(speakers));
        h = h + voice.unsqueeze(1).masked_fill(pad.unsqueeze(-1), 0.0);
    }
    return h;
}

FastSpeech2Impl::Output FastSpeech2Impl::decode(torch::Tensor h, const torch::Tensor &durations,
                                                const torch::Tensor &pitchValues,
                                                const torch::Tensor &energyValues,
                                                const torch::Tensor &speakers, Output out)
{
    h = h + convTime(m_pitchEmbed, pitchValues.unsqueeze(-1)) +
        convTime(m_energyEmbed, energyValues.unsqueeze(-1));
    // Length regulator: phoneme i's vector repeated durations[i] times.
    std::vector<torch::Tensor> expanded;
    std::vector<std::int64_t> lengths;
    for (std::int64_t b = 0; b < h.size(0); ++b) {
        const torch::Tensor d = durations[b].clamp_min(0);
        torch::Tensor frames = torch::repeat_interleave(h[b], d, 0);
        if (frames.size(0) == 0)
            frames = torch::zeros({1, h.size(2)}, h.options());
        lengths.push_back(frames.size(0));
        expanded.push_back(frames);
    }
    torch::Tensor x = torch::nn::utils::rnn::pad_sequence(expanded, true);
    const std::int64_t frames = x.size(1);
    torch::Tensor framePad = torch::ones({h.size(0), frames}, torch::kBool);
    for (std::size_t b = 0; b < lengths.size(); ++b)
        framePad[std::int64_t(b)].slice(0, 0, lengths[b]).fill_(false);
    framePad = framePad.to(h.device());
    x = x + positions(frames);
    if (m_speakerDecoder || m_referenceDecoder) { // the voice again, on every frame the decoder sees
        torch::Tensor voice = torch::zeros({x.size(0), x.size(2)}, x.options());
        if (m_speakerDecoder)
            voice = voice + m_speakerDecoder->forward(embeddingPart(speakers));
        if (m_referenceDecoder)
            voice = voice + m_referenceDecoder->forward(spectrumPart(speakers));
        x = x + voice.unsqueeze(1).masked_fill(framePad.unsqueeze(-1), 0.0);
    }
    for (const auto &block : *m_decoder)
        x = block->as<FftBlock>()->forward(x, framePad);
    out.mel = m_melOut->forward(x);
    out.durations = durations;
    out.framePad = framePad;
    return out;
}

FastSpeech2Impl::Output FastSpeech2Impl::predict(const torch::Tensor &h, const torch::Tensor &pad)
{
    Output out;
    out.logDuration = m_duration->forward(h, pad);
    out.pitch = m_pitch->forward(h, pad);
    out.energy = m_energy->forward(h, pad);
    return out;
}

FastSpeech2Impl::Output FastSpeech2Impl::forward(const torch::Tensor &ids,
                                                 const torch::Tensor &durations,
                                                 const torch::Tensor &pitch,
                                                 const torch::Tensor &energy,
                                                 const torch::Tensor &speakers)
{
    const torch::Tensor pad = ids.eq(0);
    const torch::Tensor h = encode(ids, pad, speakers);
    return decode(h, durations, pitch, energy, speakers, predict(h, pad));
}

FastSpeech2Impl::Output FastSpeech2Impl::infer(const torch::Tensor &ids, double speed,
                                               double pitchShift, double energyShift, int maxFrames,
                                               const torch::Tensor &speaker)
{
    const torch::Tensor pad = ids.eq(0);
    const torch::Tensor h = encode(ids, pad, speaker);
    Output out = predict(h, pad);
    torch::Tensor durations =
        torch::round((torch::exp(out.logDuration) - 1.0).clamp_min(0.0) / speed).to(torch::kLong);
    durations = durations.masked_fill(pad, 0);
    // Never more than maxFrames in all: scale down a runaway prediction.
    const std::int64_t total = durations.sum().item<std::int64_t>();
    if (total > maxFrames)
        durations = torch::floor(durations.to(torch::kFloat) * (double(maxFrames) / total))
                        .to(torch::kLong);
    const torch::Tensor pitchValues = (out.pitch + pitchShift).masked_fill(pad, 0.0);
    const torch::Tensor energyValues = (out.energy + energyShift).masked_fill(pad, 0.0);
    return decode(h, durations, pitchValues, energyValues, speaker, out);
}

SafeTensors FastSpeech2Impl::exportParameters() const
{
    return parametersOf(*this);
}

void FastSpeech2Impl::copyFrom(const SafeTensors &parameters, const std::string &source)
{
    copyParametersInto(*this, parameters, source);
}

} // namespace wb

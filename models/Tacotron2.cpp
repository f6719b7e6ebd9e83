#include <torch/torch.h>

#include "Tacotron2.h"

#include "ModuleTensors.h"

namespace wb {

namespace F = torch::nn::functional;

namespace {

torch::nn::Conv1d sameConv(int in, int out, int kernel, bool bias = true)
{
    return torch::nn::Conv1d(
        torch::nn::Conv1dOptions(in, out, kernel).padding(kernel / 2).bias(bias));
}

/** Layer norm over channels of a [B, C, T] tensor. */
torch::Tensor normChannels(torch::nn::LayerNormImpl *norm, const torch::Tensor &x)
{
    return norm->forward(x.transpose(1, 2)).transpose(1, 2);
}

} // namespace

/** The decoder's recurrent state and the attention's memory for one batch. */
struct Tacotron2Impl::State
{
    torch::Tensor memory, processedMemory, pad;         // [B,T,E], [B,T,A], [B,T]
    torch::Tensor attH, attC, decH, decC, context;      // [B, *]
    torch::Tensor weights, cumulative;                  // [B, T]
};

Tacotron2Impl::Tacotron2Impl(const Tacotron2Config &config) : m_config(config)
{
    config.validate();
    const int e = config.embedding, a = config.attentionDim;
    m_embed = register_module(
        "embed", torch::nn::Embedding(torch::nn::EmbeddingOptions(config.vocab, e).padding_idx(0)));
    for (int i = 0; i < config.encoderConvs; ++i) {
        m_convs->push_back(sameConv(e, e, config.encoderKernel));
        m_convNorms->push_back(torch::nn::LayerNorm(torch::nn::LayerNormOptions({e})));
    }
    register_module("convs", m_convs);
    register_module("conv_norms", m_convNorms);
    m_encoderLstm = register_module(
        "encoder_lstm",
        torch::nn::LSTM(torch::nn::LSTMOptions(e, e / 2).batch_first(true).bidirectional(true)));
    m_prenet1 = register_module("prenet1", torch::nn::Linear(config.nMels, config.prenet));
    m_prenet2 = register_module("prenet2", torch::nn::Linear(config.prenet, config.prenet));
    m_attentionRnn = register_module(
        "attention_rnn", torch::nn::LSTMCell(config.prenet + e, config.attentionRnn));
    m_query = register_module(
        "query", torch::nn::Linear(torch::nn::LinearOptions(config.attentionRnn, a).bias(false)));
    m_memory =
        register_module("memory", torch::nn::Linear(torch::nn::LinearOptions(e, a).bias(false)));
    m_locationConv = register_module(
        "location_conv", sameConv(2, config.locationFilters, config.locationKernel, false));
    m_locationDense = register_module(
        "location_dense",
        torch::nn::Linear(torch::nn::LinearOptions(config.locationFilters, a).bias(false)));
    m_energy = register_module("energy", torch::nn::Linear(a, 1));
    m_decoderRnn = register_module(
        "decoder_rnn", torch::nn::LSTMCell(config.attentionRnn + e, config.decoderRnn));
    m_frames = register_module(
        "frames", torch::nn::Linear(config.decoderRnn + e, config.nMels * config.reduction));
    m_stop = register_module("stop", torch::nn::Linear(config.decoderRnn + e, 1));
    const int pc = config.postnetChannels, pk = config.postnetKernel;
    for (int i = 0; i < 5; ++i) {
        const int in = i == 0 ? config.nMels : pc, out = i == 4 ? config.nMels : pc;
        m_postnet->push_back(sameConv(in, out, pk));
        // No norm on the last layer: its output is the residual, which must be free to stay small.
        if (i < 4)
            m_postnetNorms->push_back(torch::nn::LayerNorm(torch::nn::LayerNormOptions({out})));
    }
    register_module("postnet", m_postnet);
    register_module("postnet_norms", m_postnetNorms);
    m_drop = register_module("drop", torch::nn::Dropout(config.dropout));
}

torch::Tensor Tacotron2Impl::encode(const torch::Tensor &ids, const torch::Tensor &pad)
{
    const torch::Tensor keep = pad.logical_not().unsqueeze(1).to(torch::kFloat); // [B,1,T]
    torch::Tensor x = m_embed->forward(ids).transpose(1, 2);                      // [B,E,T]
    for (std::size_t i = 0; i < m_convs->size(); ++i) {
        x = m_convs[i]->as<torch::nn::Conv1d>()->forward(x);
        x = normChannels(m_convNorms[i]->as<torch::nn::LayerNorm>(), x);
        x = m_drop->forward(torch::relu(x)) * keep;
    }
    x = x.transpose(1, 2); // [B,T,E]
    const torch::Tensor lengths = pad.logical_not().sum(1).to(torch::kLong).cpu();
    const auto packed = torch::nn::utils::rnn::pack_padded_sequence(x, lengths, true, false);
    auto out = std::get<0>(m_encoderLstm->forward_with_packed_input(packed));
    return std::get<0>(torch::nn::utils::rnn::pad_packed_sequence(out, true, 0.0, x.size(1)));
}

torch::Tensor Tacotron2Impl::prenet(const torch::Tensor &frames)
{
    // Always-on dropout: the paper's source of variation at inference.
    torch::Tensor h = F::dropout(torch::relu(m_prenet1->forward(frames)),
                                 F::DropoutFuncOptions().p(0.5).training(true));
    return F::dropout(torch::relu(m_prenet2->forward(h)),
                      F::DropoutFuncOptions().p(0.5).training(true));
}

torch::Tensor Tacotron2Impl::postnet(const torch::Tensor &mel)
{
    torch::Tensor x = mel.transpose(1, 2); // [B, nMels, F]
    const std::size_t last = m_postnet->size() - 1;
    for (std::size_t i = 0; i <= last; ++i) {
        x = m_postnet[i]->as<torch::nn::Conv1d>()->forward(x);
        if (i < last)
            x = m_drop->forward(torch::tanh(normChannels(m_postnetNorms[i]->as<torch::nn::LayerNorm>(), x)));
    }
    return mel + x.transpose(1, 2);
}

torch::Tensor Tacotron2Impl::step(State &s, const torch::Tensor &prenetOut,
                                  torch::Tensor *stopLogit, const torch::Tensor *window)
{
    std::tie(s.attH, s.attC) =
        m_attentionRnn->forward(torch::cat({prenetOut, s.context}, 1), std::make_tuple(s.attH, s.attC));
    const torch::Tensor query = m_drop->forward(s.attH);
    // Location-sensitive energies: e = v . tanh(W q + V m + U (f * [w, sum w])).
    const torch::Tensor location =
        m_locationDense->forward(m_locationConv->forward(torch::stack({s.weights, s.cumulative}, 1))
                                     .transpose(1, 2));
    torch::Tensor energies =
        m_energy
            ->forward(torch::tanh(m_query->forward(query).unsqueeze(1) + location + s.processedMemory))
            .squeeze(-1);
    energies = energies.masked_fill(s.pad, -1e9);
    if (window)
        energies = energies.masked_fill(*window, -1e9);
    s.weights = torch::softmax(energies, 1);
    s.cumulative = s.cumulative + s.weights;
    s.context = torch::bmm(s.weights.unsqueeze(1), s.memory).squeeze(1);
    std::tie(s.decH, s.decC) =
        m_decoderRnn->forward(torch::cat({query, s.context}, 1), std::make_tuple(s.decH, s.decC));
    const torch::Tensor hidden = torch::cat({m_drop->forward(s.decH), s.context}, 1);
    if (stopLogit)
        *stopLogit = m_stop->forward(hidden).squeeze(1);
    return m_frames->forward(hidden);
}

namespace {

torch::Tensor zerosLike(const torch::Tensor &like, std::int64_t b, std::int64_t n)
{
    return torch::zeros({b, n}, like.options());
}

} // namespace

Tacotron2Impl::Output Tacotron2Impl::forward(const torch::Tensor &ids,
                                             const torch::Tensor &targetMel)
{
    const int r = m_config.reduction, nm = m_config.nMels;
    const auto b = ids.size(0), t = ids.size(1);
    const auto steps = targetMel.size(1) / r;
    State s;
    s.pad = ids.eq(0);
    s.memory = encode(ids, s.pad);
    s.processedMemory = m_memory->forward(s.memory);
    s.attH = zerosLike(s.memory, b, m_config.attentionRnn);
    s.attC = zerosLike(s.memory, b, m_config.attentionRnn);
    s.decH = zerosLike(s.memory, b, m_config.decoderRnn);
    s.decC = zerosLike(s.memory, b, m_config.decoderRnn);
    s.context = zerosLike(s.memory, b, m_config.embedding);
    s.weights = zerosLike(s.memory, b, t);
    s.cumulative = zerosLike(s.memory, b, t);
    // Teacher forcing: step k sees the last real frame of step k-1 (a zero frame first).
    const torch::Tensor groups = targetMel.slice(1, 0, steps * r).reshape({b, steps, r, nm});
    const torch::Tensor previous =
        torch::cat({torch::zeros({b, 1, nm}, targetMel.options()),
                    groups.select(2, r - 1).slice(1, 0, steps - 1)},
                   1);
    const torch::Tensor pre = prenet(previous); // [B, S, P]
    std::vector<torch::Tensor> frames, stops, weights;
    for (std::int64_t k = 0; k < steps; ++k) {
        torch::Tensor stop;
        frames.push_back(step(s, pre.select(1, k), &stop, nullptr));
        stops.push_back(stop);
        weights.push_back(s.weights);
    }
    Output out;
    out.melBefore = torch::stack(frames, 1).reshape({b, steps * r, nm});
    out.mel = postnet(out.melBefore);
    out.stop = torch::stack(stops, 1);
    out.alignment = torch::stack(weights, 1);
    return out;
}

Tacotron2Impl::Output Tacotron2Impl::infer(const torch::Tensor &ids, int maxFrames,
                                           double stopThreshold, bool monotonic)
{
    const int r = m_config.reduction, nm = m_config.nMels;
    const auto t = ids.size(1);
    State s;
    s.pad = ids.eq(0);
    s.memory = encode(ids, s.pad);
    s.processedMemory = m_memory->forward(s.memory);
    s.attH = zerosLike(s.memory, 1, m_config.attentionRnn);
    s.attC = zerosLike(s.memory, 1, m_config.attentionRnn);
    s.decH = zerosLike(s.memory, 1, m_config.decoderRnn);
    s.decC = zerosLike(s.memory, 1, m_config.decoderRnn);
    s.context = zerosLike(s.memory, 1, m_config.embedding);
    s.weights = zerosLike(s.memory, 1, t);
    s.cumulative = zerosLike(s.memory, 1, t);
    torch::Tensor frame = torch::zeros({1, nm}, s.memory.options());
    std::vector<torch::Tensor> frames, stops, weights;
    const torch::Tensor positions = torch::arange(t, torch::kLong).unsqueeze(0);
    std::int64_t focus = 0;
    int restingAtEnd = 0;
    const int maxSteps = std::max(1, maxFrames / r);
    for (int k = 0; k < maxSteps; ++k) {
        torch::Tensor window;
        if (monotonic)
            window = positions.lt(focus - 1).logical_or(positions.gt(focus + 3));
        torch::Tensor stop;
        const torch::Tensor out = step(s, prenet(frame), &stop, monotonic ? &window : nullptr);
        frames.push_back(out);
        stops.push_back(stop);
        weights.push_back(s.weights);
        focus = std::max(focus, s.weights.argmax(1).item<std::int64_t>());
        frame = out.view({1, r, nm}).select(1, r - 1);
        // Stop when the token says so once the focus is near the end, or when the focus has
        // rested on the last symbol for 30 frames (a stop token that never fires).
        const bool nearEnd = focus >= t - 3;
        restingAtEnd = focus >= t - 1 ? restingAtEnd + 1 : 0;
        if ((nearEnd && torch::sigmoid(stop).item<double>() > stopThreshold) ||
            restingAtEnd * r >= 30)
            break;
    }
    Output out;
    const auto steps = std::int64_t(frames.size());
    out.melBefore = torch::stack(frames, 1).reshape({1, steps * r, nm});
    out.mel = postnet(out.melBefore);
    out.stop = torch::stack(stops, 1);
    out.alignment = torch::stack(weights, 1);
    return out;
}

SafeTensors Tacotron2Impl::exportParameters() const
{
    return parametersOf(*this);
}

void Tacotron2Impl::copyFrom(const SafeTensors &parameters, const std::string &source)
{
    copyParametersInto(*this, parameters, source);
}

} // namespace wb

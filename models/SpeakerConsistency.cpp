#include <torch/torch.h>

#include "SpeakerConsistency.h"

#include "Error.h"
#include "MelFilterbank.h"
#include "ModuleTensors.h"

#include <algorithm>
#include <cmath>

namespace wb {

namespace F = torch::nn::functional;

namespace {

/** Sum of the squared periodic Hann window of n samples: a bin's power per unit of white noise. */
double hannEnergy(int n)
{
    double sum = 0.0;
    for (int i = 0; i < n; ++i) {
        const double w = 0.5 - 0.5 * std::cos(2.0 * M_PI * i / n);
        sum += w * w;
    }
    return sum;
}

} // namespace

SpeakerConsistency::SpeakerConsistency(const SpeakerEncoderCheckpoint &encoder,
                                       const TtsFeatureSpec &tts)
    : m_features(encoder.features)
{
    if (tts.melMean.size() != std::size_t(tts.nMels) || tts.melStd.size() != std::size_t(tts.nMels))
        throw Error("the speaker-consistency loss needs the TTS features' per-band statistics");
    if (encoder.config.nMels != m_features.nMels)
        throw Error("the speaker encoder's network and features disagree on the mel bands");
    m_net = SpeakerEncoderNet(encoder.config);
    copyParametersInto(*m_net, encoder.parameters, "speaker encoder");
    m_net->eval();
    for (auto &p : m_net->parameters())
        p.set_requires_grad(false);

    MelParams tp;
    tp.sampleRate = tts.sampleRate;
    tp.nFft = tts.nFft;
    tp.nMels = tts.nMels;
    tp.fmax = tts.fmax;
    MelParams ep;
    ep.sampleRate = m_features.sampleRate;
    ep.nFft = m_features.nFft;
    ep.nMels = m_features.nMels;
    ep.fmax = float(m_features.sampleRate) / 2.0f;
    const Matrix wt = MelFilterbank(tp).dense(); // [TTS mels][TTS bins]
    const Matrix we = MelFilterbank(ep).dense(); // [encoder mels][encoder bins]
    const std::size_t tBins = wt.cols(), eBins = we.cols(), tMels = wt.rows(), eMels = we.rows();

    // Each TTS bin's power as the weighted mean of the bands that cover it.
    std::vector<double> spread(tBins * tMels, 0.0); // [bin][band]
    for (std::size_t k = 0; k < tBins; ++k) {
        double total = 0.0;
        for (std::size_t m = 0; m < tMels; ++m)
            total += wt.at(m, k);
        if (total > 0.0)
            for (std::size_t m = 0; m < tMels; ++m)
                spread[k * tMels + m] = wt.at(m, k) / total;
    }
    // Each encoder bin read off the TTS bins by linear interpolation in frequency, then the
    // encoder's filters; the scale makes white noise come out at the encoder's own level.
    const double tBinHz = double(tts.sampleRate) / tts.nFft;
    const double eBinHz = double(m_features.sampleRate) / m_features.nFft;
    const double scale = hannEnergy(m_features.winLength) * tBinHz / hannEnergy(tts.nFft);
    std::vector<float> bridge(eMels * tMels, 0.0f);
    for (std::size_t j = 0; j < eBins; ++j) {
        const double at = j * eBinHz / tBinHz;
        const std::size_t lo = std::min(std::size_t(at), tBins - 1), hi = std::min(lo + 1, tBins - 1);
        const double frac = std::clamp(at - double(lo), 0.0, 1.0);
        for (std::size_t e = 0; e < eMels; ++e) {
            const double w = we.at(e, j);
            if (w == 0.0)
                continue;
            for (std::size_t m = 0; m < tMels; ++m)
                bridge[e * tMels + m] += float(
                    scale * w *
                    ((1.0 - frac) * spread[lo * tMels + m] + frac * spread[hi * tMels + m]));
        }
    }
    m_bridge = torch::tensor(bridge).view({std::int64_t(eMels), std::int64_t(tMels)});
    m_melMean = torch::tensor(tts.melMean);
    m_melStd = torch::tensor(tts.melStd);
    m_frameRatio = (double(tts.hop) / tts.sampleRate) /
                   (double(m_features.hop) / m_features.sampleRate);
}

torch::Tensor SpeakerConsistency::encoderFrames(const torch::Tensor &mel) const
{
    const torch::Tensor power = torch::exp(mel * m_melStd + m_melMean);             // [F, TTS mels]
    torch::Tensor logMel = torch::log(power.matmul(m_bridge.t()).clamp_min(1e-6)); // [F, enc mels]
    const std::int64_t frames =
        std::max<std::int64_t>(1, std::llround(double(mel.size(0)) * m_frameRatio));
    if (mel.size(0) > 1)
        logMel = F::interpolate(logMel.t().unsqueeze(0),
                                F::InterpolateFuncOptions()
                                    .size(std::vector<std::int64_t>{frames})
                                    .mode(torch::kLinear)
                                    .align_corners(true))
                     .squeeze(0)
                     .t();
    logMel = logMel - logMel.mean(0, true);
    return logMel / (logMel.pow(2).mean().sqrt() + 1e-3);
}

torch::Tensor SpeakerConsistency::loss(const torch::Tensor &mel, const torch::Tensor &framePad,
                                       const torch::Tensor &voices, std::mt19937_64 &rng)
{
    const std::int64_t batch = mel.size(0);
    std::vector<torch::Tensor> utterances;
    std::int64_t shortest = m_features.windowFrames;
    for (std::int64_t b = 0; b < batch; ++b) {
        const std::int64_t length =
            std::max<std::int64_t>(1, framePad[b].logical_not().sum().item<std::int64_t>());
        utterances.push_back(encoderFrames(mel[b].narrow(0, 0, std::min(length, mel.size(1)))));
        shortest = std::min(shortest, utterances.back().size(0));
    }
    if (shortest < 20) // too short for the encoder to say anything
        return torch::zeros({}, mel.options());
    std::vector<torch::Tensor> windows;
    for (const torch::Tensor &u : utterances) {
        const std::int64_t start =
            std::uniform_int_distribution<std::int64_t>(0, u.size(0) - shortest)(rng);
        windows.push_back(u.narrow(0, start, shortest));
    }
    const torch::Tensor embeddings = m_net->forward(torch::stack(windows));
    return (1.0 - (embeddings * voices).sum(1)).mean();
}

} // namespace wb
